package de.daks.workshop.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import de.daks.workshop.Board;
import de.daks.workshop.Card;
import de.daks.workshop.Phase;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopException;
import de.daks.workshop.Workshops;
import de.daks.workshop.internal.Guests;
import de.daks.workshop.internal.RateLimiter;
import de.daks.workshop.internal.WorkshopRepository;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants' side under {@code /w/{code}}: join without an account (optional nickname), the board of the
 * current phase with the visible cards only, posting, dot voting, the live stream. The routes are public; each one
 * checks the guest identity of exactly this workshop (cookie), so a participant never reaches another workshop,
 * hidden cards or anyone's personal data. Joining and posting are rate limited.
 */
@Controller
class GuestController {

	static final String COOKIE_PREFIX = "daks-guest-";

	private final Workshops workshops;

	private final Guests guests;

	private final WorkshopWebSupport support;

	private final RateLimiter joins;

	private final RateLimiter posts;

	GuestController(Workshops workshops, Guests guests, WorkshopWebSupport support,
			@Value("${daks.workshop.joins-per-address:60}") int joinsPerAddress,
			@Value("${daks.workshop.cards-per-guest:6}") int cardsPerGuest) {
		this.workshops = workshops;
		this.guests = guests;
		this.support = support;
		// a whole room may share one address (the venue's Wi-Fi): a burst of joins, then one every second
		this.joins = new RateLimiter(joinsPerAddress, 1000);
		// a burst of cards, then one every ten seconds
		this.posts = new RateLimiter(cardsPerGuest, 10_000);
	}

	@GetMapping("/w/{code}")
	@Requires(Permission.PUBLIC)
	String joinPage(@PathVariable String code, HttpServletRequest request, Model model) {
		Workshop workshop = workshop(code);
		if (guest(workshop, request).isPresent()) {
			return "redirect:/w/" + workshop.code() + "/tafel";
		}
		model.addAttribute("workshop", workshop);
		return "workshop/join";
	}

	@PostMapping("/w/{code}")
	@Requires(Permission.PUBLIC)
	String join(@PathVariable String code, @RequestParam(defaultValue = "") String nickname,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Workshop workshop = workshop(code);
		if (nickname.strip().length() > 40) {
			model.addAttribute("workshop", workshop);
			model.addAttribute("nickname", nickname);
			model.addAttribute("nicknameError", "workshop.join.nicknameLong");
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return "workshop/join";
		}
		if (!joins.tryAcquire(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "too many joins");
		}
		Guests.Joined joined = guests.join(workshop, nickname);
		ResponseCookie cookie = ResponseCookie.from(COOKIE_PREFIX + workshop.code(), joined.token())
			.path("/w/" + workshop.code()).httpOnly(true).sameSite("Lax").secure(request.isSecure())
			.maxAge(Guests.LIFETIME).build();
		response.addHeader("Set-Cookie", cookie.toString());
		Flash.success(redirect, "workshop.join.welcome");
		return "redirect:/w/" + workshop.code() + "/tafel";
	}

	@GetMapping("/w/{code}/tafel")
	@Requires(Permission.PUBLIC)
	String board(@PathVariable String code, @RequestParam(required = false) @Nullable Phase phase,
			HttpServletRequest request, Model model) {
		Workshop workshop = workshop(code);
		Optional<WorkshopRepository.Guest> guest = guest(workshop, request);
		if (guest.isEmpty()) {
			return "redirect:/w/" + workshop.code();
		}
		// participants see the current phase and the phases open for posting, no other
		Phase shown = phase != null && workshop.isOpen(phase) ? phase : workshop.phase();
		Board board = workshops.board(workshop, shown, false);
		model.addAttribute("guestPhases", java.util.Arrays.stream(Phase.values())
			.filter(p -> p == workshop.phase() || workshop.isOpen(p)).toList());
		model.addAttribute("postingOpen", workshop.isOpen(shown));
		model.addAttribute("workshop", workshop);
		model.addAttribute("board", board);
		model.addAttribute("guest", guest.get());
		model.addAttribute("timerSeconds", support.timerSeconds(workshop));
		if (board.openSession() != null) {
			Map<Long, Integer> mine = workshops.dotsOf(board.openSession().id(),
					Workshops.guestVoter(guest.get().id()));
			model.addAttribute("myDots", mine);
			model.addAttribute("dotsLeft", board.openSession().dotsPerPerson()
					- mine.values().stream().mapToInt(Integer::intValue).sum());
		}
		model.addAttribute("results", support.shownResults(workshop, shown));
		return "workshop/guest-board";
	}

	@PostMapping("/w/{code}/karten")
	@Requires(Permission.PUBLIC)
	String post(@PathVariable String code, @RequestParam(required = false) @Nullable Phase phase,
			@RequestParam(defaultValue = "0") int column, @RequestParam(defaultValue = "") String text,
			HttpServletRequest request, RedirectAttributes redirect) {
		Workshop workshop = workshop(code);
		WorkshopRepository.Guest guest = guest(workshop, request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "no guest identity"));
		String back = "redirect:/w/" + workshop.code() + "/tafel" + (phase == null ? "" : "?phase=" + phase);
		if (!posts.tryAcquire(Long.toString(guest.id()))) {
			Flash.error(redirect, "workshop.error.tooFast");
			redirect.addFlashAttribute("draft", text);
			return back;
		}
		try {
			Card card = workshops.postAsGuest(workshop, guest.id(), phase, column, text);
			Flash.success(redirect, "workshop.card.posted");
			return back + "#card-" + card.id();
		}
		catch (WorkshopException ex) {
			Flash.error(redirect, ex.messageKey());
			redirect.addFlashAttribute("draft", text);
			return back;
		}
	}

	@PostMapping("/w/{code}/stimmen")
	@Requires(Permission.PUBLIC)
	String vote(@PathVariable String code, @RequestParam long sessionId, @RequestParam long cardId,
			HttpServletRequest request, RedirectAttributes redirect) {
		Workshop workshop = workshop(code);
		WorkshopRepository.Guest guest = guest(workshop, request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "no guest identity"));
		try {
			workshops.vote(workshop, sessionId, Workshops.guestVoter(guest.id()), cardId);
			Flash.success(redirect, "workshop.vote.counted");
		}
		catch (WorkshopException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/w/" + workshop.code() + "/tafel#card-" + cardId;
	}

	@GetMapping(path = "/w/{code}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Requires(Permission.PUBLIC)
	@ResponseBody
	SseEmitter live(@PathVariable String code,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable Long after, HttpServletRequest request) {
		Workshop workshop = workshop(code);
		guest(workshop, request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "no guest identity"));
		return support.stream(workshop, lastEventId, after, false, request);
	}

	private Workshop workshop(String code) {
		return workshops.byCode(code).orElseThrow(() -> new NotFoundException("Workshop code"));
	}

	private Optional<WorkshopRepository.Guest> guest(Workshop workshop, HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if ((COOKIE_PREFIX + workshop.code()).equals(cookie.getName())) {
				return guests.resolve(workshop, cookie.getValue());
			}
		}
		return Optional.empty();
	}
}
