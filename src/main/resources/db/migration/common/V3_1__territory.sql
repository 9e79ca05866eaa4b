-- The territory tree (Staat → Land → Regierungsbezirk → Kreis → Gemeindeverband → Gemeinde → Quartier) and the
-- datasets it came from. Official nodes are keyed by their ARS prefix (2, 3, 5, 9 or 12 digits), Germany by 'DG',
-- quarters by '<parent ARS>-Q-<key>'.
create table territory_dataset (
    id            uuid primary key,
    kind          varchar(20)  not null,
    file_name     varchar(255) not null,
    sha256        varchar(64)  not null,
    gebietsstand  date,
    imported_at   timestamp    not null,
    imported_by   varchar(320) not null,
    attribution   varchar(300) not null,
    licence       varchar(100) not null,
    record_count  integer      not null
);
create unique index territory_dataset_file on territory_dataset (kind, sha256);

create table area (
    area_key          varchar(40)  primary key,
    level             varchar(20)  not null,
    parent_key        varchar(40),
    name              varchar(200) not null,
    search_name       varchar(200) not null,
    search_plain      varchar(200) not null,
    type_code         varchar(2),
    designation       varchar(80),
    ags               varchar(8),
    seat              varchar(200),
    area_ha           bigint,
    population        bigint,
    population_male   bigint,
    population_female bigint,
    population_date   date,
    postcode          varchar(5),
    dataset_id        uuid references territory_dataset (id),
    kommune_id        uuid,
    retired           boolean      not null default false,
    updated_at        timestamp    not null
);
create index area_parent on area (parent_key);
create index area_search_name on area (search_name);
create index area_search_plain on area (search_plain);
create index area_ags on area (ags);
create index area_postcode on area (postcode);
create index area_level on area (level);
create index area_kommune on area (kommune_id);

-- Boundaries, simplified for maps (GeoJSON geometry in WGS84), with bounding box and a representative point.
create table area_geometry (
    area_key     varchar(40) primary key references area (area_key) on delete cascade,
    geojson      text        not null,
    min_lon      double precision not null,
    min_lat      double precision not null,
    max_lon      double precision not null,
    max_lat      double precision not null,
    point_lon    double precision not null,
    point_lat    double precision not null,
    point_count  integer     not null,
    dataset_id   uuid references territory_dataset (id),
    updated_at   timestamp   not null
);
