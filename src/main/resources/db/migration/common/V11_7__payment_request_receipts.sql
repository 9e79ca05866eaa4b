-- Payment requests tied to receipts (issue 7): a request lists the expenses (receipts, incl. approved invoices) it
-- claims; its amount is their exact sum. A receipt is claimed by at most one request that is open or paid:
-- claimed_booking_id holds the booking while the claim stands and is cleared when the request is rejected, so the
-- unique constraint (NULLs are distinct on H2 and PostgreSQL) refuses a second claim even under concurrency.
alter table funding_payment_request add column reason varchar(500);
alter table funding_payment_request add column requested_by varchar(320);
alter table funding_payment_request add column decided_by varchar(320);

create table funding_payment_item (
    request_id         uuid not null references funding_payment_request (id) on delete cascade,
    booking_id         uuid not null references funding_booking (id),
    amount             numeric(12, 2) not null,
    claimed_booking_id uuid,
    primary key (request_id, booking_id),
    constraint funding_payment_item_claim unique (claimed_booking_id),
    constraint funding_payment_item_claim_own check (claimed_booking_id is null or claimed_booking_id = booking_id),
    constraint funding_payment_item_amount check (amount > 0)
);
create index funding_payment_item_booking on funding_payment_item (booking_id);
