package de.daks.network;

/** What a consultant offers as method. */
public enum ConsultingMethod {
	PROZESSBEGLEITUNG, MODERATION, BETEILIGUNG, DATENANALYSE, STRATEGIE, EVALUATION, FOERDERBERATUNG;

	public String messageKey() {
		return "network.method." + name();
	}
}
