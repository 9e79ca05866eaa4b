/**
 * Kommunalprofil: the written parts of a Kommune's profile following DWK/ZWK practice (DOMAIN.md section 1) – topic
 * texts (basic information, location, education, economy, housing, engagement, health and care, local supply,
 * culture, transport) as sanitised rich text, the inventory of existing measures, structures and networks, expert
 * interviews, and the SWOT board whose items rest on indicators and interviews. The read API for the report is
 * {@link de.daks.profile.ProfileContents}.
 */
@NullMarked
@ApplicationModule(displayName = "Kommunalprofil")
package de.daks.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
