-- The order in which objects came into the register, for lists that are "newest first" (ADR 0011). Until now that
-- was the order of the uuids (version 7, time-ordered), but objects imported from another register keep the uuids
-- they had there, of any version: their order is that of the source's lists, not that of their uuids. One sequence
-- numbers the objects of every table; the rows already here are numbered in the order of their uuids, which was
-- their order so far.
create sequence creation_order;

do $$
declare
    table_name text;
    highest bigint := 0;
    rows_in_table bigint;
begin
    foreach table_name in array array[
        'klantcontact', 'betrokkene', 'onderwerpobject', 'bijlage', 'actor', 'actorklantcontact', 'internetaak',
        'partij', 'partij_identificator', 'digitaal_adres', 'rekeningnummer', 'vertegenwoordiging', 'categorie',
        'categorie_relatie', 'contactgegevens_persoon', 'contactgegevens_organisatie']
    loop
        execute format('alter table %I add column creation_order bigint', table_name);
        execute format('update %1$I t set creation_order = o.n'
                       ' from (select uuid, row_number() over (order by uuid) as n from %1$I) o'
                       ' where t.uuid = o.uuid', table_name);
        execute format('alter table %I alter column creation_order set default nextval(''creation_order'')', table_name);
        execute format('alter table %I alter column creation_order set not null', table_name);
        execute format('create unique index %I on %I (creation_order)', table_name || '_creation_order', table_name);
        execute format('select count(*) from %I', table_name) into rows_in_table;
        highest := greatest(highest, rows_in_table);
    end loop;
    -- New objects come after every object already here.
    if highest > 0 then
        perform setval('creation_order', highest);
    end if;
end
$$;

-- Klantcontacten are listed by when they took place, and in the order they came in when that is the same.
drop index klantcontact_plaatsgevonden_op;
create index klantcontact_plaatsgevonden_op on klantcontact (plaatsgevonden_op desc, creation_order desc);
