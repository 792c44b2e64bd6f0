package nl.kcc.klantinteracties.web.beheer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import nl.kcc.klantinteracties.web.Weergave;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the KCC's management asks of a period: how many contacts by which kanaal, which afdelingen the vragen were
 * for, how they ended and how long the conversations took. Counted in the database, one statement per table, over
 * the contacts the beheerder may see: without the vertrouwelijk role a confidential contact is not counted.
 */
@Component
class Managementinformatie {

    /** One row of a table: what is counted, and how many. */
    record Regel(String naam, long aantal) {}

    /**
     * The conversations registered in the werkplek.
     *
     * @param gemiddeld the mean time from the start of the registration to the save, or null without conversations
     */
    record Gesprekken(long aantal, long vragen, @Nullable Duration gemiddeld) {}

    record Overzicht(
            long contacten,
            List<Regel> kanalen,
            Gesprekken gesprekken,
            List<Regel> afdelingen,
            List<Regel> resultaten) {}

    private final JdbcClient jdbc;

    Managementinformatie(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period from {@code begin} (included) to {@code einde} (not included). */
    Overzicht van(Instant begin, Instant einde, Map<String, String> kanaalLabels, ApiContext context) {
        Map<String, Object> periode =
                Map.of("begin", begin.atOffset(ZoneOffset.UTC), "einde", einde.atOffset(ZoneOffset.UTC));
        String binnen = "k.plaatsgevonden_op >= :begin and k.plaatsgevonden_op < :einde and "
                + Vertrouwelijkheid.klantcontact("k", context);
        List<Regel> kanalen = jdbc.sql("select k.kanaal, count(*) from klantcontact k where " + binnen
                        + " group by k.kanaal order by count(*) desc, k.kanaal")
                .params(periode)
                .query((rs, row) -> new Regel(Weergave.kanaal(rs.getString(1), kanaalLabels), rs.getLong(2)))
                .list();
        long contacten = kanalen.stream().mapToLong(Regel::aantal).sum();
        Gesprekken gesprekken = jdbc.sql("""
                        select count(distinct v.gesprek_uuid), count(*),
                            (select avg(extract(epoch from g.beeindigd - g.begonnen)) from (
                                select distinct v2.gesprek_uuid, v2.begonnen, v2.beeindigd
                                from werkplek_gesprek_vraag v2 join klantcontact k on k.uuid = v2.klantcontact_uuid
                                where %1$s) g)
                        from werkplek_gesprek_vraag v join klantcontact k on k.uuid = v.klantcontact_uuid
                        where %1$s""".formatted(binnen))
                .params(periode)
                .query((rs, row) -> {
                    double seconden = rs.getDouble(3);
                    return new Gesprekken(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.wasNull() ? null : Duration.ofSeconds(Math.round(seconden)));
                })
                .single();
        List<Regel> afdelingen = jdbc.sql("""
                        select coalesce(a.naam, ''), count(*)
                        from werkplek_gesprek_vraag v join klantcontact k on k.uuid = v.klantcontact_uuid
                        left join actor a on a.uuid = v.afdeling_uuid
                        where %s group by v.afdeling_uuid, a.naam order by count(*) desc, a.naam""".formatted(binnen))
                .params(periode)
                .query((rs, row) -> new Regel(rs.getString(1), rs.getLong(2)))
                .list();
        List<Regel> resultaten = jdbc.sql("""
                        select coalesce(g.definitie, ''), count(*)
                        from werkplek_gesprek_vraag v join klantcontact k on k.uuid = v.klantcontact_uuid
                        left join werkplek_klantcontact_gespreksresultaat r on r.klantcontact_uuid = k.uuid
                        left join werkplek_gespreksresultaat g on g.id = r.gespreksresultaat_id
                        where %s group by g.id, g.definitie order by count(*) desc, g.definitie""".formatted(binnen))
                .params(periode)
                .query((rs, row) -> new Regel(rs.getString(1), rs.getLong(2)))
                .list();
        return new Overzicht(contacten, kanalen, gesprekken, afdelingen, resultaten);
    }
}
