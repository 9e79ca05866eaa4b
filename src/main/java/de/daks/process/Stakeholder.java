package de.daks.process;

/** A stakeholder on a Kommune's Kick-Off list. */
public record Stakeholder(StakeholderId id, StakeholderDetails details) {
}
