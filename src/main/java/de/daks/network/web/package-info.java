/** The network module's pages: consultant pool, events, newsletter. */
@NullMarked
package de.daks.network.web;

import org.jspecify.annotations.NullMarked;
