create table app_user (
    id              uuid primary key,
    email           varchar(320) not null,
    display_name    varchar(200) not null,
    password_hash   varchar(200),
    global_role     varchar(40),
    enabled         boolean not null default true,
    failed_logins   integer not null default 0,
    locked_until    timestamp,
    totp_secret     varchar(200),
    totp_enabled    boolean not null default false,
    oidc_subject    varchar(320),
    created_at      timestamp not null
);
create unique index app_user_email on app_user (email);

create table membership (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    kommune_id  uuid not null,
    role        varchar(40) not null,
    created_at  timestamp not null,
    constraint membership_unique unique (user_id, kommune_id, role)
);
create index membership_kommune on membership (kommune_id);
