package de.daks.workshop.web;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.identity.QrCodeSvg;
import de.daks.profile.ProfileContent;
import de.daks.profile.ProfileContents;
import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.Phase;
import de.daks.workshop.VoteResult;
import de.daks.workshop.VoteSession;
import de.daks.workshop.Workshop;
import de.daks.workshop.Workshops;
import de.daks.workshop.internal.LiveFeed;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** What the workshop pages share: the Kommune and rights, the join link and QR code, results, the SSE stream. */
@Component
class WorkshopWebSupport {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** An SSE connection is closed after this long; the browser reconnects with Last-Event-ID. */
	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final Workshops workshops;

	private final LiveFeed feed;

	private final Clock clock;

	private final ProfileContents profiles;

	private final String baseUrl;

	WorkshopWebSupport(KommuneManagement kommunen, Authorization authorization, Workshops workshops, LiveFeed feed,
			Clock clock, ProfileContents profiles, @Value("${daks.base-url}") String baseUrl) {
		this.profiles = profiles;
		this.kommunen = kommunen;
		this.authorization = authorization;
		this.workshops = workshops;
		this.feed = feed;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	Kommune kommune(KommuneId id, Model model) {
		Kommune kommune = kommunen.get(id);
		model.addAttribute("kommune", kommune);
		model.addAttribute("zone", ZONE);
		model.addAttribute("canModerate", authorization.isAllowed(Permission.WORKSHOP_MODERATE, id));
		return kommune;
	}

	Workshop workshop(KommuneId kommune, long workshopId, Model model) {
		kommune(kommune, model);
		Workshop workshop = workshops.get(kommune, workshopId);
		model.addAttribute("workshop", workshop);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("timerSeconds", timerSeconds(workshop));
		return workshop;
	}

	/** The SWOT items of the Kommunalprofil by quadrant (only quadrants with items), the input of the workshop. */
	Map<SwotQuadrant, List<SwotItem>> swotInput(KommuneId kommune) {
		ProfileContent content = profiles.load(kommune);
		Map<SwotQuadrant, List<SwotItem>> swot = new LinkedHashMap<>();
		for (SwotQuadrant quadrant : SwotQuadrant.values()) {
			List<SwotItem> items = content.swot(quadrant);
			if (!items.isEmpty()) {
				swot.put(quadrant, items);
			}
		}
		return swot;
	}

	String joinLink(Workshop workshop) {
		return baseUrl + "/w/" + workshop.code();
	}

	void joinInfo(Workshop workshop, Model model) {
		String link = joinLink(workshop);
		model.addAttribute("joinLink", link);
		model.addAttribute("qr", QrCodeSvg.of(link));
	}

	/** Seconds left on the moderator's timer, or null. */
	@Nullable
	Long timerSeconds(Workshop workshop) {
		if (workshop.timerEndsAt() == null) {
			return null;
		}
		return Math.max(0, Duration.between(clock.instant(), workshop.timerEndsAt()).getSeconds());
	}

	/** The results of the sessions of a phase that may be shown (closed, or open with visible results). */
	List<VoteResult> shownResults(Workshop workshop, @Nullable Phase phase) {
		List<VoteResult> results = new ArrayList<>();
		for (VoteSession session : workshops.sessions(workshop)) {
			if ((phase == null || session.phase() == phase) && session.showResults()) {
				results.add(workshops.result(workshop, session));
			}
		}
		return results;
	}

	/**
	 * An SSE stream of the workshop's log after {@code Last-Event-ID} (or the page's {@code after} parameter).
	 */
	SseEmitter stream(Workshop workshop, @Nullable String lastEventId, @Nullable Long after, boolean moderation,
			HttpServletRequest request) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		long from = parse(lastEventId, after == null ? -1 : after);
		AtomicReference<LiveFeed.Subscription> subscription = new AtomicReference<>();
		LiveFeed.Sink sink = frame -> {
			try {
				if (frame.seq() == 0) {
					emitter.send(SseEmitter.event().comment("heartbeat"));
				}
				else {
					emitter.send(SseEmitter.event().id(Long.toString(frame.seq())).name(frame.event())
						.data(frame.data(), org.springframework.http.MediaType.TEXT_PLAIN));
				}
				return true;
			}
			catch (IOException | IllegalStateException ex) {
				return false;
			}
		};
		Runnable close = () -> {
			LiveFeed.Subscription s = subscription.get();
			if (s != null) {
				s.close();
			}
		};
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError(e -> close.run());
		try {
			emitter.send(SseEmitter.event().reconnectTime(2000).comment("connected"));
		}
		catch (IOException ex) {
			return emitter;
		}
		subscription.set(feed.subscribe(workshop.id(), from, moderation, sink));
		return emitter;
	}

	private static long parse(@Nullable String value, long fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Math.max(0, Long.parseLong(value.strip()));
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}
}
