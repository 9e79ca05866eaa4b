package de.daks.profile;

import de.daks.shared.KommuneId;

/**
 * A part of a Kommune's profile was changed (published after the change is stored, inside its transaction).
 *
 * @param section the topic slug (e.g. {@code housing}), {@code inventory}, {@code interviews} or {@code swot}
 */
public record ProfileChanged(KommuneId kommune, String section) {
}
