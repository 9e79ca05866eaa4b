package de.daks.network;

/** Who a newsletter issue is for; subscribers choose one or more. */
public enum Segment {
	PUBLIC, PROGRAMME, CONSULTANTS;

	public String messageKey() {
		return "network.segment." + name();
	}
}
