/**
 * The projection engine: cohort-component (single years or n-year groups, Leslie form), Hamilton–Perry, splitting of
 * grouped ages, raking of quarters to a Kommune, assumption derivation and prediction intervals. Pure Java
 * ({@code java.*} only), plain {@code double[]} arrays: index {@code [sex][group]} with sex {@link
 * de.daks.projection.engine.Population#FEMALE} = 0 and {@link de.daks.projection.engine.Population#MALE} = 1, group 0
 * = the youngest, the last group open-ended.
 */
@NullMarked
package de.daks.projection.engine;

import org.jspecify.annotations.NullMarked;
