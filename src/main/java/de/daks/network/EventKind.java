package de.daks.network;

/** The programme's event formats; regional meetings and conferences are the programme meetings Kommunen attend. */
public enum EventKind {
	ONLINE_SEMINAR(false), REGIONAL_MEETING(true), CONFERENCE(true);

	private final boolean programmeMeeting;

	EventKind(boolean programmeMeeting) {
		this.programmeMeeting = programmeMeeting;
	}

	/** Whether attending counts for the obligation of two programme meetings a year. */
	public boolean programmeMeeting() {
		return programmeMeeting;
	}

	public String messageKey() {
		return "network.event.kind." + name();
	}
}
