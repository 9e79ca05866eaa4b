-- Shared kernel: audit log. Versions V1_x belong to shared, V2_x identity, V3_x territory, V4_x process,
-- V5_x programme; each module adds its own migrations in its range.
create table audit_event (
    id           uuid primary key,
    occurred_at  timestamp not null,
    actor        varchar(320) not null,
    action       varchar(120) not null,
    subject_type varchar(80)  not null,
    subject_id   varchar(120),
    kommune_id   uuid,
    details      varchar(2000) not null
);
create index audit_event_kommune on audit_event (kommune_id, occurred_at);
create index audit_event_time on audit_event (occurred_at);
