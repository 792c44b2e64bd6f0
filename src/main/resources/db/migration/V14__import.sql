-- The state of an import from another register (docs/import.md): what has been copied from which source, so that an
-- interrupted import goes on where it stopped and a repeated one changes nothing.

-- Per source and resource: how many objects the source listed, how many pages of 100 are stored, and the block of
-- creation_order numbers reserved for them, so that a resumed run numbers the rest of the objects the same way.
create table import_resource (
    source        varchar(1000) not null,
    resource      varchar(50)   not null,
    total         integer       not null,
    pages_done    integer       not null default 0,
    order_start   bigint        not null,
    primary key (source, resource)
);

-- References that can point forward or into their own table (a contactpersoon's organisatie, a partij's voorkeuren,
-- a vestigingsnummer's kvk_nummer): kept here while the pages arrive, set in one statement per kind at the end.
create table import_reference (
    source        varchar(1000) not null,
    kind          varchar(50)   not null,
    object_uuid   uuid          not null,
    target_uuid   uuid          not null,
    primary key (source, kind, object_uuid)
);

-- What the report lists besides the counts: objects stored although the register's own rules refuse them, references
-- to objects the source does not have, and objects the register could not store at all.
create table import_finding (
    source        varchar(1000) not null,
    resource      varchar(50)   not null,
    object_uuid   uuid          not null,
    field         varchar(200)  not null,
    kind          varchar(20)   not null,
    reason        varchar(2000) not null,
    primary key (source, resource, object_uuid, field, kind),
    constraint import_finding_kind check (kind in ('refused', 'missing', 'not_stored'))
);
