package de.daks.programme.demo;

import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.Area;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import de.daks.territory.TerritoryManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * Loads the demo content once (idempotent: nothing happens when the demo programme exists). The territory comes
 * from the real Gemeindeverzeichnis and boundaries when {@code daks.demo.shared-data} holds them; the three
 * Kommunen carry the key figures published in the seed presentation; everything about people and process is
 * invented and the Kommunen are flagged synthetic, which the UI shows.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "daks.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PROGRAMME_SHORT_NAME = "ZWK";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoProperties properties;

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	private final UserManagement users;

	private final TerritoryManagement territory;

	private final List<DemoContributor> contributors;

	private final TransactionTemplate transactions;

	private final org.springframework.context.ApplicationEventPublisher events;

	DemoData(DemoProperties properties, ProgrammeManagement programmes, KommuneManagement kommunen,
			UserManagement users, TerritoryManagement territory, List<DemoContributor> contributors,
			TransactionTemplate transactions, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.territory = territory;
		this.properties = properties;
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.users = users;
		this.contributors = contributors;
		this.transactions = transactions;
	}

	/** One demo account: e-mail, display name, global role, and the Kommune roles it holds. */
	record Account(String email, String name, @Nullable GlobalRole role, Map<String, KommuneRole> kommuneRoles,
			String description) {
	}

	static final List<Account> ACCOUNTS = List.of(
			new Account("geschaeftsstelle@daks.example", "Gesa Stelle (Geschäftsstelle)", GlobalRole.GESCHAEFTSSTELLE,
					Map.of(), "Geschäftsstelle – sees and runs everything; sets up a TOTP second factor at first sign-in"),
			new Account("ministerium@daks.example", "Max Ministerial (Ministerium)", GlobalRole.MINISTERIUM, Map.of(),
					"Ministerium/Evaluation – programme overview, read-only"),
			new Account("koordination@bremerhaven.daks.example", "Kira Koordination (Bremerhaven)", null,
					Map.of("Bremerhaven", KommuneRole.KOORDINATION), "Kommune coordinator of Bremerhaven"),
			new Account("team@bremerhaven.daks.example", "Tim Team (Bremerhaven)", null,
					Map.of("Bremerhaven", KommuneRole.MITGLIED), "Kommune member of Bremerhaven"),
			new Account("koordination@dueren.daks.example", "Dana Demografie (Kreis Düren)", null,
					Map.of("Düren", KommuneRole.KOORDINATION), "Kommune coordinator of Kreis Düren"),
			new Account("koordination@rostock.daks.example", "Rolf Rostock (Landkreis Rostock)", null,
					Map.of("Rostock", KommuneRole.KOORDINATION), "Kommune coordinator of Landkreis Rostock"),
			new Account("beratung@daks.example", "Bea Beratung (Prozessbegleitung)", null,
					Map.of("Bremerhaven", KommuneRole.BERATUNG, "Düren", KommuneRole.BERATUNG),
					"Consultant assigned to Bremerhaven and Kreis Düren"),
			new Account("mentor@daks.example", "Mia Mentor (Mentorin)", null, Map.of("Rostock", KommuneRole.MENTOR),
					"Mentor of Landkreis Rostock: reads and comments"));

	@Override
	public void run(ApplicationArguments args) {
		if (programmes.findByShortName(PROGRAMME_SHORT_NAME).isPresent()) {
			log.info("Demo content present – not loaded again");
			printAccounts();
			return;
		}
		var operator = UsernamePasswordAuthenticationToken.authenticated("demo-loader", null,
				AuthorityUtils.createAuthorityList("ROLE_CLI_OPERATOR"));
		SecurityContextHolder.getContext().setAuthentication(operator);
		try {
			contributors.forEach(c -> c.beforeKommunen(properties));
			transactions.executeWithoutResult(status -> load());
			printAccounts();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void load() {
		ProgrammeId programme = programmes.create("Zukunftswerkstatt Kommunen – Attraktiv im Wandel",
				PROGRAMME_SHORT_NAME,
				"Modellprojekt des Bundesfamilienministeriums: 40 Kommunen gestalten den demografischen Wandel in einem "
						+ "fünfstufigen Prozess mit externer Beratung, Mentoring und Vernetzung.",
				LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
		// key figures: seed presentation "Zukunftswerkstatt Kommunen", ConSozial 2024 (DOMAIN.md section 1)
		// the area of Bremerhaven and the figures of Landkreis Rostock (the seed gives "about 224,000") come from the
		// Gemeindeverzeichnis when it was imported
		var bremerhavenArea = territory.find("040120000000");
		KommuneId bremerhaven = kommunen.create(new NewKommune("Stadt Bremerhaven", KommuneKind.KREISFREIE_STADT,
				List.of("040120000000"), "04", 119_357L, "2024-01-01",
				bremerhavenArea.map(Area::areaKm2).orElse(null), true));
		KommuneId dueren = kommunen.create(new NewKommune("Kreis Düren", KommuneKind.LANDKREIS, List.of("05358"), "05",
				280_726L, "2023-12-31", new BigDecimal("941.50"), true));
		var rostockArea = territory.find("13072").filter(a -> a.population() != null);
		KommuneId rostock = kommunen.create(new NewKommune("Landkreis Rostock", KommuneKind.LANDKREIS,
				List.of("13072"), "13", rostockArea.map(Area::population).orElse(224_000L),
				rostockArea.map(a -> String.valueOf(a.populationDate())).orElse(null),
				rostockArea.map(Area::areaKm2).orElse(new BigDecimal("3421.00")), true));
		Map<String, KommuneId> byKey = Map.of("Bremerhaven", bremerhaven, "Düren", dueren, "Rostock", rostock);
		byKey.values().forEach(k -> programmes.addKommune(programme, k));

		Map<String, UserId> accounts = new java.util.HashMap<>();
		for (Account account : ACCOUNTS) {
			UserId id = users.createUser(account.email(), account.name(), properties.password(), account.role());
			account.kommuneRoles().forEach((kommune, role) -> users.addMembership(id, byKey.get(kommune), role));
			accounts.put(account.email(), id);
		}
		DemoContributor.Context context = new DemoContributor.Context(programme, bremerhaven, dueren, rostock,
				accounts);
		contributors.forEach(c -> c.afterKommunen(context));
		events.publishEvent(new de.daks.programme.DemoProgrammeLoaded(programme, byKey));
		log.info("Demo content loaded: programme {}, Kommunen {}", PROGRAMME_SHORT_NAME, byKey.keySet());
	}

	private void printAccounts() {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add("=== DAKS demo accounts (password for all: " + properties.password() + ") ===");
		ACCOUNTS.forEach(a -> lines.add(String.format("  %-40s %s", a.email(), a.description())));
		lines.add("");
		log.info(String.join(System.lineSeparator(), lines));
	}
}
