-- Events of the programme (network module): online seminars, regional workshop meetings, conferences; registration
-- with capacity and waiting list, attendance, material afterwards. Regional meetings and conferences count for the
-- Kommunen's obligation of two programme meetings a year (counted from attendance).
create table network_event (
    id          uuid primary key,
    kind        varchar(20) not null,
    title       varchar(200) not null,
    description varchar(4000) not null,
    programme   varchar(8000) not null,
    location    varchar(300) not null,
    online_url  varchar(500),
    starts_at   timestamp not null,
    ends_at     timestamp not null,
    capacity    integer not null,
    materials   varchar(8000) not null,
    created_at  timestamp not null,
    constraint network_event_kind check (kind in ('ONLINE_SEMINAR', 'REGIONAL_MEETING', 'CONFERENCE')),
    constraint network_event_time check (ends_at > starts_at),
    constraint network_event_capacity check (capacity > 0)
);
create index network_event_start on network_event (starts_at);

create table network_event_registration (
    id            uuid primary key,
    event_id      uuid not null references network_event (id) on delete cascade,
    user_id       uuid not null,
    name          varchar(200) not null,
    email         varchar(320) not null,
    kommune_id    uuid references kommune (id) on delete set null,
    status        varchar(20) not null,
    registered_at timestamp not null,
    attended      boolean not null,
    reminded_at   timestamp,
    constraint network_registration_status check (status in ('REGISTERED', 'WAITING', 'CANCELLED'))
);
create unique index network_registration_user on network_event_registration (event_id, user_id);
create index network_registration_kommune on network_event_registration (kommune_id);
