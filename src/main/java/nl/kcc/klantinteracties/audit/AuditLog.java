package nl.kcc.klantinteracties.audit;

import nl.kcc.klantinteracties.api.Clock;
import nl.kcc.klantinteracties.api.RequestIdFilter;
import nl.kcc.klantinteracties.api.Uuids;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an audit entry for every change, in the transaction of the change: if the entry cannot be written, the
 * change is rolled back with it, so no change goes unrecorded.
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void record(Change change) {
        var description = change.resource().description();
        Caller caller = Caller.current();
        jdbc.sql("""
                        insert into audit_entry (uuid, api, resource, object_uuid, action, occurred_at, application,
                            user_name, request_id, before, after, vertrouwelijk)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json), ?)""")
                .params(
                        Uuids.next(),
                        AuditTrail.apiName(description.apiPath()),
                        description.collection(),
                        change.uuid(),
                        AuditTrail.actie(change.action()),
                        Clock.now(),
                        caller.application(),
                        caller.user(),
                        RequestIdFilter.current(),
                        Rows.toJson(change.before()),
                        Rows.toJson(change.after()),
                        change.vertrouwelijk())
                .update();
    }
}
