-- One-time links (password reset, invitation): only the SHA-256 hash of the random token is stored.
create table identity_token (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    purpose     varchar(40) not null,
    token_hash  varchar(64) not null,
    expires_at  timestamp not null,
    used_at     timestamp,
    created_at  timestamp not null
);
create unique index identity_token_hash on identity_token (token_hash);
create index identity_token_user on identity_token (user_id, purpose);

-- TOTP replay protection: the time step of the last accepted code; a code of that step or earlier is refused.
alter table app_user add column totp_last_step bigint;
create index app_user_oidc_subject on app_user (oidc_subject);
