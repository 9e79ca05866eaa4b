/**
 * The selection proposal of a call: an exact integer programme (ojAlgo) that picks the eligible applications with
 * the highest total score under the number of places and the diversity targets, with the cost of every target,
 * manual inclusions/exclusions and their effect, and a clear message naming the target that cannot be met.
 * Pure domain code without Spring.
 */
@NullMarked
package de.daks.programme.selection;

import org.jspecify.annotations.NullMarked;
