package de.daks.funding;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.programme.Programme;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FundingController {

	private final FundingManagement funding;

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final MessageSource messages;

	FundingController(FundingManagement funding, ProgrammeManagement programmes, KommuneManagement kommunen,
			Authorization authorization, MessageSource messages) {
		this.messages = messages;
		this.funding = funding;
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.authorization = authorization;
	}

	@GetMapping("/kommunen/{kommuneId}/foerderung")
	@Requires(Permission.FUNDING_VIEW)
	String showFunding(@PathVariable UUID kommuneId, @RequestParam(required = false) @Nullable UUID programme,
			Model model) {
		KommuneId kommune = new KommuneId(kommuneId);
		BookingForm form = new BookingForm();
		populate(model, kommune, programme, form);
		return "funding/kommune";
	}

	@PostMapping("/kommunen/{kommuneId}/foerderung/buchungen")
	@Requires(Permission.FUNDING_EDIT)
	String processBooking(@PathVariable UUID kommuneId, @Valid @ModelAttribute("bookingForm") BookingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		KommuneId kommune = new KommuneId(kommuneId);
		Money amount = null;
		if (!result.hasFieldErrors("amount")) {
			try {
				amount = Money.parseGerman(form.getAmount());
				if (!amount.isPositive()) {
					result.rejectValue("amount", "funding.booking.amountPositive");
				}
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("amount", "funding.booking.amountInvalid");
			}
		}
		if (result.hasErrors()) {
			populate(model, kommune, form.getProgramme(), form);
			return "funding/kommune";
		}
		ProgrammeId programme = new ProgrammeId(Objects.requireNonNull(form.getProgramme()));
		try {
			BookingCheck check = funding.book(programme, kommune, Objects.requireNonNull(form.getYear()),
					form.getCategory(), form.getKind(), Objects.requireNonNull(amount), form.getDescription(),
					form.getReference(), form.isWarningAccepted());
			if (check.outcome() == BookingCheck.Outcome.WARNING && !form.isWarningAccepted()) {
				model.addAttribute("warning", check);
				populate(model, kommune, form.getProgramme(), form);
				return "funding/kommune";
			}
		}
		catch (BookingRefusedException ex) {
			result.rejectValue(ex.check().outcome() == BookingCheck.Outcome.INELIGIBLE ? "category" : "amount",
					ex.check().outcome().messageKey(), new Object[] { ex.check().remaining().toGerman(),
							ex.check().limit().toGerman() }, "refused");
			populate(model, kommune, form.getProgramme(), form);
			return "funding/kommune";
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("year", "funding.booking.yearInvalid");
			populate(model, kommune, form.getProgramme(), form);
			return "funding/kommune";
		}
		Flash.success(redirect, "funding.booking.saved");
		return "redirect:/kommunen/" + kommune + "/foerderung?programme=" + programme;
	}

	@PostMapping("/kommunen/{kommuneId}/foerderung/rechnungen")
	@Requires(Permission.FUNDING_VIEW)
	String submitInvoice(@PathVariable UUID kommuneId, @RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable CostCategory category, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String reference,
			RedirectAttributes redirect) {
		KommuneId kommune = new KommuneId(kommuneId);
		kommunen.get(kommune);
		String back = "redirect:/kommunen/" + kommune + "/foerderung" + (programme == null ? "" : "?programme=" + programme);
		if (programme == null || year == null || description.isBlank() || description.length() > 500
				|| reference.length() > 200) {
			Flash.error(redirect, "funding.invoice.invalid");
			return back;
		}
		if (category == null || !funding.rules(new ProgrammeId(programme)).isEligible(category)) {
			Flash.error(redirect, "funding.invoice.categoryInvalid");
			return back;
		}
		try {
			funding.submitInvoice(new ProgrammeId(programme), kommune, year, category, Money.parseGerman(amount),
					description, reference, actor());
			Flash.success(redirect, "funding.invoice.submitted");
		}
		catch (BookingRefusedException ex) {
			Flash.error(redirect, "funding.invoice.overCategoryCap", label(category),
					ex.check().remaining().toGerman(), ex.check().limit().toGerman());
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "funding.invoice.invalid");
		}
		return back;
	}

	@PostMapping("/kommunen/{kommuneId}/foerderung/rechnungen/{invoiceId}")
	@Requires(Permission.FUNDING_EDIT)
	String decideInvoice(@PathVariable UUID kommuneId, @PathVariable UUID invoiceId,
			@RequestParam(required = false) @Nullable UUID programme, @RequestParam(defaultValue = "") String decision,
			RedirectAttributes redirect) {
		KommuneId kommune = new KommuneId(kommuneId);
		kommunen.get(kommune);
		if (programme == null) {
			throw new de.daks.shared.NotFoundException("Invoice " + invoiceId);
		}
		ProgrammeId id = new ProgrammeId(programme);
		try {
			if ("approve".equals(decision)) {
				funding.approveInvoice(id, kommune, invoiceId);
				Flash.success(redirect, "funding.invoice.approved");
			}
			else {
				funding.rejectInvoice(id, kommune, invoiceId);
				Flash.success(redirect, "funding.invoice.rejected");
			}
		}
		catch (BookingRefusedException ex) {
			Flash.error(redirect, "funding.invoice.overCap");
		}
		catch (IllegalStateException ex) {
			Flash.error(redirect, "funding.invoice.decided");
		}
		return "redirect:/kommunen/" + kommune + "/foerderung?programme=" + programme;
	}

	@PostMapping("/kommunen/{kommuneId}/foerderung/mittelabruf")
	@Requires(Permission.FUNDING_EDIT)
	String requestPayment(@PathVariable UUID kommuneId, @RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(name = "receipt", required = false) @Nullable List<UUID> receipts,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		KommuneId kommune = new KommuneId(kommuneId);
		kommunen.get(kommune);
		String back = "redirect:/kommunen/" + kommune + "/foerderung" + (programme == null ? "" : "?programme=" + programme)
				+ "#mittelabruf";
		if (programme == null) {
			Flash.error(redirect, "funding.payment.invalid");
			return back;
		}
		try {
			funding.requestPayment(new ProgrammeId(programme), kommune, receipts == null ? List.of() : receipts, note,
					actor());
			Flash.success(redirect, "funding.payment.requested");
		}
		catch (PaymentRequestException ex) {
			Flash.error(redirect, ex.messageKey(), localised(ex.args()));
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "funding.payment.invalid");
		}
		return back;
	}

	@PostMapping("/programme/{programmeId}/foerderung/mittelabrufe/{requestId}")
	@Requires(Permission.PROGRAMME_MANAGE)
	String decidePayment(@PathVariable UUID programmeId, @PathVariable UUID requestId,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		ProgrammeId id = new ProgrammeId(programmeId);
		programmes.get(id);
		try {
			funding.decidePayment(id, requestId, "paid".equals(decision), reason, actor());
			Flash.success(redirect, "funding.payment.decided");
		}
		catch (PaymentRequestException ex) {
			Flash.error(redirect, ex.messageKey(), localised(ex.args()));
		}
		catch (IllegalStateException ex) {
			Flash.error(redirect, "funding.invoice.decided");
		}
		return "redirect:/programme/" + id + "/foerderung#mittelabrufe";
	}

	private static String actor() {
		de.daks.identity.DaksPrincipal user = Authorization.currentUser();
		return user == null ? "cli" : user.email();
	}

	private String label(CostCategory category) {
		return messages.getMessage(category.messageKey(), null, LocaleContextHolder.getLocale());
	}

	/** Arguments of a rule's message: categories by their label, everything else as it is. */
	private Object[] localised(List<Object> args) {
		return args.stream().map(a -> a instanceof CostCategory c ? label(c) : a).toArray();
	}

	@PostMapping("/kommunen/{kommuneId}/foerderung/budget")
	@Requires(Permission.PROGRAMME_MANAGE)
	String setBudget(@PathVariable UUID kommuneId, @RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "EXTERNAL_CONSULTING") CostCategory category,
			@RequestParam(defaultValue = "") String amount, RedirectAttributes redirect) {
		KommuneId kommune = new KommuneId(kommuneId);
		kommunen.get(kommune);
		if (programme == null || year == null) {
			Flash.error(redirect, "funding.budget.invalid");
			return "redirect:/kommunen/" + kommune + "/foerderung";
		}
		try {
			funding.setBudget(new ProgrammeId(programme), kommune, year, category, Money.parseGerman(amount));
			Flash.success(redirect, "funding.budget.saved");
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "funding.budget.invalid");
		}
		return "redirect:/kommunen/" + kommune + "/foerderung?programme=" + programme;
	}

	@GetMapping("/programme/{programmeId}/foerderung")
	@Requires(Permission.PROGRAMME_VIEW)
	String showProgrammeFunding(@PathVariable UUID programmeId, Model model) {
		ProgrammeId id = new ProgrammeId(programmeId);
		Programme programme = programmes.get(id);
		Map<Kommune, FundingOverview> rows = new LinkedHashMap<>();
		List<FundingOverview.Row> all = new ArrayList<>();
		for (Kommune k : kommunen.findAll(programmes.kommunenOf(id))) {
			FundingOverview overview = funding.overview(id, k.id());
			rows.put(k, overview);
			all.addAll(overview.rows());
		}
		model.addAttribute("programme", programme);
		model.addAttribute("rows", rows);
		model.addAttribute("total", FundingOverview.of(all));
		model.addAttribute("rules", funding.rules(id));
		Map<KommuneId, String> names = new LinkedHashMap<>();
		rows.keySet().forEach(k -> names.put(k.id(), k.name()));
		model.addAttribute("kommuneNames", names);
		model.addAttribute("payments", funding.paymentRequests(id));
		model.addAttribute("canManage", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		return "funding/programme";
	}

	@PostMapping("/programme/{programmeId}/foerderung/regeln")
	@Requires(Permission.PROGRAMME_MANAGE)
	String setRules(@PathVariable UUID programmeId, @RequestParam(defaultValue = "") String consultingCap,
			@RequestParam(defaultValue = "") String materialCap, @RequestParam(defaultValue = "") String warningPercent,
			@RequestParam(defaultValue = "0") String carryOverPercent, RedirectAttributes redirect) {
		ProgrammeId id = new ProgrammeId(programmeId);
		programmes.get(id);
		try {
			BigDecimal warning = new BigDecimal(warningPercent.strip().replace(',', '.'));
			BigDecimal carry = new BigDecimal(carryOverPercent.strip().replace(',', '.'));
			funding.setRules(id, Money.parseGerman(consultingCap), Money.parseGerman(materialCap), warning, carry);
			Flash.success(redirect, "funding.rules.saved");
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "funding.rules.invalid");
		}
		return "redirect:/programme/" + id + "/foerderung";
	}

	private void populate(Model model, KommuneId kommune, @Nullable UUID programmeId, BookingForm form) {
		Kommune k = kommunen.get(kommune);
		List<Programme> list = funding.programmesOf(kommune);
		Programme programme = list.stream().filter(p -> programmeId != null && p.id().value().equals(programmeId))
			.findFirst().orElse(list.isEmpty() ? null : list.get(0));
		model.addAttribute("kommune", k);
		model.addAttribute("programmes", list);
		model.addAttribute("programme", programme);
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("kinds", BookingKind.values());
		model.addAttribute("canBook", authorization.isAllowed(Permission.FUNDING_EDIT, kommune));
		model.addAttribute("canManage", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		if (programme != null) {
			form.setProgramme(programme.id().value());
			if (form.getYear() == null) {
				int now = java.time.Year.now().getValue();
				form.setYear(Math.max(programme.periodStart().getYear(), Math.min(programme.periodEnd().getYear(), now)));
			}
			model.addAttribute("overview", funding.overview(programme.id(), kommune));
			model.addAttribute("bookings", funding.bookings(programme.id(), kommune));
			model.addAttribute("invoices", funding.invoices(programme.id(), kommune));
			model.addAttribute("receipts", funding.claimableReceipts(programme.id(), kommune));
			model.addAttribute("invoiceCategories", java.util.Arrays.stream(CostCategory.values())
				.filter(funding.rules(programme.id())::isEligible).toList());
			model.addAttribute("paymentRequests", funding.paymentRequests(programme.id()).stream()
				.filter(r -> r.kommune().equals(kommune)).toList());
			List<Integer> years = new ArrayList<>();
			for (int y = programme.periodStart().getYear(); y <= programme.periodEnd().getYear(); y++) {
				years.add(y);
			}
			model.addAttribute("years", years);
		}
		if (!model.containsAttribute("bookingForm")) {
			model.addAttribute("bookingForm", form);
		}
	}
}
