package nl.kcc.klantinteracties.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.kcc.klantinteracties.api.RequestIdFilter;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.api.Uuids;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an audit entry for every change, in the transaction of the change: if the entry cannot be written, the
 * change is rolled back with it, so no change goes unrecorded.
 *
 * <p>The entries of one transaction are written together, in one batch just before it commits: a write that changes
 * many objects (a partij with its addresses, a page of an import) pays for one round trip, not one per object.
 */
@Component
class AuditLog {

    private static final String INSERT = """
            insert into audit_entry (uuid, api, resource, object_uuid, action, occurred_at, application,
                user_name, request_id, before, after, vertrouwelijk)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json), ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @EventListener
    void record(Change change) {
        var description = change.resource().description();
        Caller caller = Caller.current();
        // Everything the entry says is taken now, while the request that made the change is the current one.
        Object[] entry = {
            Uuids.next(),
            AuditTrail.apiName(description.apiPath()),
            description.collection(),
            change.uuid(),
            AuditTrail.actie(change.action()),
            Times.now(clock),
            caller.application(),
            caller.user(),
            RequestIdFilter.current(),
            Rows.toJson(change.before()),
            Rows.toJson(change.after()),
            change.vertrouwelijk()
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(INSERT, entry);
            return;
        }
        pending().add(entry);
    }

    /**
     * The entries of the current transaction not yet written. They are kept by the transaction's own synchronization,
     * so that a transaction suspended for another one keeps its entries apart.
     */
    private List<Object[]> pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.log() == this) {
                return pending.entries();
            }
        }
        var pending = new Pending(this, new ArrayList<>());
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending.entries();
    }

    private record Pending(AuditLog log, List<Object[]> entries) implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!entries.isEmpty()) {
                log.jdbc.batchUpdate(INSERT, List.copyOf(entries));
                entries.clear();
            }
        }
    }
}
