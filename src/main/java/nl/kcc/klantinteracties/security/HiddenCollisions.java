package nl.kcc.klantinteracties.security;

import java.util.Collection;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes that were refused because a value is taken by a confidential klantcontact or a partij under geheimhouding.
 * The caller gets the answer any duplicate gets (ADR 0017); whoever sent it can still conclude that the value is in
 * use by something it cannot see, so every such refusal is logged under {@code klantinteracties.vertrouwelijk}, with
 * the application and the object, for the privacy officer to see who probes.
 */
@Component
public class HiddenCollisions {

    private static final Logger LOG = LoggerFactory.getLogger("klantinteracties.vertrouwelijk");

    private final JdbcClient jdbc;

    HiddenCollisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A write collided on {@code field} with these partijen; those under geheimhouding are logged. */
    public void partijen(String field, Collection<UUID> partijen) {
        record(field, "partij", "indicatie_geheimhouding", partijen);
    }

    /** A write collided on {@code field} with these klantcontacten; the confidential ones are logged. */
    public void klantcontacten(String field, Collection<UUID> klantcontacten) {
        record(field, "klantcontact", "vertrouwelijk", klantcontacten);
    }

    private void record(String field, String table, String column, Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return;
        }
        var hidden = jdbc.sql("select uuid from " + table + " where uuid = any(?) and " + column + " is true")
                .param(Sql.uuids(uuids))
                .query(UUID.class)
                .list();
        Caller caller = Caller.current();
        for (UUID uuid : hidden) {
            LOG.warn(
                    "Write refused as a duplicate of a confidential {}: application={} user={} field={} {}={}",
                    table,
                    caller.application(),
                    caller.user(),
                    field,
                    table,
                    uuid);
        }
    }
}
