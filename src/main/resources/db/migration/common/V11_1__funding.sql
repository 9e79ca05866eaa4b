-- Funding (issue 7): money rules per programme, budgets per Kommune/year/category, commitments and expenses.
create table funding_rules (
    programme_id     uuid primary key references programme (id) on delete cascade,
    consulting_cap   numeric(12, 2) not null,
    material_cap     numeric(12, 2) not null,
    warning_percent  numeric(5, 2) not null,
    constraint funding_rules_caps check (consulting_cap >= 0 and material_cap >= 0)
);

create table funding_budget (
    programme_id uuid not null references programme (id) on delete cascade,
    kommune_id   uuid not null references kommune (id) on delete cascade,
    budget_year  integer not null,
    category     varchar(40) not null,
    amount       numeric(12, 2) not null,
    primary key (programme_id, kommune_id, budget_year, category),
    constraint funding_budget_amount check (amount >= 0)
);

create table funding_booking (
    id           uuid primary key,
    programme_id uuid not null references programme (id) on delete cascade,
    kommune_id   uuid not null references kommune (id) on delete cascade,
    budget_year  integer not null,
    category     varchar(40) not null,
    kind         varchar(20) not null,
    amount       numeric(12, 2) not null,
    description  varchar(500) not null,
    reference    varchar(200) not null,
    booked_on    date not null,
    created_at   timestamp not null,
    constraint funding_booking_amount check (amount > 0)
);
create index funding_booking_kommune on funding_booking (kommune_id, programme_id, budget_year);
