-- Shared kernel: persisted jobs for long work (imports, projection runs, report generation). A job survives a
-- restart: a running job whose heartbeat stops is queued again (up to its attempt limit) by any node.
create table job (
    id             uuid primary key,
    kind           varchar(64)   not null,
    state          varchar(16)   not null,
    kommune_id     uuid,
    owner          varchar(320),
    payload        text,
    progress_done  bigint        not null default 0,
    progress_total bigint        not null default 0,
    message        varchar(500),
    result         text,
    error          varchar(2000),
    attempts       integer       not null default 0,
    node           varchar(100),
    created_at     timestamp     not null,
    started_at     timestamp,
    finished_at    timestamp,
    heartbeat_at   timestamp
);
create index job_state on job (state, created_at);
create index job_kommune on job (kommune_id, created_at);
