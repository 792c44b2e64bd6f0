-- Indexes the benchmark (docs/benchmarks.md) showed missing.

-- Every new or changed digitaal adres (and rekeningnummer) clears it as the voorkeur of any other partij, and deleting
-- one sets the foreign key to null: without these, each is a scan of all partijen (24 ms at 100,000 partijen, 0.2 ms
-- with the index).
create index partij_voorkeurs_digitaal_adres on partij (voorkeurs_digitaal_adres_uuid);
create index partij_voorkeurs_rekeningnummer on partij (voorkeurs_rekeningnummer_uuid);
