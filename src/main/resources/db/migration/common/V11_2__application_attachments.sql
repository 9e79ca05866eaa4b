-- Attachments of applications (council decision, support letter …): metadata here, the file in the attachment store.
create table application_attachment (
    id             uuid primary key,
    application_id uuid not null references application (id) on delete cascade,
    file_name      varchar(255) not null,
    storage_name   varchar(36) not null,
    content_type   varchar(200) not null,
    size_bytes     bigint not null,
    sha256         varchar(64) not null,
    uploaded_at    timestamp not null
);
create index application_attachment_application on application_attachment (application_id);
