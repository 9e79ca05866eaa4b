-- Payment requests (Mittelabrufe) of a Kommune to the programme office for its booked expenses (issue 7).
create table funding_payment_request (
    id           uuid primary key,
    programme_id uuid not null references programme (id) on delete cascade,
    kommune_id   uuid not null references kommune (id) on delete cascade,
    budget_year  integer not null,
    amount       numeric(12, 2) not null,
    note         varchar(500) not null,
    status       varchar(20) not null,
    requested_at timestamp not null,
    decided_at   timestamp,
    constraint funding_payment_request_amount check (amount > 0)
);
create index funding_payment_request_programme on funding_payment_request (programme_id, status);
