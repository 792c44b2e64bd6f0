-- Indexes the benchmark at 1,000,000 klantcontacten showed missing (docs/benchmarks.md).

-- A task inbox (/internetaken?toegewezenAanActor__uuid=...&status=te_verwerken) joins the afdeling's tasks with the
-- open ones. Closed tasks pile up with the years; with the open ones and their klantcontact in one index, PostgreSQL
-- finds them without reading the task rows themselves.
create index internetaak_status_uuid on internetaak (status, uuid) include (klantcontact_uuid);

-- Every list of klantcontacten counts what the caller may see. Without the vertrouwelijk scope that is every contact
-- that is not confidential: counted from this narrow index instead of from the table's rows.
create index klantcontact_niet_vertrouwelijk on klantcontact (uuid) where not vertrouwelijk;
