package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FundingRepository {

	private final JdbcClient jdbc;

	FundingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FundingRules> rules(ProgrammeId programme) {
		return jdbc.sql("select * from funding_rules where programme_id = :p").param("p", programme.value())
			.query((rs, n) -> {
				Map<CostCategory, Money> caps = new EnumMap<>(CostCategory.class);
				caps.put(CostCategory.EXTERNAL_CONSULTING, new Money(rs.getBigDecimal("consulting_cap")));
				caps.put(CostCategory.MATERIAL_COSTS, new Money(rs.getBigDecimal("material_cap")));
				return new FundingRules(caps,
						EnumSet.of(CostCategory.CONSTRUCTION_INVESTMENT, CostCategory.PUBLIC_STAFF),
						rs.getBigDecimal("warning_percent"), rs.getBigDecimal("carry_over_percent"));
			}).optional();
	}

	void saveRules(ProgrammeId programme, FundingRules rules) {
		jdbc.sql("delete from funding_rules where programme_id = :p").param("p", programme.value()).update();
		jdbc.sql("""
				insert into funding_rules (programme_id, consulting_cap, material_cap, warning_percent, carry_over_percent)
				values (:p, :c, :m, :w, :carry)""")
			.param("carry", rules.carryOverPercent())
			.param("p", programme.value())
			.param("c", rules.cap(CostCategory.EXTERNAL_CONSULTING).orElse(Money.ZERO).amount())
			.param("m", rules.cap(CostCategory.MATERIAL_COSTS).orElse(Money.ZERO).amount())
			.param("w", rules.warningPercent()).update();
	}

	Optional<Money> budget(ProgrammeId programme, KommuneId kommune, int year, CostCategory category) {
		return jdbc.sql("""
				select amount from funding_budget
				where programme_id = :p and kommune_id = :k and budget_year = :y and category = :c""")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year).param("c", category.name())
			.query(BigDecimal.class).optional().map(Money::new);
	}

	void saveBudget(ProgrammeId programme, KommuneId kommune, int year, CostCategory category, Money amount) {
		jdbc.sql("""
				delete from funding_budget
				where programme_id = :p and kommune_id = :k and budget_year = :y and category = :c""")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year).param("c", category.name())
			.update();
		jdbc.sql("""
				insert into funding_budget (programme_id, kommune_id, budget_year, category, amount)
				values (:p, :k, :y, :c, :a)""")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year).param("c", category.name())
			.param("a", amount.amount()).update();
	}

	Money total(ProgrammeId programme, KommuneId kommune, int year, CostCategory category, BookingKind kind) {
		BigDecimal sum = jdbc.sql("""
				select coalesce(sum(amount), 0) from funding_booking
				where programme_id = :p and kommune_id = :k and budget_year = :y and category = :c and kind = :kind""")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year).param("c", category.name())
			.param("kind", kind.name()).query(BigDecimal.class).single();
		return new Money(sum);
	}

	/** The budgets set in a programme, keyed by Kommune, year and category (one query for all Kommunen). */
	Map<Key, Money> budgets(ProgrammeId programme) {
		Map<Key, Money> out = new java.util.HashMap<>();
		jdbc.sql("select kommune_id, budget_year, category, amount from funding_budget where programme_id = :p")
			.param("p", programme.value())
			.query(rs -> {
				out.put(key(rs), new Money(rs.getBigDecimal("amount")));
			});
		return out;
	}

	/** The booked sums of a programme of one kind, keyed by Kommune, year and category (one grouped query). */
	Map<Key, Money> totals(ProgrammeId programme, BookingKind kind) {
		Map<Key, Money> out = new java.util.HashMap<>();
		jdbc.sql("""
				select kommune_id, budget_year, category, coalesce(sum(amount), 0) as amount from funding_booking
				where programme_id = :p and kind = :kind group by kommune_id, budget_year, category""")
			.param("p", programme.value()).param("kind", kind.name())
			.query(rs -> {
				out.put(key(rs), new Money(rs.getBigDecimal("amount")));
			});
		return out;
	}

	private static Key key(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Key(new KommuneId(rs.getObject("kommune_id", UUID.class)), rs.getInt("budget_year"),
				CostCategory.valueOf(rs.getString("category")));
	}

	/** A Kommune's year and category in the bulk reads. */
	record Key(KommuneId kommune, int year, CostCategory category) {
	}

	void insert(Booking b, Instant now) {
		jdbc.sql("""
				insert into funding_booking (id, programme_id, kommune_id, budget_year, category, kind, amount,
				  description, reference, booked_on, created_at)
				values (:id, :p, :k, :y, :c, :kind, :a, :d, :r, :on, :at)""")
			.param("id", b.id()).param("p", b.programme().value()).param("k", b.kommune().value())
			.param("y", b.year()).param("c", b.category().name()).param("kind", b.kind().name())
			.param("a", b.amount().amount()).param("d", b.description()).param("r", b.reference())
			.param("on", Date.valueOf(b.bookedOn())).param("at", Timestamp.from(now)).update();
	}

	List<Booking> bookings(ProgrammeId programme, KommuneId kommune) {
		return jdbc.sql("""
				select * from funding_booking where programme_id = :p and kommune_id = :k
				order by budget_year desc, booked_on desc, created_at desc""")
			.param("p", programme.value()).param("k", kommune.value())
			.query((rs, n) -> new Booking(rs.getObject("id", UUID.class),
					new ProgrammeId(rs.getObject("programme_id", UUID.class)),
					new KommuneId(rs.getObject("kommune_id", UUID.class)), rs.getInt("budget_year"),
					CostCategory.valueOf(rs.getString("category")), BookingKind.valueOf(rs.getString("kind")),
					new Money(rs.getBigDecimal("amount")), rs.getString("description"), rs.getString("reference"),
					rs.getDate("booked_on").toLocalDate()))
			.list();
	}

	void insert(Invoice i) {
		jdbc.sql("""
				insert into funding_invoice (id, programme_id, kommune_id, budget_year, category, amount, description,
				  reference, status, submitted_by, submitted_at)
				values (:id, :p, :k, :y, :c, :a, :d, :r, :s, :by, :at)""")
			.param("c", i.category().name())
			.param("id", i.id()).param("p", i.programme().value()).param("k", i.kommune().value())
			.param("y", i.year()).param("a", i.amount().amount()).param("d", i.description())
			.param("r", i.reference()).param("s", i.status().name()).param("by", i.submittedBy())
			.param("at", Timestamp.from(i.submittedAt())).update();
	}

	boolean decide(UUID invoice, Invoice.Status status, Instant at, java.util.@org.jspecify.annotations.Nullable UUID booking) {
		return jdbc.sql("""
				update funding_invoice set status = :s, decided_at = :at, booking_id = :b
				where id = :id and status = 'SUBMITTED'""")
			.param("id", invoice).param("s", status.name()).param("at", Timestamp.from(at)).param("b", booking)
			.update() == 1;
	}

	List<Invoice> invoices(ProgrammeId programme, KommuneId kommune) {
		return jdbc.sql("""
				select * from funding_invoice where programme_id = :p and kommune_id = :k order by submitted_at desc""")
			.param("p", programme.value()).param("k", kommune.value())
			.query((rs, n) -> new Invoice(rs.getObject("id", UUID.class),
					new ProgrammeId(rs.getObject("programme_id", UUID.class)),
					new KommuneId(rs.getObject("kommune_id", UUID.class)), rs.getInt("budget_year"),
					CostCategory.valueOf(rs.getString("category")),
					new Money(rs.getBigDecimal("amount")), rs.getString("description"), rs.getString("reference"),
					Invoice.Status.valueOf(rs.getString("status")), rs.getString("submitted_by"),
					rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	void insert(PaymentRequest r, String requestedBy) {
		jdbc.sql("""
				insert into funding_payment_request (id, programme_id, kommune_id, budget_year, amount, note, status,
				  requested_at, requested_by)
				values (:id, :p, :k, :y, :a, :n, :s, :at, :by)""")
			.param("id", r.id()).param("p", r.programme().value()).param("k", r.kommune().value())
			.param("y", r.year()).param("a", r.amount().amount()).param("n", r.note()).param("s", r.status().name())
			.param("at", Timestamp.from(r.requestedAt())).param("by", requestedBy).update();
		for (PaymentRequest.Item item : r.items()) {
			jdbc.sql("""
					insert into funding_payment_item (request_id, booking_id, amount, claimed_booking_id)
					values (:r, :b, :a, :b)""")
				.param("r", r.id()).param("b", item.bookingId()).param("a", item.amount().amount()).update();
		}
	}

	/** The office's decision on an open request; a rejection releases its receipts for another request. */
	boolean decide(UUID request, PaymentRequest.Status status, Instant at, @org.jspecify.annotations.Nullable String reason,
			String decidedBy) {
		boolean decided = jdbc.sql("""
				update funding_payment_request set status = :s, decided_at = :at, reason = :reason, decided_by = :by
				where id = :id and status = 'REQUESTED'""")
			.param("id", request).param("s", status.name()).param("at", Timestamp.from(at)).param("reason", reason)
			.param("by", decidedBy).update() == 1;
		if (decided && status == PaymentRequest.Status.REJECTED) {
			jdbc.sql("update funding_payment_item set claimed_booking_id = null where request_id = :r")
				.param("r", request).update();
		}
		return decided;
	}

	/** The receipts of the Kommune that an open or paid request claims. */
	java.util.Set<UUID> claimedReceipts(ProgrammeId programme, KommuneId kommune) {
		return new java.util.HashSet<>(jdbc.sql("""
				select i.claimed_booking_id from funding_payment_item i
				join funding_payment_request r on r.id = i.request_id
				where r.programme_id = :p and r.kommune_id = :k and i.claimed_booking_id is not null""")
			.param("p", programme.value()).param("k", kommune.value()).query(UUID.class).list());
	}

	/** What open and paid requests claim of the receipts of a year and category. */
	Money claimed(ProgrammeId programme, KommuneId kommune, int year, CostCategory category) {
		BigDecimal sum = jdbc.sql("""
				select coalesce(sum(i.amount), 0) from funding_payment_item i
				join funding_booking b on b.id = i.booking_id
				where b.programme_id = :p and b.kommune_id = :k and b.budget_year = :y and b.category = :c
				  and i.claimed_booking_id is not null""")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year).param("c", category.name())
			.query(BigDecimal.class).single();
		return new Money(sum);
	}

	List<PaymentRequest> paymentRequests(ProgrammeId programme) {
		Map<UUID, List<PaymentRequest.Item>> items = new java.util.HashMap<>();
		jdbc.sql("""
				select i.request_id, i.booking_id, i.amount, b.category, b.description, b.reference, b.booked_on
				from funding_payment_item i
				join funding_payment_request r on r.id = i.request_id
				join funding_booking b on b.id = i.booking_id
				where r.programme_id = :p order by b.booked_on, b.created_at""")
			.param("p", programme.value())
			.query((rs, n) -> Map.entry(rs.getObject("request_id", UUID.class),
					new PaymentRequest.Item(rs.getObject("booking_id", UUID.class),
							CostCategory.valueOf(rs.getString("category")), new Money(rs.getBigDecimal("amount")),
							rs.getString("description"), rs.getString("reference"),
							rs.getDate("booked_on").toLocalDate())))
			.list().forEach(e -> items.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return jdbc.sql("select * from funding_payment_request where programme_id = :p order by requested_at desc")
			.param("p", programme.value())
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new PaymentRequest(id, new ProgrammeId(rs.getObject("programme_id", UUID.class)),
						new KommuneId(rs.getObject("kommune_id", UUID.class)), rs.getInt("budget_year"),
						new Money(rs.getBigDecimal("amount")), rs.getString("note"),
						PaymentRequest.Status.valueOf(rs.getString("status")),
						rs.getTimestamp("requested_at").toInstant(), rs.getString("reason"),
						items.getOrDefault(id, List.of()));
			})
			.list();
	}
}
