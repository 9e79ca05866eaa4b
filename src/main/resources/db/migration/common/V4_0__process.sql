-- Process module: the five steps of each Kommune. The Kommune is referenced by id only (no foreign key into the
-- territory module's tables: modules meet through their APIs, not their tables).

-- One row per Kommune whose process rows exist; inserted first so that concurrent lazy initialisation is safe.
create table process_instance (
    kommune_id uuid primary key,
    created_at timestamp not null
);

create table process_step (
    kommune_id      uuid not null,
    step            varchar(40) not null,
    status          varchar(20) not null,
    changed_at      timestamp,
    changed_by_id   uuid,
    changed_by_name varchar(200),
    primary key (kommune_id, step)
);

-- The product's default checklist items: data, not code, so the programme office can improve the wording.
create table process_checklist_template (
    code     varchar(80) primary key,
    step     varchar(40) not null,
    position integer not null,
    text_de  varchar(500) not null,
    text_en  varchar(500) not null,
    active   boolean not null default true
);

-- A Kommune's checklist: copies of the template (template_code set, text from the template in the reader's
-- language) and the team's own items (text set).
create table process_checklist_item (
    id              uuid primary key,
    kommune_id      uuid not null,
    step            varchar(40) not null,
    template_code   varchar(80) references process_checklist_template (code),
    text            varchar(500),
    position        integer not null,
    done            boolean not null default false,
    done_at         timestamp,
    done_by_id      uuid,
    done_by_name    varchar(200),
    created_at      timestamp not null,
    created_by_name varchar(200) not null,
    constraint process_checklist_item_template unique (kommune_id, template_code)
);
create index process_checklist_item_kommune on process_checklist_item (kommune_id, step, position);

create table process_note (
    id          uuid primary key,
    kommune_id  uuid not null,
    step        varchar(40) not null,
    text        text not null,
    author_id   uuid,
    author_name varchar(200) not null,
    created_at  timestamp not null
);
create index process_note_kommune on process_note (kommune_id, step, created_at);

-- Files live on disk under daks.attachments.directory with a random name (storage_name); the row keeps the
-- user's file name, the content type detected from the bytes, the size and a checksum.
create table process_attachment (
    id               uuid primary key,
    kommune_id       uuid not null,
    step             varchar(40) not null,
    file_name        varchar(255) not null,
    content_type     varchar(120) not null,
    size_bytes       bigint not null,
    sha256           varchar(64) not null,
    storage_name     varchar(80) not null,
    uploaded_by_id   uuid,
    uploaded_by_name varchar(200) not null,
    uploaded_at      timestamp not null
);
create index process_attachment_kommune on process_attachment (kommune_id, step, uploaded_at);

-- The history shown per step (the audit log keeps the technical record of the same changes).
create table process_history (
    id          uuid primary key,
    kommune_id  uuid not null,
    step        varchar(40) not null,
    occurred_at timestamp not null,
    actor_name  varchar(200) not null,
    kind        varchar(40) not null,
    detail      varchar(1000) not null
);
create index process_history_kommune on process_history (kommune_id, occurred_at);

-- Kick-Off tools
create table kickoff_stakeholder (
    id           uuid primary key,
    kommune_id   uuid not null,
    organisation varchar(200) not null,
    person       varchar(200),
    role         varchar(200),
    email        varchar(320),
    phone        varchar(60),
    category     varchar(40) not null,
    invited      boolean not null default false,
    attended     boolean not null default false,
    created_at   timestamp not null,
    updated_at   timestamp not null
);
create index kickoff_stakeholder_kommune on kickoff_stakeholder (kommune_id);

create table kickoff_agenda_item (
    id          uuid primary key,
    kommune_id  uuid not null,
    position    integer not null,
    start_time  time,
    topic       varchar(300) not null,
    responsible varchar(200)
);
create index kickoff_agenda_item_kommune on kickoff_agenda_item (kommune_id, position);

create table kickoff_minutes (
    kommune_id   uuid primary key,
    meeting_date date,
    place        varchar(200),
    participants integer,
    text         text,
    decisions    text,
    updated_at   timestamp not null,
    updated_by   varchar(200) not null
);

create table kickoff_next_step (
    id         uuid primary key,
    kommune_id uuid not null,
    position   integer not null,
    what       varchar(500) not null,
    who        varchar(200),
    due_date   date,
    done       boolean not null default false
);
create index kickoff_next_step_kommune on kickoff_next_step (kommune_id, position);
