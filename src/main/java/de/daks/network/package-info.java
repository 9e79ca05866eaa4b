/**
 * The programme's network services: the consultant pool with matching and assignment, events with registration,
 * waiting list and attendance (the Kommunen's two meetings a year), and the newsletter with double opt-in.
 */
@NullMarked
@ApplicationModule(displayName = "Network")
package de.daks.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
