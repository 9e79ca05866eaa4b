-- Attachments of Werkzeugkoffer entries: metadata here, the file in the attachments directory (toolbox/<id>).
create table toolbox_attachment (
    id           uuid primary key,
    entry_id     uuid not null references toolbox_entry (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint not null,
    created_at   timestamp not null
);
create index toolbox_attachment_entry on toolbox_attachment (entry_id);
