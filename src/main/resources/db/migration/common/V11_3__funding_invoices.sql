-- Consultant invoices (issue 7): submitted by the consultant (or recorded by the Kommune), approved or rejected by
-- the Kommune; an approved invoice becomes an expense booking, checked against the rules like any other.
create table funding_invoice (
    id            uuid primary key,
    programme_id  uuid not null references programme (id) on delete cascade,
    kommune_id    uuid not null references kommune (id) on delete cascade,
    budget_year   integer not null,
    amount        numeric(12, 2) not null,
    description   varchar(500) not null,
    reference     varchar(200) not null,
    status        varchar(20) not null,
    submitted_by  varchar(320) not null,
    submitted_at  timestamp not null,
    decided_at    timestamp,
    booking_id    uuid references funding_booking (id),
    constraint funding_invoice_amount check (amount > 0)
);
create index funding_invoice_kommune on funding_invoice (kommune_id, programme_id);
