-- Newsletter (network module): subscribers with double opt-in and one-click unsubscribe, issues composed by the
-- Geschäftsstelle, deliveries per subscriber (batches can resume without sending twice).
create table newsletter_subscriber (
    id                uuid primary key,
    email             varchar(320) not null,
    segments          varchar(100) not null,
    status            varchar(20) not null,
    confirm_token     varchar(64) not null,
    unsubscribe_token varchar(64) not null,
    created_at        timestamp not null,
    confirmed_at      timestamp,
    unsubscribed_at   timestamp,
    constraint newsletter_subscriber_status check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED'))
);
create unique index newsletter_subscriber_email on newsletter_subscriber (email);
create unique index newsletter_subscriber_confirm on newsletter_subscriber (confirm_token);
create unique index newsletter_subscriber_unsubscribe on newsletter_subscriber (unsubscribe_token);

create table newsletter_issue (
    id         uuid primary key,
    subject    varchar(200) not null,
    body       varchar(40000) not null,
    segments   varchar(100) not null,
    status     varchar(20) not null,
    created_at timestamp not null,
    sent_at    timestamp,
    recipients integer not null,
    constraint newsletter_issue_status check (status in ('DRAFT', 'SENT'))
);

create table newsletter_delivery (
    issue_id      uuid not null references newsletter_issue (id) on delete cascade,
    subscriber_id uuid not null references newsletter_subscriber (id) on delete cascade,
    sent_at       timestamp not null,
    primary key (issue_id, subscriber_id)
);
