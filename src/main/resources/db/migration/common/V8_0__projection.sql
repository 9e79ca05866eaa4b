-- Projection runs of a Kommune: what was asked (base year, horizon, method, settings incl. seed and edited
-- assumptions), the inputs it used (the observations themselves, their datasets and a SHA-256 over them) so that the
-- run can be reproduced, and its results in canonical form with the 80 % interval (p10, p90).
create table projection_run (
    id            uuid primary key,
    kommune_id    uuid          not null,
    area_key      varchar(40)   not null,
    base_year     integer       not null,
    horizon       integer       not null check (horizon between 1 and 30),
    method        varchar(30)   not null,
    history_years integer       not null,
    scenario      varchar(100)  not null,
    batch_id      uuid          not null,
    settings      text          not null,
    status        varchar(16)   not null,
    job_id        uuid,
    reproduces    uuid references projection_run (id) on delete set null,
    input_datasets text,
    input_hash    varchar(64),
    result_hash   varchar(64),
    notes         text,
    error         varchar(2000),
    created_by    varchar(320)  not null,
    created_at    timestamp     not null,
    finished_at   timestamp
);
create index projection_run_kommune on projection_run (kommune_id, created_at);
create index projection_run_batch on projection_run (batch_id);

-- The observations a run read (population by sex and age of the base period, births and deaths), for reproduction.
create table projection_input (
    run_id   uuid             not null references projection_run (id) on delete cascade,
    area     varchar(40)      not null,
    ref_date date             not null,
    measure  varchar(30)      not null,
    sex      char(1)          not null,
    age_from smallint         not null,
    age_to   smallint,
    val      double precision not null
);
create index projection_input_run on projection_input (run_id);

-- Results: sex f/m by the run's age groups (as daks project writes them), plus sex t rows for the total (age 0+) and
-- the five-year groups whose intervals are quantiles of the simulated sums. The base date is stored too (p10 = p90).
create table projection_result (
    run_id   uuid             not null references projection_run (id) on delete cascade,
    area     varchar(40)      not null,
    ref_date date             not null,
    sex      char(1)          not null,
    age_from smallint         not null,
    age_to   smallint,
    val      double precision not null,
    p10      double precision not null,
    p90      double precision not null
);
create index projection_result_run on projection_result (run_id, area, ref_date);
