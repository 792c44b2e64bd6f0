-- The questions an afdeling or groep wants answered with every terugbelverzoek it gets (KISS keeps such forms per
-- afdeling too): the contact form asks them when the verzoek is for that afdeling, and the answers go into the task's
-- toelichting, so that every client of the register reads them.
create table werkplek_afdeling_vraag (
    id            integer generated always as identity primary key,
    afdeling_uuid uuid         not null references actor (uuid) on delete cascade,
    vraag         varchar(200) not null,
    volgorde      integer      not null
);
create index werkplek_afdeling_vraag_afdeling on werkplek_afdeling_vraag (afdeling_uuid, volgorde);
