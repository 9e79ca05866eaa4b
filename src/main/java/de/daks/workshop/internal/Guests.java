package de.daks.workshop.internal;

import de.daks.workshop.Workshop;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guest identities of participants without an account: a random token in a cookie of the workshop's path, only its
 * SHA-256 in the database, valid for {@link #LIFETIME}. Expired identities are deleted every hour; their cards stay
 * without the nickname.
 */
@Component
public class Guests {

	public static final Duration LIFETIME = Duration.ofHours(12);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WorkshopRepository repository;

	private final Clock clock;

	Guests(WorkshopRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** A new guest identity; the returned token goes into the cookie. */
	public record Joined(long guestId, String token) {
	}

	@Transactional
	public Joined join(Workshop workshop, @Nullable String nickname) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		String name = nickname == null || nickname.isBlank() ? null : nickname.strip();
		long id = repository.insertGuest(workshop.id(), hash(token), name, now, now.plus(LIFETIME));
		return new Joined(id, token);
	}

	/** The guest of this workshop the token stands for, if it has not expired. */
	public Optional<WorkshopRepository.Guest> resolve(Workshop workshop, @Nullable String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return repository.guest(hash(token)).filter(g -> g.workshopId() == workshop.id())
			.filter(g -> g.expiresAt().isAfter(clock.instant()));
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	@Transactional
	public void deleteExpired() {
		repository.deleteExpiredGuests(clock.instant());
	}

	/** The stored form of a token: SHA-256, hex. */
	public static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
