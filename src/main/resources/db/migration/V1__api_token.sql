-- Keys that applications present as "Authorization: Token <key>". Only a SHA-256 hash of each key is kept: the key
-- itself is shown once, when it is made.
create table api_token (
    id          uuid primary key,
    name        varchar(200) not null,
    key_hash    bytea        not null unique,
    -- null: every scope (tokens made before scopes existed keep full access)
    scopes      text[],
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz,
    revoked_at  timestamptz
);

-- One active token per application name, so that "tokens revoke <name>" names exactly one.
create unique index api_token_active_name on api_token (name) where revoked_at is null;
