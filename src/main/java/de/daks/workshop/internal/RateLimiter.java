package de.daks.workshop.internal;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small token bucket per key (an address, a guest): {@code capacity} requests at once, then one every
 * {@code refillMillis}. Kept in memory per server; old buckets are dropped when the map grows large.
 */
public final class RateLimiter {

	private static final int MAX_KEYS = 100_000;

	private final int capacity;

	private final long refillNanos;

	private final Map<String, long[]> buckets = new ConcurrentHashMap<>();

	public RateLimiter(int capacity, long refillMillis) {
		this.capacity = capacity;
		this.refillNanos = refillMillis * 1_000_000L;
	}

	/** Takes one token for the key; false when the key has none left. */
	public boolean tryAcquire(String key) {
		if (buckets.size() > MAX_KEYS) {
			prune();
		}
		long now = System.nanoTime();
		long[] bucket = buckets.computeIfAbsent(key, k -> new long[] { capacity, now });
		synchronized (bucket) {
			long refill = (now - bucket[1]) / refillNanos;
			if (refill > 0) {
				bucket[0] = Math.min(capacity, bucket[0] + refill);
				bucket[1] += refill * refillNanos;
			}
			if (bucket[0] <= 0) {
				return false;
			}
			bucket[0]--;
			return true;
		}
	}

	private void prune() {
		long stale = System.nanoTime() - refillNanos * capacity;
		for (Iterator<long[]> it = buckets.values().iterator(); it.hasNext();) {
			if (it.next()[1] < stale) {
				it.remove();
			}
		}
	}
}
