-- The gespreksresultaten the werkplek offers a medewerker at the end of a contact (KISS calls the field Afhandeling),
-- kept by the beheerder, and the one chosen for each contact registered in the werkplek. The Klantinteracties API has
-- no field for it; KISS keeps it in a database of its own as well. A gespreksresultaat in use is taken out of use,
-- never deleted.
create table werkplek_gespreksresultaat (
    id        integer generated always as identity primary key,
    definitie varchar(200) not null,
    volgorde  integer      not null,
    actief    boolean      not null default true
);
create unique index werkplek_gespreksresultaat_definitie on werkplek_gespreksresultaat (lower(definitie));
insert into werkplek_gespreksresultaat (definitie, volgorde) values
    ('Zelfstandig afgehandeld', 1),
    ('Doorverbonden', 2),
    ('Terugbelverzoek gemaakt', 3),
    ('Verwezen naar een andere organisatie', 4),
    ('Klant neemt zelf weer contact op', 5);

create table werkplek_klantcontact_gespreksresultaat (
    klantcontact_uuid    uuid    primary key references klantcontact (uuid) on delete cascade,
    gespreksresultaat_id integer not null references werkplek_gespreksresultaat (id)
);
create index werkplek_klantcontact_gespreksresultaat_id on werkplek_klantcontact_gespreksresultaat (gespreksresultaat_id);
