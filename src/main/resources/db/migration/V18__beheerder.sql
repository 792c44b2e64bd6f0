-- The functioneel beheerder's role: the screens under /werkplek/beheer (tokens, accounts, notifications). It gives no
-- sight of confidential data: that stays the vertrouwelijk role's.
alter table medewerker_account add column beheerder boolean not null default false;
