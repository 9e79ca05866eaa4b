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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.annotation.PreDestroy;
import org.springframework.http.MediaType;
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

	/** Writes the SSE frames (see {@link #stream}). */
	private final ExecutorService senders = Executors.newFixedThreadPool(32, runnable -> {
		Thread thread = new Thread(runnable, "workshop-sse");
		thread.setDaemon(true);
		return thread;
	});

	WorkshopWebSupport(KommuneManagement kommunen, Authorization authorization, Workshops workshops, LiveFeed feed,
			Clock clock, ProfileContents profiles,
			@Value("${daks.base-url}") String baseUrl) {
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
		model.addAttribute("canPublish", authorization.isAllowed(Permission.KOMMUNE_MANAGE, id));
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
	 * An SSE stream of the workshop's log after {@code Last-Event-ID} (or the page's {@code after} parameter). The
	 * feed's thread only queues the frames; a small pool writes them, one connection at a time in order, so a slow
	 * phone never holds up the others. A connection whose queue overflows is closed – the browser reconnects with
	 * its Last-Event-ID and gets the rest from the log.
	 */
	SseEmitter stream(Workshop workshop, @Nullable String lastEventId, @Nullable Long after, boolean moderation,
			HttpServletRequest request) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		long from = parse(lastEventId, after == null ? -1 : after);
		EmitterSink sink = new EmitterSink(emitter);
		AtomicReference<LiveFeed.Subscription> subscription = new AtomicReference<>();
		Runnable close = () -> {
			sink.dead = true;
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

	@PreDestroy
	void stopSenders() {
		senders.shutdownNow();
	}

	/** Queues frames for one SSE connection and writes them on the sender pool, in order. */
	private final class EmitterSink implements LiveFeed.Sink {

		private static final int MAX_QUEUED = 5000;

		private final SseEmitter emitter;

		private final ConcurrentLinkedQueue<LiveFeed.Frame> queue = new ConcurrentLinkedQueue<>();

		private final AtomicInteger queued = new AtomicInteger();

		private final AtomicBoolean scheduled = new AtomicBoolean();

		volatile boolean dead;

		EmitterSink(SseEmitter emitter) {
			this.emitter = emitter;
		}

		@Override
		public boolean send(LiveFeed.Frame frame) {
			if (dead) {
				return false;
			}
			if (queued.incrementAndGet() > MAX_QUEUED) {
				dead = true;
				senders.execute(emitter::complete);
				return false;
			}
			queue.add(frame);
			schedule();
			return true;
		}

		private void schedule() {
			if (scheduled.compareAndSet(false, true)) {
				senders.execute(this::drain);
			}
		}

		private void drain() {
			try {
				for (LiveFeed.Frame frame = queue.poll(); frame != null && !dead; frame = queue.poll()) {
					queued.decrementAndGet();
					if (frame.seq() == 0) {
						emitter.send(SseEmitter.event().comment("heartbeat"));
					}
					else {
						emitter.send(SseEmitter.event().id(Long.toString(frame.seq())).name(frame.event())
							.data(frame.data(), MediaType.TEXT_PLAIN));
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				dead = true;
			}
			finally {
				scheduled.set(false);
				if (!dead && !queue.isEmpty()) {
					schedule();
				}
			}
		}
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
