package de.daks.funding;

import de.daks.programme.Programme;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money rules per programme, budgets per Kommune/year/category, commitments and expenses checked against the rules
 * and the remaining budget (a warning before the cap, a block above it), and the overviews. Every change is audited.
 */
@Service
public class FundingManagement {

	private final FundingRepository repository;

	private final ProgrammeManagement programmes;

	private final AuditLog audit;

	private final Clock clock;

	FundingManagement(FundingRepository repository, ProgrammeManagement programmes, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.programmes = programmes;
		this.audit = audit;
		this.clock = clock;
	}

	/** The programme's rules, or the call's defaults if none are set. */
	@Transactional(readOnly = true)
	public FundingRules rules(ProgrammeId programme) {
		return repository.rules(programme).orElse(FundingRules.DEFAULTS);
	}

	@Transactional
	public void setRules(ProgrammeId programme, Money consultingCap, Money materialCap, BigDecimal warningPercent,
			BigDecimal carryOverPercent) {
		programmes.get(programme);
		FundingRules rules = new FundingRules(FundingRules.DEFAULTS.withCap(CostCategory.EXTERNAL_CONSULTING,
				consultingCap).withCap(CostCategory.MATERIAL_COSTS, materialCap).caps(),
				FundingRules.DEFAULTS.ineligible(), warningPercent, carryOverPercent);
		repository.saveRules(programme, rules);
		audit.record("funding.rules.changed", "Programme", programme.toString(), null,
				"caps " + consultingCap + " / " + materialCap + ", warning at " + warningPercent + " %, carry-over "
						+ carryOverPercent + " %");
	}

	/**
	 * Sets the budget of a Kommune for a year and category.
	 * @throws IllegalArgumentException if the category is not eligible, the amount exceeds the cap or the year lies
	 *         outside the programme period
	 */
	@Transactional
	public void setBudget(ProgrammeId programme, KommuneId kommune, int year, CostCategory category, Money amount) {
		Programme p = programmes.get(programme);
		requireYear(p, year);
		FundingRules rules = rules(programme);
		if (!rules.isEligible(category)) {
			throw new IllegalArgumentException(category + " is not eligible");
		}
		if (amount.isNegative() || amount.exceeds(rules.cap(category).orElseThrow())) {
			throw new IllegalArgumentException("The budget must be between 0 and the cap " + rules.cap(category).get());
		}
		repository.saveBudget(programme, kommune, year, category, amount);
		audit.record("funding.budget.set", "Budget", programme + "/" + year + "/" + category, kommune,
				amount.toString());
	}

	/** Checks a booking without storing it (for the warning before the cap). */
	@Transactional(readOnly = true)
	public BookingCheck check(ProgrammeId programme, KommuneId kommune, int year, CostCategory category,
			BookingKind kind, Money amount) {
		FundingRules rules = rules(programme);
		return rules.check(category, repository.budget(programme, kommune, year, category),
				carriedInto(rules, programme, kommune, year, category),
				repository.total(programme, kommune, year, category, kind), amount);
	}

	/** What the previous year's unused limit carries into {@code year} (nothing in the first year of the period). */
	private Money carriedInto(FundingRules rules, ProgrammeId programme, KommuneId kommune, int year,
			CostCategory category) {
		if (rules.carryOverPercent().signum() == 0 || !rules.isEligible(category)
				|| year - 1 < programmes.get(programme).periodStart().getYear()) {
			return Money.ZERO;
		}
		Money cap = rules.cap(category).orElseThrow();
		Money planned = repository.budget(programme, kommune, year - 1, category).map(b -> b.min(cap)).orElse(cap);
		Money committed = repository.total(programme, kommune, year - 1, category, BookingKind.COMMITMENT);
		Money spent = repository.total(programme, kommune, year - 1, category, BookingKind.EXPENSE);
		return rules.carryOver(planned.minus(committed.compareTo(spent) >= 0 ? committed : spent));
	}

	/**
	 * Books a commitment or expense after checking it.
	 * @param warningAccepted a booking that reaches the warning share is stored only when the warning was shown and
	 *        accepted
	 * @return the check; when it is a warning that was not accepted, nothing is stored
	 * @throws BookingRefusedException over the limit or not eligible – nothing is stored
	 */
	@Transactional
	public BookingCheck book(ProgrammeId programme, KommuneId kommune, int year, CostCategory category,
			BookingKind kind, Money amount, String description, String reference, boolean warningAccepted) {
		Programme p = programmes.get(programme);
		requireYear(p, year);
		if (!programmes.kommunenOf(programme).contains(kommune)) {
			throw new IllegalArgumentException("The Kommune does not take part in " + p.shortName());
		}
		BookingCheck check = check(programme, kommune, year, category, kind, amount);
		if (!check.allowed()) {
			throw new BookingRefusedException(check);
		}
		if (check.outcome() == BookingCheck.Outcome.WARNING && !warningAccepted) {
			return check;
		}
		Booking booking = new Booking(UUID.randomUUID(), programme, kommune, year, category, kind, amount,
				description.strip(), reference.strip(), LocalDate.now(clock));
		repository.insert(booking, clock.instant());
		audit.record("funding." + kind.name().toLowerCase() + ".booked", "Booking", booking.id().toString(), kommune,
				category + " " + year + ": " + amount + " – " + booking.description());
		return check;
	}

	/**
	 * Records a consultant's invoice for the Kommune's approval, in the cost category the consultant chose. It is
	 * checked against the limit of that category and year like an expense, counting the expenses booked and the
	 * invoices still open in it.
	 * @throws IllegalArgumentException outside the programme period or for a Kommune not in the programme
	 * @throws BookingRefusedException when the category is not eligible or the invoice would exceed its limit
	 */
	@Transactional
	public UUID submitInvoice(ProgrammeId programme, KommuneId kommune, int year, CostCategory category, Money amount,
			String description, String reference, String submittedBy) {
		Programme p = programmes.get(programme);
		requireYear(p, year);
		if (!programmes.kommunenOf(programme).contains(kommune)) {
			throw new IllegalArgumentException("The Kommune does not take part in " + p.shortName());
		}
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("An invoice must be positive");
		}
		FundingRules rules = rules(programme);
		Money open = repository.invoices(programme, kommune).stream()
			.filter(i -> i.isOpen() && i.year() == year && i.category() == category).map(Invoice::amount)
			.reduce(Money.ZERO, Money::plus);
		BookingCheck check = rules.check(category, repository.budget(programme, kommune, year, category),
				carriedInto(rules, programme, kommune, year, category),
				repository.total(programme, kommune, year, category, BookingKind.EXPENSE).plus(open), amount);
		if (!check.allowed()) {
			throw new BookingRefusedException(check);
		}
		Invoice invoice = new Invoice(UUID.randomUUID(), programme, kommune, year, category, amount, description.strip(),
				reference.strip(), Invoice.Status.SUBMITTED, submittedBy, clock.instant());
		repository.insert(invoice);
		audit.record("funding.invoice.submitted", "Invoice", invoice.id().toString(), kommune,
				category + " " + year + ": " + amount + " – " + invoice.description());
		return invoice.id();
	}

	/**
	 * Approves an open invoice: it is booked as an expense in the invoice's category, checked like any booking (a block
	 * above the limit refuses the approval and leaves the invoice open).
	 * @throws BookingRefusedException over the limit
	 */
	@Transactional
	public void approveInvoice(ProgrammeId programme, KommuneId kommune, UUID invoiceId) {
		Invoice invoice = openInvoice(programme, kommune, invoiceId);
		BookingCheck check = check(programme, kommune, invoice.year(), invoice.category(), BookingKind.EXPENSE,
				invoice.amount());
		if (!check.allowed()) {
			throw new BookingRefusedException(check);
		}
		Booking booking = new Booking(UUID.randomUUID(), programme, kommune, invoice.year(), invoice.category(),
				BookingKind.EXPENSE, invoice.amount(), invoice.description(),
				invoice.reference(), LocalDate.now(clock));
		repository.insert(booking, clock.instant());
		repository.decide(invoiceId, Invoice.Status.APPROVED, clock.instant(), booking.id());
		audit.record("funding.invoice.approved", "Invoice", invoiceId.toString(), kommune,
				invoice.amount() + " booked as expense " + booking.id() + " in " + invoice.category());
	}

	@Transactional
	public void rejectInvoice(ProgrammeId programme, KommuneId kommune, UUID invoiceId) {
		openInvoice(programme, kommune, invoiceId);
		repository.decide(invoiceId, Invoice.Status.REJECTED, clock.instant(), null);
		audit.record("funding.invoice.rejected", "Invoice", invoiceId.toString(), kommune, "rejected");
	}

	@Transactional(readOnly = true)
	public List<Invoice> invoices(ProgrammeId programme, KommuneId kommune) {
		return repository.invoices(programme, kommune);
	}

	private Invoice openInvoice(ProgrammeId programme, KommuneId kommune, UUID invoiceId) {
		Invoice invoice = repository.invoices(programme, kommune).stream().filter(i -> i.id().equals(invoiceId))
			.findFirst().orElseThrow(() -> new de.daks.shared.NotFoundException("Invoice " + invoiceId));
		if (!invoice.isOpen()) {
			throw new IllegalStateException("Invoice " + invoiceId + " is " + invoice.status());
		}
		return invoice;
	}

	/**
	 * The Kommune's receipts (expense bookings, approved invoices among them) that no open or paid payment request
	 * claims yet, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Booking> claimableReceipts(ProgrammeId programme, KommuneId kommune) {
		java.util.Set<UUID> claimed = repository.claimedReceipts(programme, kommune);
		return repository.bookings(programme, kommune).stream()
			.filter(b -> b.kind() == BookingKind.EXPENSE && !claimed.contains(b.id()))
			.sorted(java.util.Comparator.comparing(Booking::bookedOn)).toList();
	}

	/**
	 * Requests payment of receipts (Mittelabruf): the amount is their exact sum. Every receipt must be an expense of
	 * the Kommune in the programme, of one year, not claimed by another open or paid request, and what is claimed of
	 * each category of that year must stay within its limit (budget or cap plus carry-over).
	 *
	 * @throws PaymentRequestException naming the broken rule – nothing is stored
	 */
	@Transactional
	public UUID requestPayment(ProgrammeId programme, KommuneId kommune, java.util.Collection<UUID> receiptIds,
			String note, String requestedBy) {
		Programme p = programmes.get(programme);
		if (!programmes.kommunenOf(programme).contains(kommune)) {
			throw new IllegalArgumentException("The Kommune does not take part in " + p.shortName());
		}
		if (receiptIds.isEmpty()) {
			throw new PaymentRequestException("funding.payment.noReceipts");
		}
		if (note.strip().length() > 500) {
			throw new PaymentRequestException("funding.payment.noteTooLong");
		}
		java.util.Map<UUID, Booking> expenses = new java.util.HashMap<>();
		repository.bookings(programme, kommune).stream().filter(b -> b.kind() == BookingKind.EXPENSE)
			.forEach(b -> expenses.put(b.id(), b));
		java.util.Set<UUID> claimed = repository.claimedReceipts(programme, kommune);
		List<Booking> receipts = new ArrayList<>();
		for (UUID id : new java.util.LinkedHashSet<>(receiptIds)) {
			Booking receipt = expenses.get(id);
			if (receipt == null) {
				throw new PaymentRequestException("funding.payment.unknownReceipt");
			}
			if (claimed.contains(id)) {
				throw new PaymentRequestException("funding.payment.alreadyClaimed", label(receipt));
			}
			receipts.add(receipt);
		}
		if (receipts.stream().map(Booking::year).distinct().count() > 1) {
			throw new PaymentRequestException("funding.payment.oneYear");
		}
		int year = receipts.get(0).year();
		FundingOverview overview = overview(programme, kommune);
		for (CostCategory category : CostCategory.values()) {
			Money claim = receipts.stream().filter(r -> r.category() == category).map(Booking::amount)
				.reduce(Money.ZERO, Money::plus);
			if (!claim.isPositive()) {
				continue;
			}
			Money limit = overview.rows().stream().filter(r -> r.year() == year && r.category() == category)
				.map(FundingOverview.Row::planned).findFirst().orElse(Money.ZERO);
			Money before = repository.claimed(programme, kommune, year, category);
			if (before.plus(claim).exceeds(limit)) {
				throw new PaymentRequestException("funding.payment.overBudget", category,
						limit.minus(before).toGerman(), claim.toGerman());
			}
		}
		Money sum = receipts.stream().map(Booking::amount).reduce(Money.ZERO, Money::plus);
		PaymentRequest request = new PaymentRequest(UUID.randomUUID(), programme, kommune, year, sum, note.strip(),
				PaymentRequest.Status.REQUESTED, clock.instant(), null,
				receipts.stream().map(r -> new PaymentRequest.Item(r.id(), r.category(), r.amount(), r.description(),
						r.reference(), r.bookedOn())).toList());
		try {
			repository.insert(request, requestedBy);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// another request claimed one of the receipts at the same moment
			throw new PaymentRequestException("funding.payment.alreadyClaimed", "");
		}
		audit.record("funding.payment.requested", "PaymentRequest", request.id().toString(), kommune,
				year + ": " + sum + " for " + receipts.size() + " receipts "
						+ receipts.stream().map(r -> r.id().toString()).toList());
		return request.id();
	}

	private static String label(Booking receipt) {
		return receipt.reference().isBlank() ? receipt.description() : receipt.reference();
	}

	/**
	 * The office pays out (approves) or rejects an open payment request; a rejection needs a reason and releases the
	 * receipts for a new request.
	 *
	 * @throws PaymentRequestException without a reason for a rejection or with a reason over 500 characters
	 */
	@Transactional
	public void decidePayment(ProgrammeId programme, UUID requestId, boolean paid, String reason, String decidedBy) {
		PaymentRequest request = repository.paymentRequests(programme).stream().filter(r -> r.id().equals(requestId))
			.findFirst().orElseThrow(() -> new de.daks.shared.NotFoundException("Payment request " + requestId));
		String why = reason.strip();
		if (!paid && why.isEmpty()) {
			throw new PaymentRequestException("funding.payment.reasonNeeded");
		}
		if (why.length() > 500) {
			throw new PaymentRequestException("funding.payment.reasonTooLong");
		}
		if (!repository.decide(requestId, paid ? PaymentRequest.Status.PAID : PaymentRequest.Status.REJECTED,
				clock.instant(), why.isEmpty() ? null : why, decidedBy)) {
			throw new IllegalStateException("Payment request " + requestId + " is " + request.status());
		}
		audit.record(paid ? "funding.payment.paid" : "funding.payment.rejected", "PaymentRequest",
				requestId.toString(), request.kommune(), request.amount() + (why.isEmpty() ? "" : " – " + why));
	}

	@Transactional(readOnly = true)
	public List<PaymentRequest> paymentRequests(ProgrammeId programme) {
		return repository.paymentRequests(programme);
	}

	@Transactional(readOnly = true)
	public List<Booking> bookings(ProgrammeId programme, KommuneId kommune) {
		return repository.bookings(programme, kommune);
	}

	/** Planned, committed, spent and remaining by year of the programme period and eligible category. */
	@Transactional(readOnly = true)
	public FundingOverview overview(ProgrammeId programme, KommuneId kommune) {
		Programme p = programmes.get(programme);
		FundingRules rules = rules(programme);
		List<FundingOverview.Row> rows = new ArrayList<>();
		for (int year = p.periodStart().getYear(); year <= p.periodEnd().getYear(); year++) {
			for (CostCategory category : CostCategory.values()) {
				if (!rules.isEligible(category)) {
					continue;
				}
				Money cap = rules.cap(category).orElseThrow();
				Optional<Money> budget = repository.budget(programme, kommune, year, category);
				Money planned = budget.map(b -> b.min(cap)).orElse(cap)
					.plus(carriedInto(rules, programme, kommune, year, category));
				Money committed = repository.total(programme, kommune, year, category, BookingKind.COMMITMENT);
				Money spent = repository.total(programme, kommune, year, category, BookingKind.EXPENSE);
				Money used = committed.compareTo(spent) >= 0 ? committed : spent;
				rows.add(new FundingOverview.Row(year, category, planned, committed, spent, planned.minus(used)));
			}
		}
		return FundingOverview.of(rows);
	}

	/**
	 * The {@link #overview overviews} of several Kommunen of a programme with a fixed number of grouped queries (for
	 * the Synopse of up to 400 Kommunen) – the same figures as {@link #overview} per Kommune.
	 */
	@Transactional(readOnly = true)
	public Map<KommuneId, FundingOverview> overviews(ProgrammeId programme, Collection<KommuneId> kommunen) {
		Programme p = programmes.get(programme);
		FundingRules rules = rules(programme);
		Map<FundingRepository.Key, Money> budgets = repository.budgets(programme);
		Map<FundingRepository.Key, Money> committedAll = repository.totals(programme, BookingKind.COMMITMENT);
		Map<FundingRepository.Key, Money> spentAll = repository.totals(programme, BookingKind.EXPENSE);
		int first = p.periodStart().getYear();
		Map<KommuneId, FundingOverview> out = new LinkedHashMap<>();
		for (KommuneId kommune : kommunen) {
			List<FundingOverview.Row> rows = new ArrayList<>();
			for (int year = first; year <= p.periodEnd().getYear(); year++) {
				for (CostCategory category : CostCategory.values()) {
					if (!rules.isEligible(category)) {
						continue;
					}
					Money cap = rules.cap(category).orElseThrow();
					var key = new FundingRepository.Key(kommune, year, category);
					Money carried = Money.ZERO;
					if (rules.carryOverPercent().signum() != 0 && year - 1 >= first) {
						var previous = new FundingRepository.Key(kommune, year - 1, category);
						Money plannedBefore = Optional.ofNullable(budgets.get(previous)).map(b -> b.min(cap)).orElse(cap);
						carried = rules.carryOver(plannedBefore.minus(larger(
								committedAll.getOrDefault(previous, Money.ZERO), spentAll.getOrDefault(previous, Money.ZERO))));
					}
					Money planned = Optional.ofNullable(budgets.get(key)).map(b -> b.min(cap)).orElse(cap).plus(carried);
					Money committed = committedAll.getOrDefault(key, Money.ZERO);
					Money spent = spentAll.getOrDefault(key, Money.ZERO);
					rows.add(new FundingOverview.Row(year, category, planned, committed, spent,
							planned.minus(larger(committed, spent))));
				}
			}
			out.put(kommune, FundingOverview.of(rows));
		}
		return out;
	}

	private static Money larger(Money a, Money b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** The programmes a Kommune takes part in. */
	@Transactional(readOnly = true)
	public List<Programme> programmesOf(KommuneId kommune) {
		return programmes.findAll().stream().filter(p -> programmes.kommunenOf(p.id()).contains(kommune)).toList();
	}

	private static void requireYear(Programme p, int year) {
		if (year < p.periodStart().getYear() || year > p.periodEnd().getYear()) {
			throw new IllegalArgumentException("The year " + year + " lies outside the programme period");
		}
	}
}
