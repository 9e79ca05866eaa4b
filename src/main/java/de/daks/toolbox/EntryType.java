package de.daks.toolbox;

/** What kind of material an entry is. */
public enum EntryType {
	METHOD, CONCEPT, PRACTICE, GUIDE, TALK;

	public String messageKey() {
		return "toolbox.type." + name();
	}
}
