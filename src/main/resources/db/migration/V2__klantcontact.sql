-- The klantcontact side of the Klantinteracties API: contacts, who was involved, what they were about, and the
-- tasks they led to. Objects are keyed by the uuid the API shows; text fields the API treats as optional are stored
-- as '' when not given, as the standard shows them.
create extension if not exists pg_trgm;

create table klantcontact (
    uuid                      uuid primary key,
    nummer                    varchar(10) unique,
    referentienummer          varchar(10) unique,
    kanaal                    varchar(50)   not null,
    onderwerp                 varchar(200)  not null,
    inhoud                    varchar(1000) not null default '',
    reactie                   varchar(4000) not null default '',
    indicatie_contact_gelukt  boolean,
    hoofd_onderwerp_type      varchar(200)  not null default '',
    verdere_actie_ondernomen  boolean       not null default false,
    taal                      varchar(3)    not null,
    vertrouwelijk             boolean       not null,
    plaatsgevonden_op         timestamptz   not null,
    metadata                  jsonb         not null default '{}',
    constraint klantcontact_geen_verdere_actie_als_gelukt
        check (not (coalesce(indicatie_contact_gelukt, false) and verdere_actie_ondernomen))
);
-- The list's order, newest contact first.
create index klantcontact_plaatsgevonden_op on klantcontact (plaatsgevonden_op desc, uuid desc);
create index klantcontact_kanaal on klantcontact (kanaal);
create index klantcontact_onderwerp_trgm on klantcontact using gin (onderwerp gin_trgm_ops);
create index klantcontact_inhoud_trgm on klantcontact using gin (inhoud gin_trgm_ops);
create index klantcontact_reactie_trgm on klantcontact using gin (reactie gin_trgm_ops);

create table betrokkene (
    uuid                                     uuid primary key,
    klantcontact_uuid                        uuid not null references klantcontact (uuid) on delete cascade,
    -- the partij side adds the foreign key to partij
    partij_uuid                              uuid,
    rol                                      varchar(20)  not null,
    initiator                                boolean      not null,
    organisatienaam                          varchar(200) not null default '',
    -- contactnaam: null when the group was never given
    contactnaam_voorletters                  varchar(10),
    contactnaam_voornaam                     varchar(200),
    contactnaam_voorvoegsel_achternaam       varchar(10),
    contactnaam_achternaam                   varchar(200),
    bezoekadres                              jsonb,
    correspondentieadres                     jsonb
);
create index betrokkene_klantcontact on betrokkene (klantcontact_uuid);
create index betrokkene_partij on betrokkene (partij_uuid);
create index betrokkene_contactnaam_achternaam on betrokkene (contactnaam_achternaam);

create table onderwerpobject (
    uuid                                  uuid primary key,
    klantcontact_uuid                     uuid references klantcontact (uuid) on delete cascade,
    was_klantcontact_uuid                 uuid references klantcontact (uuid) on delete cascade,
    -- onderwerpobjectidentificator: null when the group was never given
    identificator_object_id               varchar(200),
    identificator_code_objecttype         varchar(200),
    identificator_code_register           varchar(200),
    identificator_code_soort_object_id    varchar(200)
);
create index onderwerpobject_klantcontact on onderwerpobject (klantcontact_uuid);
create index onderwerpobject_was_klantcontact on onderwerpobject (was_klantcontact_uuid);
create index onderwerpobject_object_id on onderwerpobject (identificator_object_id);

create table bijlage (
    uuid                                  uuid primary key,
    klantcontact_uuid                     uuid references klantcontact (uuid) on delete cascade,
    identificator_object_id               varchar(200),
    identificator_code_objecttype         varchar(200),
    identificator_code_register           varchar(200),
    identificator_code_soort_object_id    varchar(200)
);
create index bijlage_klantcontact on bijlage (klantcontact_uuid);
create index bijlage_object_id on bijlage (identificator_object_id);

create table actor (
    uuid                                  uuid primary key,
    naam                                  varchar(200) not null,
    soort_actor                           varchar(30)  not null,
    indicatie_actief                      boolean      not null default true,
    identificator_object_id               varchar(200),
    identificator_code_objecttype         varchar(200),
    identificator_code_register           varchar(200),
    identificator_code_soort_object_id    varchar(200),
    -- actorIdentificatie, the part that depends on soort_actor; null when it was never given
    actoridentificatie                    jsonb
);
create index actor_naam_trgm on actor using gin (naam gin_trgm_ops);
create index actor_object_id on actor (identificator_object_id);

create table actorklantcontact (
    uuid               uuid primary key,
    actor_uuid         uuid not null references actor (uuid) on delete cascade,
    klantcontact_uuid  uuid not null references klantcontact (uuid) on delete cascade,
    constraint actorklantcontact_eenmaal unique (actor_uuid, klantcontact_uuid)
);
create index actorklantcontact_klantcontact on actorklantcontact (klantcontact_uuid);

create table internetaak (
    uuid                   uuid primary key,
    nummer                 varchar(10) unique,
    referentienummer       varchar(10) unique,
    gevraagde_handeling    varchar(200)  not null,
    klantcontact_uuid      uuid          not null references klantcontact (uuid) on delete cascade,
    toelichting            varchar(1000) not null default '',
    status                 varchar(20)   not null,
    toegewezen_op          timestamptz   not null,
    afgehandeld_op         timestamptz
);
create index internetaak_klantcontact on internetaak (klantcontact_uuid);
create index internetaak_status on internetaak (status, toegewezen_op);

-- The actors a task is assigned to, in the order they were given.
create table internetaak_actor (
    internetaak_uuid  uuid     not null references internetaak (uuid) on delete cascade,
    actor_uuid        uuid     not null references actor (uuid) on delete cascade,
    volgorde          smallint not null,
    primary key (internetaak_uuid, actor_uuid)
);
create index internetaak_actor_actor on internetaak_actor (actor_uuid, internetaak_uuid);
