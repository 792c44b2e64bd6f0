-- The kanalen the werkplek offers a medewerker, as the beheerder keeps them: their order, and whether they are still
-- offered. A kanaal is never deleted, as contacts were registered on it.
create table werkplek_kanaal (
    waarde   varchar(50)  primary key,
    label    varchar(100) not null,
    volgorde integer      not null,
    actief   boolean      not null default true
);
insert into werkplek_kanaal (waarde, label, volgorde) values
    ('telefoon', 'Telefoon', 1),
    ('e-mail', 'E-mail', 2),
    ('balie', 'Balie', 3),
    ('brief', 'Brief', 4),
    ('chat', 'Chat', 5),
    ('whatsapp', 'WhatsApp', 6);
