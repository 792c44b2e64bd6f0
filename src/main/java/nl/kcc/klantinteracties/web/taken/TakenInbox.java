package nl.kcc.klantinteracties.web.taken;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open interne taken of a medewerker and their afdelingen (F3839), ordered by how long the klant has waited: from
 * the klantcontact that led to the task (B8694), not from when the task was made. Finds uuids and counts only; the
 * tasks are shown through their resource. What the medewerker may not see is left out of both.
 */
@Component
class TakenInbox {

    static final int MAXIMUM = 200;

    private final JdbcClient jdbc;

    TakenInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open tasks assigned to any of these actors, the longest-waiting klant first. */
    @Transactional(readOnly = true)
    List<UUID> open(Collection<UUID> actoren, ApiContext context) {
        if (actoren.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.uuid from internetaak t join klantcontact k on k.uuid = t.klantcontact_uuid
                        where t.status = 'te_verwerken' and %s
                          and exists (select 1 from internetaak_actor x
                                      where x.internetaak_uuid = t.uuid and x.actor_uuid = any(?))
                        order by k.plaatsgevonden_op, t.creation_order
                        limit %d""".formatted(Vertrouwelijkheid.klantcontact("k", context), MAXIMUM))
                .param(new SqlArrayValue("uuid", actoren.toArray()))
                .query(UUID.class)
                .list();
    }

    /** How many open tasks each of these actors has, in the order given. */
    @Transactional(readOnly = true)
    Map<UUID, Long> counts(List<UUID> actoren, ApiContext context) {
        var counts = new LinkedHashMap<UUID, Long>();
        actoren.forEach(actor -> counts.put(actor, 0L));
        if (actoren.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select x.actor_uuid, count(*) as aantal
                        from internetaak t join klantcontact k on k.uuid = t.klantcontact_uuid
                        join internetaak_actor x on x.internetaak_uuid = t.uuid
                        where t.status = 'te_verwerken' and %s and x.actor_uuid = any(?)
                        group by x.actor_uuid""".formatted(Vertrouwelijkheid.klantcontact("k", context)))
                .param(new SqlArrayValue("uuid", actoren.toArray()))
                .query((rs, row) -> Map.entry(rs.getObject("actor_uuid", UUID.class), rs.getLong("aantal")))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }
}
