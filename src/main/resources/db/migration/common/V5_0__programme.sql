-- Programmes of the Geschäftsstelle (e.g. "Zukunftswerkstatt Kommunen" 2021–2024) and the Kommunen taking part.
create table programme (
    id           uuid primary key,
    name         varchar(200) not null,
    short_name   varchar(40)  not null,
    description  varchar(4000) not null,
    period_start date not null,
    period_end   date not null,
    created_at   timestamp not null,
    constraint programme_period check (period_end >= period_start)
);
create unique index programme_short_name on programme (short_name);

create table programme_kommune (
    programme_id uuid not null references programme (id) on delete cascade,
    kommune_id   uuid not null references kommune (id) on delete cascade,
    joined_on    date not null,
    primary key (programme_id, kommune_id)
);
create index programme_kommune_kommune on programme_kommune (kommune_id);
