-- The partij side of the Klantinteracties API and the Contactgegevens API: who the municipality deals with, how they
-- are identified in the BRP and the Handelsregister, and how they can be reached.

create table partij (
    uuid                             uuid primary key,
    nummer                           varchar(10) unique,
    interne_notitie                  varchar(1000) not null default '',
    soort_partij                     varchar(20)   not null,
    indicatie_geheimhouding          boolean,
    voorkeurstaal                    varchar(3)    not null default '',
    indicatie_actief                 boolean       not null,
    bezoekadres                      jsonb,
    correspondentieadres             jsonb,
    -- partijIdentificatie, the part that depends on soort_partij; null when it was never given
    partij_identificatie             jsonb,
    -- a contactpersoon works for an organisatie; when that partij goes, the contactpersoon stays
    werkte_voor_partij_uuid          uuid references partij (uuid) on delete set null,
    -- the foreign keys of the two voorkeuren follow their tables below
    voorkeurs_digitaal_adres_uuid    uuid,
    voorkeurs_rekeningnummer_uuid    uuid
);
create index partij_soort on partij (soort_partij);
create index partij_werkte_voor on partij (werkte_voor_partij_uuid);
create index partij_bezoekadres_nummeraanduiding on partij ((bezoekadres ->> 'nummeraanduidingId'));
create index partij_correspondentieadres_nummeraanduiding on partij ((correspondentieadres ->> 'nummeraanduidingId'));
create index partij_bezoekadres_postcode on partij ((bezoekadres ->> 'postcode'), ((bezoekadres ->> 'huisnummer')));

-- Deleting a partij keeps the history of its contacts: its betrokkenen keep their own data and lose only the link.
alter table betrokkene
    add constraint betrokkene_partij foreign key (partij_uuid) references partij (uuid) on delete set null;

create table partij_identificator (
    uuid                           uuid primary key,
    partij_uuid                    uuid references partij (uuid) on delete cascade,
    andere_partij_identificator    varchar(200) not null default '',
    code_objecttype                varchar(30)  not null,
    code_soort_object_id           varchar(30)  not null,
    object_id                      varchar(200) not null,
    code_register                  varchar(10)  not null,
    -- a vestigingsnummer hangs under the kvk_nummer of its organisation, which therefore cannot go first
    sub_identificator_van_uuid     uuid references partij_identificator (uuid) on delete restrict,
    constraint partij_identificator_soort_eenmaal_per_partij unique (partij_uuid, code_soort_object_id),
    constraint partij_identificator_niet_eigen_sub check (sub_identificator_van_uuid <> uuid)
);
-- One identificator value identifies one partij: a BSN is found zero or one time.
create unique index partij_identificator_uniek on partij_identificator
    (code_objecttype, code_soort_object_id, object_id, code_register) where sub_identificator_van_uuid is null;
create unique index partij_identificator_uniek_onder on partij_identificator
    (sub_identificator_van_uuid, code_objecttype, code_soort_object_id, object_id, code_register)
    where sub_identificator_van_uuid is not null;
create index partij_identificator_object_id on partij_identificator (object_id, code_soort_object_id);
create index partij_identificator_partij on partij_identificator (partij_uuid);
create index partij_identificator_sub on partij_identificator (sub_identificator_van_uuid);

create table digitaal_adres (
    uuid                   uuid primary key,
    partij_uuid            uuid references partij (uuid) on delete set null,
    betrokkene_uuid        uuid references betrokkene (uuid) on delete set null,
    adres                  varchar(80) not null,
    soort_digitaal_adres   varchar(20) not null,
    is_standaard_adres     boolean     not null default false,
    omschrijving           varchar(40) not null default '',
    referentie             varchar(50) not null default '',
    verificatie_datum      date
);
create unique index digitaal_adres_standaard on digitaal_adres (partij_uuid, soort_digitaal_adres)
    where is_standaard_adres;
create unique index digitaal_adres_referentie on digitaal_adres (partij_uuid, referentie, soort_digitaal_adres)
    where partij_uuid is not null and referentie <> '';
-- KISS searches contactverzoeken by telephone number or e-mail address: exactly, and as a part.
create index digitaal_adres_adres on digitaal_adres (adres);
create index digitaal_adres_adres_trgm on digitaal_adres using gin (adres gin_trgm_ops);
create index digitaal_adres_partij on digitaal_adres (partij_uuid);
create index digitaal_adres_betrokkene on digitaal_adres (betrokkene_uuid);

create table rekeningnummer (
    uuid          uuid primary key,
    partij_uuid   uuid references partij (uuid) on delete cascade,
    iban          varchar(34) not null,
    bic           varchar(11) not null default ''
);
create index rekeningnummer_partij on rekeningnummer (partij_uuid);
create index rekeningnummer_iban on rekeningnummer (iban);

alter table partij
    add constraint partij_voorkeurs_digitaal_adres foreign key (voorkeurs_digitaal_adres_uuid)
        references digitaal_adres (uuid) on delete set null,
    add constraint partij_voorkeurs_rekeningnummer foreign key (voorkeurs_rekeningnummer_uuid)
        references rekeningnummer (uuid) on delete set null;

create table vertegenwoordiging (
    uuid                                uuid primary key,
    vertegenwoordigende_partij_uuid     uuid not null references partij (uuid) on delete cascade,
    vertegenwoordigde_partij_uuid       uuid not null references partij (uuid) on delete cascade,
    constraint vertegenwoordiging_eenmaal unique (vertegenwoordigende_partij_uuid, vertegenwoordigde_partij_uuid),
    constraint vertegenwoordiging_niet_zichzelf
        check (vertegenwoordigende_partij_uuid <> vertegenwoordigde_partij_uuid)
);
create index vertegenwoordiging_vertegenwoordigde on vertegenwoordiging (vertegenwoordigde_partij_uuid);

create table categorie (
    uuid   uuid primary key,
    naam   varchar(80) not null default ''
);
create index categorie_naam on categorie (naam);

create table categorie_relatie (
    uuid            uuid primary key,
    partij_uuid     uuid references partij (uuid) on delete cascade,
    categorie_uuid  uuid references categorie (uuid) on delete cascade,
    begin_datum     date,
    eind_datum      date,
    constraint categorie_relatie_eind_na_begin check (eind_datum is null or begin_datum is null or eind_datum >= begin_datum)
);
create index categorie_relatie_partij on categorie_relatie (partij_uuid);
create index categorie_relatie_categorie on categorie_relatie (categorie_uuid);

-- The Contactgegevens API: persons and organisations with their address, not linked to partijen.
create table contactgegevens_persoon (
    uuid               uuid primary key,
    geboortedatum      date         not null,
    overlijdensdatum   date,
    geslachtsnaam      varchar(200) not null,
    geslacht           varchar(1)   not null default '',
    voorvoegsel        varchar(10)  not null default '',
    voornamen          varchar(200) not null default '',
    adres              jsonb
);

create table contactgegevens_organisatie (
    uuid               uuid primary key,
    handelsnaam        varchar(255) not null,
    oprichtingsdatum   date,
    opheffingsdatum    date,
    adres              jsonb
);
