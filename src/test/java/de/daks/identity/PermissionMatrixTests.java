package de.daks.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.daks.DaksIntegrationTest;
import de.daks.shared.KommuneId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route × every role × own / other Kommune. The expected decisions are written down here a second time,
 * independently of {@link Authorization}, and the routes are listed in {@code permission-matrix/*.txt} (one file per
 * module) with the permission they need and a sample path. The test fails when a route of the application is not
 * in the matrix, when a listed route does not exist, when its {@link Requires} differs from the matrix, and when a
 * real request by any role is allowed or refused against the expectation.
 */
@DaksIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTests {

	/** Who asks: a role, and for Kommune roles whether the request is about their own Kommune or another one. */
	enum Actor {
		ANONYMOUS, GESCHAEFTSSTELLE, MINISTERIUM, SIGNED_IN_NO_ROLE, KOORDINATION_OWN, KOORDINATION_OTHER, MITGLIED_OWN,
		MITGLIED_OTHER, BERATUNG_OWN, BERATUNG_OTHER, MENTOR_OWN, MENTOR_OTHER, SECOND_FACTOR_PENDING
	}

	/** The rules of DESIGN.md section 1, independently of the implementation. */
	static final Map<Permission, Set<Actor>> EXPECTED = new LinkedHashMap<>();

	static {
		Set<Actor> signedIn = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS, Actor.SECOND_FACTOR_PENDING));
		EXPECTED.put(Permission.PUBLIC, EnumSet.allOf(Actor.class));
		EXPECTED.put(Permission.SIGNED_IN, signedIn);
		EXPECTED.put(Permission.KOMMUNE_VIEW, EnumSet.of(Actor.GESCHAEFTSSTELLE, Actor.KOORDINATION_OWN,
				Actor.MITGLIED_OWN, Actor.BERATUNG_OWN, Actor.MENTOR_OWN));
		EXPECTED.put(Permission.KOMMUNE_COMMENT, EXPECTED.get(Permission.KOMMUNE_VIEW));
		EXPECTED.put(Permission.KOMMUNE_EDIT, EnumSet.of(Actor.GESCHAEFTSSTELLE, Actor.KOORDINATION_OWN,
				Actor.MITGLIED_OWN, Actor.BERATUNG_OWN));
		EXPECTED.put(Permission.KOMMUNE_MANAGE, EnumSet.of(Actor.GESCHAEFTSSTELLE, Actor.KOORDINATION_OWN));
		EXPECTED.put(Permission.PROGRAMME_VIEW, EnumSet.of(Actor.GESCHAEFTSSTELLE, Actor.MINISTERIUM));
		EXPECTED.put(Permission.PROGRAMME_MANAGE, EnumSet.of(Actor.GESCHAEFTSSTELLE));
		EXPECTED.put(Permission.TERRITORY_MANAGE, EnumSet.of(Actor.GESCHAEFTSSTELLE));
		EXPECTED.put(Permission.STATISTICS_MANAGE, EnumSet.of(Actor.GESCHAEFTSSTELLE));
		EXPECTED.put(Permission.USER_ADMIN, EnumSet.of(Actor.GESCHAEFTSSTELLE));
		EXPECTED.put(Permission.WORKSHOP_MODERATE, EXPECTED.get(Permission.KOMMUNE_EDIT));
		// programme office (issue 7)
		EXPECTED.put(Permission.APPLICATION_WORK, signedIn);
		EXPECTED.put(Permission.APPLICATION_REVIEW, signedIn);
		EXPECTED.put(Permission.FUNDING_VIEW, EnumSet.of(Actor.GESCHAEFTSSTELLE, Actor.KOORDINATION_OWN,
				Actor.MITGLIED_OWN, Actor.BERATUNG_OWN));
		EXPECTED.put(Permission.FUNDING_EDIT, EnumSet.of(Actor.GESCHAEFTSSTELLE, Actor.KOORDINATION_OWN,
				Actor.MITGLIED_OWN));
	}

	record Route(HttpMethod method, String pattern, String samplePath, Permission permission, String source) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserManagement users;

	private final KommuneId own = KommuneId.random();

	private final KommuneId other = KommuneId.random();

	private final Map<Actor, DaksPrincipal> principals = new LinkedHashMap<>();

	@BeforeAll
	void createActors() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (Actor actor : Actor.values()) {
			if (actor == Actor.ANONYMOUS) {
				continue;
			}
			GlobalRole global = switch (actor) {
				case GESCHAEFTSSTELLE -> GlobalRole.GESCHAEFTSSTELLE;
				case MINISTERIUM -> GlobalRole.MINISTERIUM;
				default -> null;
			};
			UserId id = users.createUser("matrix-" + actor.name().toLowerCase() + "-" + run + "@test.invalid",
					"Matrix " + actor, null, global);
			String name = actor.name();
			if (name.endsWith("_OWN") || name.endsWith("_OTHER")) {
				KommuneRole role = KommuneRole.valueOf(name.substring(0, name.lastIndexOf('_')));
				users.addMembership(id, name.endsWith("_OWN") ? own : other, role);
			}
			UserAccount account = users.get(id);
			principals.put(actor, new DaksPrincipal(id, account.email(), account.displayName(), global, null, true,
					true, actor == Actor.SECOND_FACTOR_PENDING));
		}
	}

	@Test
	void everyRouteIsInTheMatrixWithItsPermission() throws IOException {
		// given
		Map<String, Route> matrix = matrix();
		Set<String> registered = new TreeSet<>();
		List<String> problems = new ArrayList<>();
		// when
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getName().startsWith("de.daks.")) {
				continue;
			}
			Requires requires = AuthorizationInterceptor.requiredPermission(handler);
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					problems.add(pattern + " accepts every HTTP method: name them");
				}
				for (RequestMethod method : methods) {
					String key = method.name() + " " + pattern;
					registered.add(key);
					Route route = matrix.get(key);
					if (route == null) {
						problems.add("not in the permission matrix: " + key + " (" + handler.getShortLogMessage()
								+ ")");
					}
					else if (requires == null) {
						problems.add("no @Requires: " + key);
					}
					else if (requires.value() != route.permission()) {
						problems.add(key + " requires " + requires.value() + " but the matrix says "
								+ route.permission() + " (" + route.source() + ")");
					}
				}
			}
		}
		// then
		matrix.keySet().stream().filter(k -> !registered.contains(k))
			.forEach(k -> problems.add("in the matrix but not a route: " + k + " (" + matrix.get(k).source() + ")"));
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRoleGetsExactlyWhatTheMatrixSays() throws Exception {
		// given
		List<String> wrong = new ArrayList<>();
		for (Route route : matrix().values()) {
			for (Actor actor : Actor.values()) {
				boolean expected = EXPECTED.get(route.permission()).contains(actor);
				// when
				MockHttpServletResponse response = perform(route, actor);
				boolean refused = response.getStatus() == 403 || (response.getStatus() == 302
						&& String.valueOf(response.getRedirectedUrl()).endsWith("/login"));
				// then
				if (expected == refused) {
					wrong.add(route.method() + " " + route.samplePath() + " as " + actor + ": expected "
							+ (expected ? "allowed" : "refused") + " but got " + response.getStatus());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private MockHttpServletResponse perform(Route route, Actor actor) throws Exception {
		String path = route.samplePath().replace("{kommuneId}", own.toString());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), path);
		if (route.method() != HttpMethod.GET) {
			request = request.with(csrf());
		}
		DaksPrincipal principal = principals.get(actor);
		if (principal != null) {
			request = request.with(user(principal));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** Reads {@code src/test/resources/permission-matrix/*.txt}: method, route pattern, sample path, permission. */
	static Map<String, Route> matrix() throws IOException {
		Map<String, Route> routes = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/permission-matrix"))) {
			for (Path file : files.sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).strip();
					if (line.isEmpty() || line.startsWith("#")) {
						continue;
					}
					String[] parts = line.split("\\s+");
					if (parts.length != 4) {
						throw new IllegalStateException(file + ":" + (i + 1) + ": expected 4 columns: " + line);
					}
					Route route = new Route(HttpMethod.valueOf(parts[0]), parts[1], parts[2],
							Permission.valueOf(parts[3]), file.getFileName() + ":" + (i + 1));
					Route previous = routes.put(parts[0] + " " + parts[1], route);
					if (previous != null) {
						throw new IllegalStateException("Route listed twice: " + previous.source() + ", "
								+ route.source());
					}
				}
			}
		}
		return routes;
	}
}
