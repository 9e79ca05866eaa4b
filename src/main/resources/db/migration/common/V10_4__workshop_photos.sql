-- Zukunftswerkstatt: the moderators' photos are attachments of the process step Zukunftswerkstatt; per workshop the
-- moderation gives each one an alternative text and marks it publishable (shown on the public documentation page).
create table workshop_photo (
    workshop_id   bigint not null references workshop (id) on delete cascade,
    attachment_id uuid not null,
    alt_text      varchar(300),
    publishable   boolean not null,
    primary key (workshop_id, attachment_id)
);
