/**
 * The five steps of a Kommune's demography process (Kick-Off, Kommunalprofil, Zukunftswerkstatt, Werkstattplan, Zwischenbilanz): status, guidance, checklists, notes, attachments, history, and the Kick-Off tools.
 */
@NullMarked
@ApplicationModule(displayName = "Process")
package de.daks.process;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
