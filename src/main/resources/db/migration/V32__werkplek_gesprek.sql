-- One conversation with a klant in the werkplek, in which they may ask several vragen: each vraag is a klantcontact
-- of its own, and this table keeps what the Klantinteracties API has no field for (KISS keeps the same in a database
-- of its own): which vragen were asked together and in which order, the afdeling each vraag belongs to (for
-- management information), and when the registration of the conversation began and ended.
create table werkplek_gesprek_vraag (
    klantcontact_uuid uuid        primary key references klantcontact (uuid) on delete cascade,
    gesprek_uuid      uuid        not null,
    volgnummer        integer     not null check (volgnummer > 0),
    afdeling_uuid     uuid        references actor (uuid) on delete set null,
    begonnen          timestamptz not null,
    beeindigd         timestamptz not null check (beeindigd >= begonnen),
    unique (gesprek_uuid, volgnummer)
);
create index werkplek_gesprek_vraag_afdeling on werkplek_gesprek_vraag (afdeling_uuid);

-- The last day a terugbelverzoek made in the werkplek is to be done on: the API's interne taak has no such field.
create table werkplek_taak_termijn (
    internetaak_uuid uuid primary key references internetaak (uuid) on delete cascade,
    uiterlijk        date not null
);
