-- Materials and recordings of events (network module): files (slides, handouts; content-sniffed) and recordings
-- (a https link or an uploaded audio/video file) added by the Geschäftsstelle after an event. Shown to the registered
-- participants, or to everyone when the office has made the event's materials public.
create table network_event_material (
    id           uuid primary key,
    event_id     uuid not null references network_event (id) on delete cascade,
    kind         varchar(20) not null,
    title        varchar(200) not null,
    file_name    varchar(255),
    content_type varchar(100),
    size_bytes   bigint,
    url          varchar(500),
    created_at   timestamp not null,
    constraint network_material_kind check (kind in ('DOCUMENT', 'RECORDING_FILE', 'RECORDING_LINK')),
    constraint network_material_target check (url is not null or file_name is not null)
);
create index network_event_material_event on network_event_material (event_id);

alter table network_event add column materials_public boolean default false not null;
