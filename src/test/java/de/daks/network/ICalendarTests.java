package de.daks.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class ICalendarTests {

	@Test
	void anEventBecomesAnRfc5545FileWithEscapedFoldedLinesInUtc() {
		// given: text with commas, semicolons, a backslash, line breaks and umlauts beyond 75 octets
		UUID id = UUID.fromString("11111111-2222-3333-4444-555555555555");
		NetworkEvent event = new NetworkEvent(id, EventKind.REGIONAL_MEETING, "Regionaltreffen Nord; Wohnen, Pflege",
				"Austausch über Wohnen im Alter\\Pflege.\nZweite Zeile mit Übergängen, Öffnungszeiten und Äußerungen "
						+ "über größere Vorhaben in ländlichen Räumen",
				"", "Rathaus Bremerhaven, Raum 1", null, Instant.parse("2027-03-10T09:00:00Z"),
				Instant.parse("2027-03-10T15:30:00Z"), 40, "");
		// when
		String ics = ICalendar.of(event, "https://daks.example/veranstaltungen/" + id,
				Instant.parse("2026-12-04T12:00:00Z"));
		// then
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
		for (String physical : ics.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("UID:" + id + "@daks\r\n", "DTSTART:20270310T090000Z\r\n",
				"DTEND:20270310T153000Z\r\n", "DTSTAMP:20261204T120000Z\r\n",
				"SUMMARY:Regionaltreffen Nord\\; Wohnen\\, Pflege\r\n",
				"DESCRIPTION:Austausch über Wohnen im Alter\\\\Pflege.\\nZweite Zeile mit Übergängen\\, Öffnungszeiten",
				"LOCATION:Rathaus Bremerhaven\\, Raum 1\r\n");
	}
}
