-- The Kommunen of DAKS. The territory tree (areas, V3_1 onwards) is separate: a Kommune points to one or several
-- nodes by key (ARS/AGS or a DAKS quarter key).
create table kommune (
    id              uuid primary key,
    name            varchar(200) not null,
    kind            varchar(40) not null,
    land_code       varchar(2),
    population      bigint,
    population_date varchar(10),
    area_km2        numeric(12, 2),
    synthetic       boolean not null default false,
    created_at      timestamp not null
);
create table kommune_area (
    kommune_id uuid not null references kommune (id) on delete cascade,
    area_key   varchar(40) not null,
    position   integer not null,
    primary key (kommune_id, area_key)
);
create index kommune_area_key on kommune_area (area_key);
