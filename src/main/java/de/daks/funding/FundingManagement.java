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
import java.util.List;
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
	 * Records a consultant's invoice (external consulting) for the Kommune's approval.
	 * @throws IllegalArgumentException outside the programme period or for a Kommune not in the programme
	 */
	@Transactional
	public UUID submitInvoice(ProgrammeId programme, KommuneId kommune, int year, Money amount, String description,
			String reference, String submittedBy) {
		Programme p = programmes.get(programme);
		requireYear(p, year);
		if (!programmes.kommunenOf(programme).contains(kommune)) {
			throw new IllegalArgumentException("The Kommune does not take part in " + p.shortName());
		}
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("An invoice must be positive");
		}
		Invoice invoice = new Invoice(UUID.randomUUID(), programme, kommune, year, amount, description.strip(),
				reference.strip(), Invoice.Status.SUBMITTED, submittedBy, clock.instant());
		repository.insert(invoice);
		audit.record("funding.invoice.submitted", "Invoice", invoice.id().toString(), kommune,
				amount + " – " + invoice.description());
		return invoice.id();
	}

	/**
	 * Approves an open invoice: it is booked as an expense of external consulting, checked like any booking (a block
	 * above the limit refuses the approval and leaves the invoice open).
	 * @throws BookingRefusedException over the limit
	 */
	@Transactional
	public void approveInvoice(ProgrammeId programme, KommuneId kommune, UUID invoiceId) {
		Invoice invoice = openInvoice(programme, kommune, invoiceId);
		BookingCheck check = check(programme, kommune, invoice.year(), CostCategory.EXTERNAL_CONSULTING,
				BookingKind.EXPENSE, invoice.amount());
		if (!check.allowed()) {
			throw new BookingRefusedException(check);
		}
		Booking booking = new Booking(UUID.randomUUID(), programme, kommune, invoice.year(),
				CostCategory.EXTERNAL_CONSULTING, BookingKind.EXPENSE, invoice.amount(), invoice.description(),
				invoice.reference(), LocalDate.now(clock));
		repository.insert(booking, clock.instant());
		repository.decide(invoiceId, Invoice.Status.APPROVED, clock.instant(), booking.id());
		audit.record("funding.invoice.approved", "Invoice", invoiceId.toString(), kommune,
				invoice.amount() + " booked as expense " + booking.id());
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
	 * Requests payment of booked expenses of a year: at most the expenses of that year not yet requested (requests
	 * that were rejected do not count).
	 * @throws IllegalArgumentException naming the amount still requestable when the request exceeds it
	 */
	@Transactional
	public UUID requestPayment(ProgrammeId programme, KommuneId kommune, int year, Money amount, String note) {
		Programme p = programmes.get(programme);
		requireYear(p, year);
		Money spent = Money.ZERO;
		for (CostCategory category : CostCategory.values()) {
			spent = spent.plus(repository.total(programme, kommune, year, category, BookingKind.EXPENSE));
		}
		Money requested = repository.paymentRequests(programme).stream()
			.filter(r -> r.kommune().equals(kommune) && r.year() == year && r.status() != PaymentRequest.Status.REJECTED)
			.map(PaymentRequest::amount).reduce(Money.ZERO, Money::plus);
		Money requestable = spent.minus(requested);
		if (!amount.isPositive() || amount.exceeds(requestable)) {
			throw new IllegalArgumentException("At most " + requestable.toGerman() + " can be requested");
		}
		PaymentRequest request = new PaymentRequest(UUID.randomUUID(), programme, kommune, year, amount, note.strip(),
				PaymentRequest.Status.REQUESTED, clock.instant());
		repository.insert(request);
		audit.record("funding.payment.requested", "PaymentRequest", request.id().toString(), kommune,
				year + ": " + amount);
		return request.id();
	}

	/** The office pays out or rejects an open payment request. */
	@Transactional
	public void decidePayment(ProgrammeId programme, UUID requestId, boolean paid) {
		PaymentRequest request = repository.paymentRequests(programme).stream().filter(r -> r.id().equals(requestId))
			.findFirst().orElseThrow(() -> new de.daks.shared.NotFoundException("Payment request " + requestId));
		if (!repository.decide(requestId, paid ? PaymentRequest.Status.PAID : PaymentRequest.Status.REJECTED,
				clock.instant())) {
			throw new IllegalStateException("Payment request " + requestId + " is " + request.status());
		}
		audit.record(paid ? "funding.payment.paid" : "funding.payment.rejected", "PaymentRequest",
				requestId.toString(), request.kommune(), request.amount().toString());
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
