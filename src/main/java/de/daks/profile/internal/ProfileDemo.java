package de.daks.profile.internal;

import de.daks.profile.ExpertInterview;
import de.daks.profile.InventoryItem;
import de.daks.profile.InventoryKind;
import de.daks.profile.ProfileTopic;
import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile content of the demo Kommunen (after the programme's demo data, which creates them): topic texts, inventory,
 * two expert interviews and a SWOT board with links. Everything is invented for the demo – the interviewed people are
 * fictional and labelled so, the Kommunen are flagged synthetic. Idempotent: a Kommune whose profile was ever
 * changed is left alone.
 */
@Component
@Order(150)
@ConditionalOnProperty(name = "daks.demo.enabled", havingValue = "true")
class ProfileDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProfileDemo.class);

	private final KommuneManagement kommunen;

	private final ProfileEditing editing;

	private final ProfileRepository repository;

	private final TransactionTemplate transactions;

	ProfileDemo(KommuneManagement kommunen, ProfileEditing editing, ProfileRepository repository,
			TransactionTemplate transactions) {
		this.kommunen = kommunen;
		this.editing = editing;
		this.repository = repository;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		var operator = UsernamePasswordAuthenticationToken.authenticated("demo-loader", null,
				AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY));
		SecurityContextHolder.getContext().setAuthentication(operator);
		try {
			load();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Fills the profile of each demo Kommune that exists and whose profile was never changed. */
	void load() {
		for (DemoProfile profile : PROFILES) {
			Optional<KommuneId> kommune = kommunen.findAll().stream()
				.filter(k -> k.synthetic() && k.name().equals(profile.kommuneName()))
				.map(Kommune::id)
				.findFirst();
			if (kommune.isEmpty() || !repository.sectionChanges(kommune.get()).isEmpty()) {
				continue;
			}
			transactions.executeWithoutResult(status -> fill(kommune.get(), profile));
			log.info("Demo profile loaded for {}", profile.kommuneName());
		}
	}

	private void fill(KommuneId kommune, DemoProfile profile) {
		profile.texts().forEach((topic, text) -> editing.saveText(kommune, topic, text));
		profile.inventory().forEach(item -> editing.addInventoryItem(kommune, item));
		List<Long> interviews = profile.interviews().stream().map(i -> editing.addInterview(kommune, i)).toList();
		for (DemoSwot swot : profile.swot()) {
			List<Long> links = swot.interviews().stream().map(interviews::get).toList();
			editing.addSwotItem(kommune, new SwotItem(0, swot.quadrant(), swot.text(), swot.indicators(), links));
		}
	}

	/** A SWOT item; interviews are indexes into the profile's interview list. */
	record DemoSwot(SwotQuadrant quadrant, String text, List<String> indicators, List<Integer> interviews) {
	}

	record DemoProfile(String kommuneName, Map<ProfileTopic, String> texts, List<InventoryItem> inventory,
			List<ExpertInterview> interviews, List<DemoSwot> swot) {
	}

	private static InventoryItem item(String title, InventoryKind kind, String topic, String responsible, int since,
			String targetGroup, String description) {
		return new InventoryItem(0, title, kind, topic, responsible, since, targetGroup, description);
	}

	static final List<DemoProfile> PROFILES = List.of(
			new DemoProfile("Stadt Bremerhaven", Map.of(
					ProfileTopic.BASICS, """
							Die Seestadt Bremerhaven ist eine kreisfreie Stadt und bildet mit der Stadt Bremen das Land \
							Freie Hansestadt Bremen. Die Stadt gliedert sich in Stadtbezirke und Stadtteile mit sehr \
							unterschiedlicher Bevölkerungsstruktur.

							*Beispieltext für die Demo – von der Geschäftsstelle verfasst, nicht von der Stadt.*""",
					ProfileTopic.LOCATION, """
							Bremerhaven liegt an der Mündung der Weser in die Nordsee, umgeben vom niedersächsischen \
							Landkreis Cuxhaven. Hafen, Logistik und Meeresforschung prägen die Stadt.""",
					ProfileTopic.HOUSING, """
							### Wohnen im Wandel

							- In einigen Stadtteilen stehen Wohnungen leer, andere sind gefragt.
							- Barrierearmer Wohnraum für ältere Menschen ist knapp.
							- Neue Wohnformen (Mehrgenerationenwohnen) werden von Genossenschaften erprobt.""",
					ProfileTopic.ENGAGEMENT, """
							Viele Vereine und Initiativen tragen das Leben in den Stadtteilen. Die Bereitschaft zum \
							**Ehrenamt** ist hoch, aber Nachwuchs in den Vorständen fehlt vielerorts.""",
					ProfileTopic.HEALTH_CARE, """
							Die ärztliche Versorgung ist in der Innenstadt gut, in einzelnen Stadtteilen schwieriger zu \
							erreichen. Beratung zu Pflege und Wohnraumanpassung ist gefragt."""),
					List.of(
							item("Seniorenbüro", InventoryKind.STRUCTURE, "Gesundheit und Pflege", "Sozialamt", 2009,
									"Menschen ab 60 und Angehörige", "Beratung zu Wohnen, Pflege und Freizeit."),
							item("Quartiersmanagement in zwei Stadtteilen", InventoryKind.MEASURE, "Wohnen",
									"Stadtplanungsamt", 2015, "Bewohnerinnen und Bewohner der Quartiere",
									"Stadtteilbüros mit Sprechstunden und Beteiligungsangeboten."),
							item("Netzwerk Älter werden im Stadtteil", InventoryKind.NETWORK, "Begegnung, Beratung, Selbsthilfe",
									"Freie Träger und Sozialamt", 2018, "Fachkräfte und Ehrenamtliche", null)),
					List.of(
							new ExpertInterview(0, "Interview mit der Leiterin des Seniorenbüros (fiktiv)", "Sozialamt",
									LocalDate.of(2022, 3, 14), List.of(
											"Viele ältere Menschen leben allein und kennen die Angebote im Stadtteil nicht.",
											"Beratung zur Wohnraumanpassung wird stärker nachgefragt als vor fünf Jahren.",
											"Ehrenamtliche Besuchsdienste brauchen hauptamtliche Begleitung.")),
							new ExpertInterview(0, "Interview mit einem Quartiersmanager (fiktiv)", "Stadtteilbüro",
									LocalDate.of(2022, 3, 21), List.of(
											"Junge Familien ziehen in die Stadtteile mit günstigem Wohnraum.",
											"Treffpunkte für Jugendliche fehlen am Abend.",
											"Beteiligung gelingt, wenn man direkt vor Ort fragt."))),
					List.of(
							new DemoSwot(SwotQuadrant.STRENGTH, "Lebendige Vereinslandschaft und engagierte Stadtteilbüros",
									List.of(), List.of(1)),
							new DemoSwot(SwotQuadrant.WEAKNESS, "Angebote für Ältere sind in den Stadtteilen wenig bekannt",
									List.of("share_65_plus", "share_80_plus"), List.of(0)),
							new DemoSwot(SwotQuadrant.OPPORTUNITY, "Günstiger Wohnraum zieht junge Familien an",
									List.of("youth_ratio", "migration_balance_rate"), List.of(1)),
							new DemoSwot(SwotQuadrant.THREAT, "Wachsende Zahl Hochaltriger mit Unterstützungsbedarf",
									List.of("old_age_ratio", "share_80_plus"), List.of(0)))),
			new DemoProfile("Kreis Düren", Map.of(
					ProfileTopic.BASICS, """
							Der Kreis Düren liegt im Westen Nordrhein-Westfalens zwischen Aachen und Köln und umfasst \
							15 Städte und Gemeinden – von der Kreisstadt bis zu kleinen Eifeldörfern.""",
					ProfileTopic.ECONOMY, """
							Der Strukturwandel im Rheinischen Revier verändert die Arbeitswelt: Der Ausstieg aus der \
							Braunkohle schafft Druck und zugleich Chancen für neue Arbeitsplätze.""",
					ProfileTopic.TRANSPORT, """
							Im ländlichen Süden sind viele Orte ohne Auto schwer erreichbar. **Bürgerbusse** und \
							Rufbusse ergänzen den Linienverkehr."""),
					List.of(
							item("Bürgerbusvereine", InventoryKind.STRUCTURE, "Mobilität",
									"Ehrenamtliche Vereine mit dem Verkehrsbetrieb", 2005, "Menschen ohne Auto",
									"Kleinbusse mit ehrenamtlichen Fahrerinnen und Fahrern."),
							item("Demografie-Arbeitskreis der Kommunen", InventoryKind.NETWORK,
									"Intra-/Interkommunale Kooperationen", "Kreisverwaltung", 2016,
									"Verwaltungen der 15 Kommunen", null)),
					List.of(
							new ExpertInterview(0, "Interview mit der Koordinatorin eines Bürgerbusvereins (fiktiv)",
									"Bürgerbusverein", LocalDate.of(2022, 5, 9), List.of(
											"Ohne die Ehrenamtlichen gäbe es in mehreren Dörfern keinen Busverkehr am Nachmittag.",
											"Es wird schwerer, neue Fahrerinnen und Fahrer zu finden.")),
							new ExpertInterview(0, "Interview mit dem Leiter der Wirtschaftsförderung (fiktiv)",
									"Kreisverwaltung", LocalDate.of(2022, 5, 16), List.of(
											"Der Strukturwandel bringt Fördermittel und neue Ansiedlungen.",
											"Fachkräfte wandern in die Oberzentren ab, wenn Wohnen und Mobilität nicht passen."))),
					List.of(
							new DemoSwot(SwotQuadrant.STRENGTH, "Starkes Ehrenamt in Bürgerbusvereinen", List.of(),
									List.of(0)),
							new DemoSwot(SwotQuadrant.WEAKNESS, "Lücken im Nahverkehr im ländlichen Süden", List.of(),
									List.of(0)),
							new DemoSwot(SwotQuadrant.OPPORTUNITY, "Strukturwandel im Rheinischen Revier",
									List.of("population_change_10y"), List.of(1)),
							new DemoSwot(SwotQuadrant.THREAT, "Abwanderung junger Fachkräfte",
									List.of("migration_career", "share_65_plus"), List.of(1)))),
			new DemoProfile("Landkreis Rostock", Map.of(
					ProfileTopic.BASICS, """
							Der Landkreis Rostock umschließt die Hansestadt Rostock und reicht von der Ostseeküste bis \
							in die Mecklenburgische Schweiz. Das Profil ist in Arbeit.""",
					ProfileTopic.HEALTH_CARE, """
							Die Erreichbarkeit von Hausarztpraxen ist in den dünn besiedelten Ämtern die größte Sorge \
							der Befragten."""),
					List.of(
							item("Pflegestützpunkte", InventoryKind.STRUCTURE, "Gesundheit und Pflege", "Landkreis und Pflegekassen",
									2011, "Pflegebedürftige und Angehörige", null)),
					List.of(
							new ExpertInterview(0, "Interview mit einer Hausärztin im Ruhestand (fiktiv)", null,
									LocalDate.of(2023, 2, 6), List.of(
											"Für viele Praxen auf dem Land findet sich keine Nachfolge.",
											"Telemedizin hilft, ersetzt aber nicht den Hausbesuch.")),
							new ExpertInterview(0, "Interview mit dem Amtsvorsteher eines ländlichen Amtes (fiktiv)", "Amtsverwaltung",
									LocalDate.of(2023, 2, 13), List.of(
											"Im Speckgürtel um Rostock wächst die Bevölkerung, weiter draußen schrumpft sie.",
											"Dorfläden und mobile Angebote halten die Nahversorgung aufrecht."))),
					List.of(
							new DemoSwot(SwotQuadrant.OPPORTUNITY, "Zuzug in den Speckgürtel um Rostock",
									List.of("migration_balance_rate"), List.of(1)),
							new DemoSwot(SwotQuadrant.THREAT, "Hausarztpraxen ohne Nachfolge", List.of("share_65_plus"),
									List.of(0)))));
}
