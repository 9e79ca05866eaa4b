/** The audit log: who changed what, when. */
@NullMarked
package de.daks.shared.audit;

import org.jspecify.annotations.NullMarked;
