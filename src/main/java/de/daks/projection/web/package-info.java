/** Pages of the projection module: runs of a Kommune, the start form with the derived assumptions, results, backtest. */
@NullMarked
package de.daks.projection.web;

import org.jspecify.annotations.NullMarked;
