package de.daks.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The second sign-in step: the TOTP code, or – for an account that must use one but has none yet – setting it up
 * first. These routes are public so that the pending principal reaches them; each checks that the session holds
 * one, and sends everyone else back to the sign-in form.
 */
@Controller
class SecondFactorController {

	static final String CANDIDATE_SECRET = SecondFactorController.class.getName() + ".secret";

	private static final String ISSUER = "DAKS";

	private final UserRepository users;

	private final SecondFactor secondFactor;

	private final SignInSessions sessions;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SecondFactorController(UserRepository users, SecondFactor secondFactor, SignInSessions sessions) {
		this.users = users;
		this.secondFactor = secondFactor;
		this.sessions = sessions;
	}

	@GetMapping(LoginSuccessHandler.SECOND_FACTOR_PATH)
	@Requires(Permission.PUBLIC)
	String showCodeForm(Model model) {
		Optional<UserAccount> account = pendingAccount();
		if (account.isEmpty()) {
			return notPending();
		}
		if (!SecondFactor.isEnrolled(account.get())) {
			return "redirect:" + LoginSuccessHandler.ENROLMENT_PATH;
		}
		model.addAttribute("form", new TotpCodeForm());
		return "identity/totp";
	}

	@PostMapping(LoginSuccessHandler.SECOND_FACTOR_PATH)
	@Requires(Permission.PUBLIC)
	String processCodeForm(@Valid @ModelAttribute("form") TotpCodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<UserAccount> account = pendingAccount();
		if (account.isEmpty()) {
			return notPending();
		}
		if (!SecondFactor.isEnrolled(account.get())) {
			return "redirect:" + LoginSuccessHandler.ENROLMENT_PATH;
		}
		if (result.hasErrors() || form.getCode() == null) {
			return "identity/totp";
		}
		return switch (secondFactor.verify(account.get().id(), form.getCode())) {
			case ACCEPTED -> signedIn(account.get(), request, response);
			case LOCKED -> locked(request);
			case WRONG_CODE -> {
				result.rejectValue("code", "totp.code.wrong");
				yield "identity/totp";
			}
		};
	}

	@GetMapping(LoginSuccessHandler.ENROLMENT_PATH)
	@Requires(Permission.PUBLIC)
	String initEnrolmentForm(Model model, HttpSession session) {
		Optional<UserAccount> account = pendingAccount();
		if (account.isEmpty()) {
			return notPending();
		}
		if (SecondFactor.isEnrolled(account.get())) {
			return "redirect:" + LoginSuccessHandler.SECOND_FACTOR_PATH;
		}
		model.addAttribute("form", new TotpCodeForm());
		addEnrolment(model, session, account.get());
		return "identity/totp-setup";
	}

	@PostMapping(LoginSuccessHandler.ENROLMENT_PATH)
	@Requires(Permission.PUBLIC)
	String processEnrolmentForm(@Valid @ModelAttribute("form") TotpCodeForm form, BindingResult result, Model model,
			HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		Optional<UserAccount> account = pendingAccount();
		if (account.isEmpty()) {
			return notPending();
		}
		if (SecondFactor.isEnrolled(account.get())) {
			return "redirect:" + LoginSuccessHandler.SECOND_FACTOR_PATH;
		}
		if (!(session.getAttribute(CANDIDATE_SECRET) instanceof String secret)) {
			return "redirect:" + LoginSuccessHandler.ENROLMENT_PATH;
		}
		if (!result.hasErrors() && form.getCode() != null) {
			switch (secondFactor.enrol(account.get().id(), secret, form.getCode(), true)) {
				case ACCEPTED -> {
					session.removeAttribute(CANDIDATE_SECRET);
					return signedIn(users.findById(account.get().id()).orElseThrow(), request, response);
				}
				case LOCKED -> {
					return locked(request);
				}
				case WRONG_CODE -> result.rejectValue("code", "totp.code.wrong");
			}
		}
		addEnrolment(model, session, account.get());
		return "identity/totp-setup";
	}

	/** Shows the secret of this enrolment (kept in the session until confirmed) as text, URI and QR code. */
	static void addEnrolment(Model model, HttpSession session, UserAccount account) {
		String secret = session.getAttribute(CANDIDATE_SECRET) instanceof String s ? s : Totp.newSecret();
		session.setAttribute(CANDIDATE_SECRET, secret);
		String uri = Totp.provisioningUri(secret, account.email(), ISSUER);
		model.addAttribute("secretGrouped", Totp.grouped(secret));
		model.addAttribute("otpauthUri", uri);
		model.addAttribute("qr", QrCodeSvg.of(uri));
	}

	private Optional<UserAccount> pendingAccount() {
		return SignInSessions.pending().flatMap(p -> users.findById(p.id())).filter(UserAccount::enabled);
	}

	private String signedIn(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
		sessions.complete(account, request, response);
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
	}

	private String locked(HttpServletRequest request) {
		sessions.abort(request);
		return "redirect:/login?locked";
	}

	/** Signed in already: nothing to do here; otherwise the sign-in starts again. */
	private static String notPending() {
		return Authorization.currentUser() != null ? "redirect:/" : "redirect:/login?expired";
	}
}
