/**
 * Calls (Bekanntmachungen), applications of Kommunen, their assessment by reviewers and the selection with decision
 * letters – the programme office's way from a published call to the selected Kommunen.
 */
@NullMarked
package de.daks.programme.call;

import org.jspecify.annotations.NullMarked;
