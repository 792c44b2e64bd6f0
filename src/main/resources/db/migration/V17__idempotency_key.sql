-- The answers to writes sent with an Idempotency-Key, so that a client's retry of a POST (or a medewerker's second
-- click) gets the first answer instead of making the object twice. A key is the client's: it counts per application
-- (the token's name, or the werkplek and its medewerker). While the first request runs, status is null.
create table idempotency_key (
    application   text         not null,
    key           text         not null,
    request_hash  bytea        not null,
    status        integer,
    headers       jsonb,
    body          bytea,
    created_at    timestamptz  not null default now(),
    primary key (application, key)
);

-- Expired keys are pruned by age.
create index idempotency_key_created_at on idempotency_key (created_at);
