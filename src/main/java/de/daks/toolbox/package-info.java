/**
 * Werkzeugkoffer: methods, concepts, practice examples, guides and talks for every Kommune – public pages with
 * filters and German full-text search (Lucene), proposals by Kommunen reviewed by the Geschäftsstelle, versions,
 * ratings and comments, and the entries matching each process step.
 */
@NullMarked
@ApplicationModule(displayName = "Toolbox")
package de.daks.toolbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
