-- The application that registered a klantcontact or a partij keeps seeing it and what hangs under it, also when it is
-- confidential and its token lacks the vertrouwelijk scope (ADR 0013). The application is its token's name, kept as
-- md5(name)::uuid: a value that can stand in an SQL condition as a literal, and that a new token under the same name
-- (a rotated key) shares. Null: registered by the werkplek, the demo, an import or before this migration.
alter table klantcontact add column registered_by uuid;
alter table partij add column registered_by uuid;

-- Whether a token's application registered anything confidential, asked on every request, and the confidential
-- objects it may see besides what everybody may: both are looked up in these small indexes.
create index klantcontact_vertrouwelijk_registered_by on klantcontact (registered_by) where vertrouwelijk;
create index partij_geheim_registered_by on partij (registered_by) where indicatie_geheimhouding;
