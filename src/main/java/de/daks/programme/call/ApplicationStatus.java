package de.daks.programme.call;

/** Life cycle of an application: a draft is edited; a submission is locked; the selection decides. */
public enum ApplicationStatus {
	DRAFT, SUBMITTED, SELECTED, NOT_SELECTED;

	public String messageKey() {
		return "programme.application.status." + name();
	}
}
