-- The annual short report (Kurzbericht) of a Kommune in a programme (issue 7): drafted from what DAKS knows,
-- completed and submitted by the team; the office sees who is late.
create table kurzbericht (
    programme_id uuid not null references programme (id) on delete cascade,
    kommune_id   uuid not null references kommune (id) on delete cascade,
    report_year  integer not null,
    progress     varchar(8000) not null,
    activities   varchar(8000) not null,
    spending     varchar(8000) not null,
    outlook      varchar(8000) not null,
    status       varchar(20) not null,
    updated_at   timestamp not null,
    submitted_at timestamp,
    primary key (programme_id, kommune_id, report_year)
);
