-- Calls (Bekanntmachungen) of a programme, the applications of Kommunen and their assessment by reviewers (issue 7).
create table programme_call (
    id           uuid primary key,
    programme_id uuid not null references programme (id) on delete cascade,
    title        varchar(300) not null,
    summary      varchar(4000) not null,
    documents    varchar(4000) not null,
    deadline     timestamp not null,
    published    boolean not null,
    created_at   timestamp not null
);
create index programme_call_programme on programme_call (programme_id);

create table application (
    id                 uuid primary key,
    call_id            uuid not null references programme_call (id) on delete cascade,
    applicant_id       uuid not null references app_user (id),
    kommune_id         uuid references kommune (id),
    kommune_name       varchar(200) not null,
    kommune_type       varchar(30) not null,
    land_code          varchar(2),
    area_key           varchar(20),
    population         bigint,
    population_date    varchar(20),
    population_trend   varchar(20) not null,
    grw_area           boolean not null,
    contact_name       varchar(200) not null,
    contact_unit       varchar(200) not null,
    contact_email      varchar(320) not null,
    commitment         varchar(30) not null,
    concepts           varchar(8000) not null,
    networks           varchar(8000) not null,
    cooperation        varchar(8000) not null,
    status             varchar(20) not null,
    created_at         timestamp not null,
    updated_at         timestamp not null,
    submitted_at       timestamp,
    decided_at         timestamp
);
create index application_call on application (call_id);
create index application_applicant on application (applicant_id);

create table application_answer (
    application_id uuid not null references application (id) on delete cascade,
    condition_key  varchar(40) not null,
    answer         varchar(8000) not null,
    primary key (application_id, condition_key)
);

create table application_reviewer (
    application_id   uuid not null references application (id) on delete cascade,
    reviewer_id      uuid not null references app_user (id),
    assigned_at      timestamp not null,
    conflict         boolean not null,
    conflict_note    varchar(2000) not null,
    submitted_at     timestamp,
    primary key (application_id, reviewer_id)
);
create index application_reviewer_reviewer on application_reviewer (reviewer_id);

-- one row per reviewer and condition: a mandatory prerequisite has met (yes/no) + note, a favourable condition a
-- score 0..5 + reason
create table review_entry (
    application_id uuid not null,
    reviewer_id    uuid not null,
    condition_key  varchar(40) not null,
    met            boolean,
    score          integer,
    note           varchar(4000) not null,
    primary key (application_id, reviewer_id, condition_key),
    foreign key (application_id, reviewer_id) references application_reviewer (application_id, reviewer_id)
        on delete cascade,
    constraint review_entry_score check (score is null or (score between 0 and 5))
);
