-- Consultant pool (network module): profiles maintained by the consultant and approved by the Geschäftsstelle,
-- and requests of Kommunen; an accepted request becomes a BERATUNG membership in the identity module.
create table consultant_profile (
    id              uuid primary key,
    user_id         uuid not null,
    display_name    varchar(200) not null,
    organisation    varchar(200) not null,
    themes          varchar(500) not null,
    methods         varchar(300) not null,
    process_steps   varchar(200) not null,
    regions         varchar(300) not null,
    nationwide      boolean not null,
    languages       varchar(200) not null,
    references_text varchar(4000) not null,
    rate_min        numeric(10, 2) not null,
    rate_max        numeric(10, 2) not null,
    days_per_month  integer not null,
    available_from  date,
    status          varchar(20) not null,
    updated_at      timestamp not null,
    approved_at     timestamp,
    constraint consultant_rate check (rate_min > 0 and rate_max >= rate_min),
    constraint consultant_status check (status in ('PENDING', 'APPROVED'))
);
create unique index consultant_profile_user on consultant_profile (user_id);

create table consultant_request (
    id           uuid primary key,
    profile_id   uuid not null references consultant_profile (id) on delete cascade,
    kommune_id   uuid not null references kommune (id) on delete cascade,
    themes       varchar(500) not null,
    process_step varchar(40),
    budget       numeric(12, 2),
    days         integer,
    message      varchar(4000) not null,
    status       varchar(20) not null,
    requested_by uuid not null,
    created_at   timestamp not null,
    decided_at   timestamp,
    constraint consultant_request_status check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED'))
);
create index consultant_request_profile on consultant_request (profile_id);
create index consultant_request_kommune on consultant_request (kommune_id);
