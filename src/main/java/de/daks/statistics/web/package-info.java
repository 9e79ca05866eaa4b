/** Statistics pages: the datasets with their provenance and the browser import (upload, review, job, result). */
@NullMarked
package de.daks.statistics.web;

import org.jspecify.annotations.NullMarked;
