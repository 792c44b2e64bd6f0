package nl.kcc.klantinteracties.samenvoegen;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of a merge, all in one place: one per table, whatever the number of objects that move. {@code
 * vervalt} is the partij that goes, {@code blijft} the one that stays.
 */
@Repository
class SamenvoegenRepository {

    /** What points at a partij, per table; the {@code ?}s are the partij that goes. */
    private static final String WAT_VERHUIST = """
            select 'partij' as tabel, uuid from partij where uuid = ? or werkte_voor_partij_uuid = ?
            union all select 'betrokkene', uuid from betrokkene where partij_uuid = ?
            union all select 'digitaal_adres', uuid from digitaal_adres where partij_uuid = ?
            union all select 'partij_identificator', uuid from partij_identificator where partij_uuid = ?
            union all select 'rekeningnummer', uuid from rekeningnummer where partij_uuid = ?
            union all select 'categorie_relatie', uuid from categorie_relatie where partij_uuid = ?
            union all select 'vertegenwoordiging', uuid from vertegenwoordiging
                where vertegenwoordigende_partij_uuid = ? or vertegenwoordigde_partij_uuid = ?""";

    private final JdbcClient jdbc;

    SamenvoegenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks both partijen until the end of the transaction, in a fixed order, so that two merges cannot cross. */
    void lock(UUID vervalt, UUID blijft) {
        jdbc.sql("select uuid from partij where uuid = any(?) order by uuid for update")
                .param(new UUID[] {vervalt, blijft})
                .query(UUID.class)
                .list();
    }

    /** The soorten of identificator both partijen have (a BSN each, say): two such partijen are not one. */
    List<String> identificatorenAanBeideKanten(UUID vervalt, UUID blijft) {
        return jdbc.sql("""
                        select distinct a.code_soort_object_id from partij_identificator a
                        join partij_identificator b on b.code_soort_object_id = a.code_soort_object_id
                        where a.partij_uuid = ? and b.partij_uuid = ? order by 1""").params(vervalt, blijft).query(String.class).list();
    }

    /** The referenties both partijen give a digitaal adres of the same soort, which a partij has only once. */
    List<String> referentiesAanBeideKanten(UUID vervalt, UUID blijft) {
        return jdbc.sql("""
                        select distinct a.referentie from digitaal_adres a
                        join digitaal_adres b on b.referentie = a.referentie
                            and b.soort_digitaal_adres = a.soort_digitaal_adres
                        where a.partij_uuid = ? and b.partij_uuid = ? and a.referentie <> '' order by 1""").params(vervalt, blijft).query(String.class).list();
    }

    /** The objects the merge changes or deletes, by table: the partij that goes included. */
    Map<String, List<UUID>> watVerhuist(UUID vervalt) {
        var query = jdbc.sql(WAT_VERHUIST);
        for (int i = 0; i < WAT_VERHUIST.chars().filter(c -> c == '?').count(); i++) {
            query = query.param(vervalt);
        }
        return query
                .query((rs, row) -> Map.entry(rs.getString("tabel"), rs.getObject("uuid", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Moves everything of {@code vervalt} to {@code blijft} and deletes {@code vervalt}. */
    void verhuis(UUID vervalt, UUID blijft) {
        // A vertegenwoordiging between the two would be of the partij by itself, and one that the other partij
        // already has would be there twice: both go.
        jdbc.sql("""
                        delete from vertegenwoordiging v
                        where (v.vertegenwoordigende_partij_uuid = :vervalt and v.vertegenwoordigde_partij_uuid = :blijft)
                           or (v.vertegenwoordigende_partij_uuid = :blijft and v.vertegenwoordigde_partij_uuid = :vervalt)
                           or (v.vertegenwoordigende_partij_uuid = :vervalt and exists (select 1 from vertegenwoordiging w
                                where w.vertegenwoordigende_partij_uuid = :blijft
                                  and w.vertegenwoordigde_partij_uuid = v.vertegenwoordigde_partij_uuid))
                           or (v.vertegenwoordigde_partij_uuid = :vervalt and exists (select 1 from vertegenwoordiging w
                                where w.vertegenwoordigde_partij_uuid = :blijft
                                  and w.vertegenwoordigende_partij_uuid = v.vertegenwoordigende_partij_uuid))""").param("vervalt", vervalt).param("blijft", blijft).update();
        jdbc.sql("""
                        update vertegenwoordiging set
                            vertegenwoordigende_partij_uuid = case when vertegenwoordigende_partij_uuid = :vervalt
                                then :blijft else vertegenwoordigende_partij_uuid end,
                            vertegenwoordigde_partij_uuid = case when vertegenwoordigde_partij_uuid = :vervalt
                                then :blijft else vertegenwoordigde_partij_uuid end
                        where :vervalt in (vertegenwoordigende_partij_uuid, vertegenwoordigde_partij_uuid)""").param("vervalt", vervalt).param("blijft", blijft).update();
        // The partij that stays keeps its own standaard adres of each soort; the other's is an adres like any other.
        jdbc.sql("""
                        update digitaal_adres a set partij_uuid = :blijft,
                            is_standaard_adres = a.is_standaard_adres and not exists (select 1 from digitaal_adres b
                                where b.partij_uuid = :blijft and b.soort_digitaal_adres = a.soort_digitaal_adres
                                  and b.is_standaard_adres)
                        where a.partij_uuid = :vervalt""").param("vervalt", vervalt).param("blijft", blijft).update();
        for (String tabel : List.of("betrokkene", "partij_identificator", "rekeningnummer", "categorie_relatie")) {
            jdbc.sql("update " + tabel + " set partij_uuid = ? where partij_uuid = ?")
                    .params(blijft, vervalt)
                    .update();
        }
        jdbc.sql("update partij set werkte_voor_partij_uuid = ? where werkte_voor_partij_uuid = ?")
                .params(blijft, vervalt)
                .update();
        // What the one that stays lacks, it takes from the other; secrecy of either holds for the one.
        jdbc.sql("""
                        update partij b set
                            voorkeurs_digitaal_adres_uuid = coalesce(b.voorkeurs_digitaal_adres_uuid,
                                a.voorkeurs_digitaal_adres_uuid),
                            voorkeurs_rekeningnummer_uuid = coalesce(b.voorkeurs_rekeningnummer_uuid,
                                a.voorkeurs_rekeningnummer_uuid),
                            indicatie_geheimhouding = case when a.indicatie_geheimhouding then true
                                else b.indicatie_geheimhouding end,
                            interne_notitie = case when b.interne_notitie = '' then a.interne_notitie
                                else b.interne_notitie end
                        from partij a where a.uuid = ? and b.uuid = ?""").params(vervalt, blijft).update();
        jdbc.sql("delete from partij where uuid = ?").param(vervalt).update();
    }
}
