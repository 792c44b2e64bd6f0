-- The accounts of the medewerkers who use the werkplek in the browser. Each account acts as one actor of soort
-- medewerker and works for the afdelingen (actors of soort organisatorische_eenheid) it lists. The actors are not
-- foreign keys: an actor removed through the API must not fail on an account; the werkplek checks them when used.
create table medewerker_account (
    gebruikersnaam          varchar(100) primary key,
    -- bcrypt, through Spring Security's PasswordEncoder; the password itself is shown once, when it is made
    password_hash           varchar(100) not null,
    naam                    varchar(200) not null,
    actor_uuid              uuid         not null,
    afdelingen              uuid[]       not null default '{}',
    -- may see confidential klantcontacten and secret partijen, as the vertrouwelijk scope of a token
    vertrouwelijk           boolean      not null default false,
    created_at              timestamptz  not null default now(),
    password_changed_at     timestamptz  not null default now(),
    disabled_at             timestamptz,
    -- consecutive failed logins since the last good one, which slow the next attempts down
    failed_logins           integer      not null default 0,
    last_failed_login_at    timestamptz
);
create index medewerker_account_actor on medewerker_account (actor_uuid);
