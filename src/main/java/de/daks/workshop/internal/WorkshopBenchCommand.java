package de.daks.workshop.internal;

import de.daks.shared.KommuneId;
import de.daks.shared.cli.DaksCommand;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import de.daks.workshop.Card;
import de.daks.workshop.NewWorkshop;
import de.daks.workshop.Phase;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopFormat;
import de.daks.workshop.Workshops;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code daks bench workshop [--participants 300] [--events 2000] [--posters 20] [--rate 0]}: a bounded load test of the live
 * workshop on the loopback interface only. It plans a workshop in a synthetic Kommune, connects the participants as
 * SSE clients (JDK HTTP client) to a loopback SSE endpoint fed by the same {@link LiveFeed} the web application
 * uses, then posts the burst through the same service as the web routes – 80 % cards by guests, 20 % dots of an
 * open voting session – from several threads at once. It prints lost events (must be 0), duplicated events, and
 * the 50th/99th percentile and maximum delay from the start of a card's post until a participant has it. With
 * {@code --rate} the events are spread evenly (the 2,000 events in ten minutes are 3.3 a second); without
 * it they come as fast as the threads can post. The workshop is deleted afterwards.
 */
@Component
class WorkshopBenchCommand implements DaksCommand {

	private static final Pattern BENCH_TEXT = Pattern.compile("bench-(\\d+) ");

	private final Workshops workshops;

	private final Guests guests;

	private final LiveFeed feed;

	private final WorkshopRepository repository;

	private final KommuneManagement kommunen;

	WorkshopBenchCommand(Workshops workshops, Guests guests, LiveFeed feed, WorkshopRepository repository,
			KommuneManagement kommunen) {
		this.workshops = workshops;
		this.guests = guests;
		this.feed = feed;
		this.repository = repository;
		this.kommunen = kommunen;
	}

	@Override
	public String name() {
		return "bench workshop";
	}

	@Override
	public String usage() {
		return "[--participants 300] [--events 2000] [--posters 20] [--rate events/s, 0 = at once]  loopback load "
				+ "test of the live workshop (lost, duplicated, p50/p99 delay)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws Exception {
		Map<String, Integer> options;
		try {
			options = options(arguments);
		}
		catch (IllegalArgumentException ex) {
			out.println("daks bench workshop: " + ex.getMessage());
			return 2;
		}
		int participants = options.get("participants");
		int events = options.get("events");
		int posters = options.get("posters");
		int rate = options.get("rate");

		Workshop workshop = workshops.create(benchKommune(), new NewWorkshop("Lasttest " + System.currentTimeMillis(),
				LocalDateTime.now(), "Loopback", true, WorkshopFormat.CLASSIC, null, null, Map.of()));
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		ExecutorService serverThreads = Executors.newFixedThreadPool(participants + 8);
		server.setExecutor(serverThreads);
		server.createContext("/live", exchange -> stream(exchange, workshop.id()));
		server.start();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		AtomicLongArray postedAt = new AtomicLongArray(events);
		Client[] clients = new Client[participants];
		try {
			URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/live?after="
					+ repository.lastSeq(workshop.id()));
			long connectStart = System.nanoTime();
			for (int i = 0; i < participants; i++) {
				clients[i] = new Client(postedAt);
				http.sendAsync(HttpRequest.newBuilder(uri).GET().build(),
						HttpResponse.BodyHandlers.fromLineSubscriber(clients[i]));
			}
			if (!waitFor(() -> feed.listeners(workshop.id()) >= participants, 60)) {
				out.printf("daks bench workshop: only %d of %d participants connected%n",
						feed.listeners(workshop.id()), participants);
				return 1;
			}
			out.printf(Locale.ROOT, "%d participants connected over loopback SSE in %.0f ms%n", participants,
					(System.nanoTime() - connectStart) / 1e6);

			// the burst: after one seed card and an open voting session, every fifth event is a dot on the seed card
			List<Long> guestIds = new ArrayList<>();
			for (int i = 0; i < posters; i++) {
				guestIds.add(guests.join(workshop, "Last " + i).guestId());
			}
			Card seed = workshops.postAsGuest(workshop, guestIds.get(0), 0, "Startkarte");
			long session = workshops.openSession(workshop, Phase.CRITIQUE, "Lasttest", 20, true, false);
			long firstSeq = repository.lastSeq(workshop.id());
			ExecutorService pool = Executors.newFixedThreadPool(posters);
			AtomicLong next = new AtomicLong();
			AtomicInteger cardNo = new AtomicInteger();
			AtomicInteger voteNo = new AtomicInteger();
			List<Future<?>> futures = new ArrayList<>();
			long burstStart = System.nanoTime();
			for (int p = 0; p < posters; p++) {
				long guest = guestIds.get(p);
				futures.add(pool.submit(() -> {
					for (long n = next.getAndIncrement(); n < events; n = next.getAndIncrement()) {
						if (rate > 0) {
							long due = burstStart + n * 1_000_000_000L / rate;
							long wait = due - System.nanoTime();
							if (wait > 0) {
								TimeUnit.NANOSECONDS.sleep(wait);
							}
						}
						if (n % 5 == 4) {
							workshops.vote(workshop, session, "g:bench-" + (voteNo.getAndIncrement() / 20), seed.id());
						}
						else {
							int card = cardNo.getAndIncrement();
							postedAt.set(card, System.nanoTime());
							workshops.postAsGuest(workshop, guest, 0, "bench-" + card + " Karte aus dem Lasttest");
						}
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get(10, TimeUnit.MINUTES);
			}
			pool.shutdown();
			double burstMillis = (System.nanoTime() - burstStart) / 1e6;
			long lastSeq = repository.lastSeq(workshop.id());
			long expected = lastSeq - firstSeq;
			boolean complete = waitFor(() -> Arrays.stream(clients)
				.allMatch(c -> c.receivedBetween(firstSeq + 1, lastSeq) >= expected), 60);

			// results
			long lost = 0;
			long duplicated = 0;
			List<Long> delays = new ArrayList<>();
			for (Client client : clients) {
				lost += expected - client.receivedBetween(firstSeq + 1, lastSeq);
				duplicated += client.duplicates.get();
				delays.addAll(client.delays);
			}
			long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
			out.printf(Locale.ROOT, "burst: %d events (%d cards, %d dots) from %d threads in %.0f ms "
					+ "(%.0f events/s%s)%n", expected, cardNo.get(), voteNo.get(), posters, burstMillis,
					expected / (burstMillis / 1000), rate > 0 ? ", paced at " + rate + "/s" : ", unpaced");
			out.printf(Locale.ROOT, "delivered to %d participants: %d frames; lost %d, duplicated %d%s%n",
					participants, Arrays.stream(clients).mapToLong(Client::received).sum(), lost, duplicated,
					complete ? "" : " (timed out waiting)");
			if (sorted.length > 0) {
				out.printf(Locale.ROOT, "delay from post to participant (%d card deliveries): p50 %.1f ms, "
						+ "p99 %.1f ms, max %.1f ms%n", sorted.length, percentile(sorted, 0.5) / 1e6,
						percentile(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6);
			}
			return lost == 0 && duplicated == 0 ? 0 : 1;
		}
		finally {
			server.stop(0);
			serverThreads.shutdownNow();
			for (Client client : clients) {
				if (client != null) {
					client.cancel();
				}
			}
			repository.deleteWorkshop(workshop.id());
		}
	}

	/** One SSE connection of the loopback server: frames from the live feed through a queue. */
	private void stream(HttpExchange exchange, long workshopId) throws IOException {
		String query = exchange.getRequestURI().getQuery();
		long after = query != null && query.startsWith("after=") ? Long.parseLong(query.substring(6)) : -1;
		BlockingQueue<LiveFeed.Frame> queue = new LinkedBlockingQueue<>();
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		LiveFeed.Subscription subscription = feed.subscribe(workshopId, after, false, queue::offer);
		try (OutputStream body = exchange.getResponseBody()) {
			while (true) {
				LiveFeed.Frame frame = queue.poll(30, TimeUnit.SECONDS);
				if (frame == null) {
					frame = new LiveFeed.Frame(0, "", "");
				}
				body.write(frame.sse().getBytes(StandardCharsets.UTF_8));
				LiveFeed.Frame more;
				while ((more = queue.poll()) != null) {
					body.write(more.sse().getBytes(StandardCharsets.UTF_8));
				}
				body.flush();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the client went away
		}
		finally {
			subscription.close();
		}
	}

	/** A participant: parses the SSE lines, counts each sequence number, measures the delay of bench cards. */
	private static final class Client implements Flow.Subscriber<String> {

		final BitSet seen = new BitSet();

		final AtomicLong duplicates = new AtomicLong();

		final List<Long> delays = new ArrayList<>();

		private final AtomicLongArray postedAt;

		private volatile Flow.Subscription subscription;

		private long id;

		private long count;

		Client(AtomicLongArray postedAt) {
			this.postedAt = postedAt;
		}

		@Override
		public void onSubscribe(Flow.Subscription s) {
			subscription = s;
			s.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime();
			if (line.startsWith("id: ")) {
				id = Long.parseLong(line.substring(4));
			}
			else if (line.startsWith("data: ")) {
				synchronized (this) {
					if (seen.get((int) id)) {
						duplicates.incrementAndGet();
					}
					else {
						seen.set((int) id);
						count++;
					}
					Matcher matcher = BENCH_TEXT.matcher(line);
					if (matcher.find()) {
						int card = Integer.parseInt(matcher.group(1));
						if (card < postedAt.length() && postedAt.get(card) != 0) {
							delays.add(now - postedAt.get(card));
						}
					}
				}
			}
		}

		synchronized long received() {
			return count;
		}

		synchronized long receivedBetween(long from, long to) {
			return seen.get((int) from, (int) to + 1).cardinality();
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
		}

		void cancel() {
			Flow.Subscription s = subscription;
			if (s != null) {
				s.cancel();
			}
		}
	}

	private KommuneId benchKommune() {
		return kommunen.findAll().stream().filter(Kommune::synthetic).map(Kommune::id).findFirst()
			.orElseGet(() -> kommunen.create(new NewKommune("Lasttest-Kommune (synthetisch)", KommuneKind.GEMEINDE,
					List.of(), "05", 10_000L, "2024-12-31", null, true)));
	}

	private static Map<String, Integer> options(List<String> arguments) {
		Map<String, Integer> options = new java.util.HashMap<>(Map.of("participants", 300, "events", 2000,
				"posters", 20, "rate", 0));
		for (int i = 0; i < arguments.size(); i++) {
			String name = arguments.get(i);
			if (!name.startsWith("--") || !options.containsKey(name.substring(2)) || i + 1 >= arguments.size()) {
				throw new IllegalArgumentException("unknown or incomplete option " + name);
			}
			int value;
			try {
				value = Integer.parseInt(arguments.get(++i));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " needs a whole number");
			}
			options.put(name.substring(2), value);
		}
		// bounded: this is a load test on one machine, not a tool to flood a server
		if (options.get("participants") < 1 || options.get("participants") > 1000 || options.get("events") < 10
				|| options.get("events") > 20_000 || options.get("posters") < 1 || options.get("posters") > 64
				|| options.get("rate") < 0 || options.get("rate") > 10_000) {
			throw new IllegalArgumentException("participants 1–1000, events 10–20000, posters 1–64, rate 0–10000");
		}
		return options;
	}

	private static boolean waitFor(java.util.function.BooleanSupplier condition, int seconds)
			throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.getAsBoolean();
	}

	private static double percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
