/** Web infrastructure shared by all modules: locale, flash messages, error pages, formatting. */
@NullMarked
package de.daks.shared.web;

import org.jspecify.annotations.NullMarked;
