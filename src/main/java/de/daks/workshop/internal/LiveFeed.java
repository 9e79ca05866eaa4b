package de.daks.workshop.internal;

import de.daks.workshop.Card;
import de.daks.workshop.Workshops;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the workshops' event logs to the connected clients (server-sent events). One poller thread reads new log
 * entries of every workshop that has listeners – from the database, so it works on H2 and PostgreSQL and across
 * several servers – and hands the same frames to all of them. A change on this server wakes the poller at once;
 * otherwise it looks every {@value #POLL_MILLIS} ms. A client that reconnects with {@code Last-Event-ID} gets what
 * it missed from the log: the sequence numbers of a workshop have no gaps and commit in order (see
 * {@link WorkshopRepository#appendEvent}), so nothing is lost and nothing is sent twice.
 * <p>
 * Frames carry the text of a visible card only; hidden cards are announced as {@code card-hidden} with the id, to
 * participants also when a client replays a card that was hidden later.
 */
@Component
public class LiveFeed implements DisposableBean {

	/** Where frames go: an SSE connection. Returns false when the connection is gone. */
	public interface Sink {
		boolean send(Frame frame);
	}

	/** One SSE frame: id (the log sequence number; 0 for a heartbeat comment), event name, JSON data. */
	public record Frame(long seq, String event, String data) {

		public String sse() {
			return seq == 0 ? ": heartbeat\n\n" : "id: " + seq + "\nevent: " + event + "\ndata: " + data + "\n\n";
		}
	}

	/** A registered listener; {@link #close()} removes it. */
	public final class Subscription implements AutoCloseable {

		private final long workshopId;

		private final Sink sink;

		private final boolean moderation;

		private long sent;

		private Subscription(long workshopId, Sink sink, boolean moderation, long sent) {
			this.workshopId = workshopId;
			this.sink = sink;
			this.moderation = moderation;
			this.sent = sent;
		}

		@Override
		public void close() {
			Channel channel = channels.get(workshopId);
			if (channel != null) {
				channel.subscribers.remove(this);
			}
		}
	}

	private static final class Channel {

		final CopyOnWriteArrayList<Subscription> subscribers = new CopyOnWriteArrayList<>();

		long lastSeq;

		/** Removed from the map (no listeners left); a new listener creates a new channel. */
		boolean closed;
	}

	static final long POLL_MILLIS = 250;

	private static final long HEARTBEAT_MILLIS = 20_000;

	private static final int BATCH = 1000;

	private static final int MAX_REPLAY = 5000;

	private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WorkshopRepository repository;

	private final Map<Long, Channel> channels = new ConcurrentHashMap<>();

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running = true;

	private @Nullable Thread poller;

	LiveFeed(WorkshopRepository repository) {
		this.repository = repository;
	}

	/**
	 * Registers a listener and first sends it the log entries after {@code afterSeq} (a reconnect's
	 * {@code Last-Event-ID}; a negative value means "only what comes from now on").
	 */
	public Subscription subscribe(long workshopId, long afterSeq, boolean moderation, Sink sink) {
		startPoller();
		while (true) {
			Channel channel = channels.computeIfAbsent(workshopId, id -> {
				Channel c = new Channel();
				c.lastSeq = repository.lastSeq(id);
				return c;
			});
			synchronized (channel) {
				if (!channel.closed) {
					return subscribe(channel, workshopId, afterSeq, moderation, sink);
				}
			}
		}
	}

	private Subscription subscribe(Channel channel, long workshopId, long afterSeq, boolean moderation, Sink sink) {
		long from = afterSeq < 0 ? channel.lastSeq : Math.min(afterSeq, channel.lastSeq);
		Subscription subscription = new Subscription(workshopId, sink, moderation, from);
		if (channel.lastSeq - from > MAX_REPLAY) {
			sink.send(new Frame(channel.lastSeq, "reload", "{}"));
			subscription.sent = channel.lastSeq;
		}
		else {
			while (subscription.sent < channel.lastSeq) {
				List<WorkshopRepository.Event> events = repository.eventsAfter(workshopId, subscription.sent, BATCH)
					.stream().filter(e -> e.seq() <= channel.lastSeq).toList();
				if (events.isEmpty()) {
					break;
				}
				Rendered rendered = render(workshopId, events);
				deliver(subscription, rendered);
			}
		}
		channel.subscribers.add(subscription);
		return subscription;
	}

	/** Asks the poller to look now (after a commit on this server). */
	public void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	/** How many listeners are connected to a workshop. */
	public int listeners(long workshopId) {
		Channel channel = channels.get(workshopId);
		return channel == null ? 0 : channel.subscribers.size();
	}

	private synchronized void startPoller() {
		if (poller == null && running) {
			Thread thread = new Thread(this::pollLoop, "workshop-live-feed");
			thread.setDaemon(true);
			thread.start();
			poller = thread;
		}
	}

	private void pollLoop() {
		long lastHeartbeat = System.currentTimeMillis();
		while (running) {
			synchronized (signal) {
				if (!woken) {
					try {
						signal.wait(POLL_MILLIS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				woken = false;
			}
			try {
				pollOnce();
				if (System.currentTimeMillis() - lastHeartbeat > HEARTBEAT_MILLIS) {
					lastHeartbeat = System.currentTimeMillis();
					heartbeat();
				}
			}
			catch (RuntimeException ex) {
				log.warn("Workshop live feed: {}", ex.toString());
			}
		}
	}

	void pollOnce() {
		for (Map.Entry<Long, Channel> entry : channels.entrySet()) {
			Channel channel = entry.getValue();
			synchronized (channel) {
				if (channel.subscribers.isEmpty()) {
					channel.closed = true;
					channels.remove(entry.getKey(), channel);
					continue;
				}
			}
			List<WorkshopRepository.Event> events = repository.eventsAfter(entry.getKey(), channel.lastSeq, BATCH);
			if (events.isEmpty()) {
				continue;
			}
			Rendered rendered = render(entry.getKey(), events);
			synchronized (channel) {
				for (Subscription subscription : channel.subscribers) {
					deliver(subscription, rendered);
				}
				channel.lastSeq = events.get(events.size() - 1).seq();
			}
			if (events.size() == BATCH) {
				wake();
			}
		}
	}

	private void heartbeat() {
		Frame beat = new Frame(0, "", "");
		for (Channel channel : channels.values()) {
			for (Subscription subscription : channel.subscribers) {
				if (!subscription.sink.send(beat)) {
					channel.subscribers.remove(subscription);
				}
			}
		}
	}

	private void deliver(Subscription subscription, Rendered rendered) {
		List<Frame> frames = subscription.moderation ? rendered.moderation : rendered.participants;
		for (Frame frame : frames) {
			if (frame.seq() > subscription.sent) {
				if (!subscription.sink.send(frame)) {
					subscription.close();
					return;
				}
				subscription.sent = frame.seq();
			}
		}
	}

	private record Rendered(List<Frame> participants, List<Frame> moderation) {
	}

	private Rendered render(long workshopId, List<WorkshopRepository.Event> events) {
		List<Long> cardIds = events.stream().filter(e -> Workshops.CARD.equals(e.kind()) && e.refId() != null)
			.map(WorkshopRepository.Event::refId).distinct().toList();
		Map<Long, Card> cards = new LinkedHashMap<>();
		for (int i = 0; i < cardIds.size(); i += 500) {
			cards.putAll(repository.cardsById(workshopId, cardIds.subList(i, Math.min(cardIds.size(), i + 500)))
				.stream().collect(Collectors.toMap(Card::id, Function.identity())));
		}
		List<Frame> participants = new ArrayList<>(events.size());
		List<Frame> moderation = new ArrayList<>(events.size());
		for (WorkshopRepository.Event event : events) {
			Card card = Workshops.CARD.equals(event.kind()) && event.refId() != null ? cards.get(event.refId()) : null;
			if (card != null && card.visible()) {
				Frame frame = new Frame(event.seq(), Workshops.CARD, cardJson(card));
				participants.add(frame);
				moderation.add(frame);
			}
			else if (card != null) {
				String data = refJson(card.id());
				participants.add(new Frame(event.seq(), Workshops.CARD_HIDDEN, data));
				moderation.add(new Frame(event.seq(), Workshops.CARD_CHANGED, data));
			}
			else {
				Frame frame = new Frame(event.seq(), event.kind(), refJson(event.refId()));
				participants.add(frame);
				moderation.add(frame);
			}
		}
		return new Rendered(participants, moderation);
	}

	private static String cardJson(Card card) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", card.id());
		data.put("phase", card.phase().name());
		data.put("column", card.column());
		data.put("text", card.text());
		data.put("author", card.authorName());
		data.put("origin", card.origin().name());
		return JSON.writeValueAsString(data);
	}

	private static String refJson(@Nullable Long id) {
		return id == null ? "{}" : "{\"id\":" + id + "}";
	}

	@Override
	public void destroy() {
		running = false;
		Thread thread = poller;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(2).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
