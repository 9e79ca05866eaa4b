package de.daks.programme.demo;

import de.daks.programme.call.CallId;
import de.daks.programme.call.CallManagement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo content of the programme office (issue 7): a published call of the demo programme, open until the end of the
 * next January, with the seed Bekanntmachung's text in short.
 */
@Component
@Order(30)
class CallDemo implements DemoContributor {

	private final CallManagement calls;

	CallDemo(CallManagement calls) {
		this.calls = calls;
	}

	@Override
	public void afterKommunen(Context context) {
		LocalDateTime deadline = LocalDateTime.now().plusYears(1).withMonth(1).withDayOfMonth(31).withHour(23)
			.withMinute(59).withSecond(0).withNano(0);
		CallId call = calls.createCall(context.programme(), "Bekanntmachung: Zukunftswerkstatt Kommunen – zweite Tranche",
				"""
						Das Modellprojekt unterstützt Kommunen dabei, Demografiestrategien zu erstellen und umzusetzen, die \
						den Themenbereich Integration mitabdecken und alle Altersgruppen berücksichtigen.

						Gefördert werden bis zu 30.000 € je Jahr für externe Beratung und bis zu 10.000 € je Jahr für \
						Sachmittel (Öffentlichkeitsarbeit, Veranstaltungen). Bau- und Investitionsvorhaben sowie bereits \
						aus dem Haushalt gedeckte Personalkosten sind nicht förderfähig.

						Einzureichen sind das Datenblatt und die Antworten auf die Leitfragen zu den Voraussetzungen und \
						förderlichen Rahmenbedingungen (Synthetische Beispieldaten).""",
				"Bekanntmachung (Zusammenfassung)\nBewerbungsbogen mit Datenblatt und Leitfragen: online in DAKS",
				deadline.atZone(ZoneId.of("Europe/Berlin")).toInstant());
		calls.publish(call);
	}
}
