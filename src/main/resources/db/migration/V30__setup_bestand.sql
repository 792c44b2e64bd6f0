-- What the setup file (KLANTINTERACTIES_SETUP_FILE) provisioned: the file is the truth for these, so the beheer screens
-- show them as such, and a token the file no longer lists is revoked at the next start.
alter table api_token add column provisioned boolean not null default false;
alter table medewerker_account add column provisioned boolean not null default false;
