package nl.kcc.klantinteracties.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether connections may be asked for. While PostgreSQL is away the pool would keep every caller waiting its whole
 * connection timeout for a connection that cannot come; the gate refuses at once instead, and wakes the callers that
 * were already waiting when the database went away.
 */
public final class DatabaseGate {

    /** SQLState class 08 (connection exception): Spring translates it as an unreachable resource. */
    static final String UNREACHABLE = "08001";

    private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    public boolean isOpen() {
        return open;
    }

    /** Returns whether this call changed the state. */
    boolean open() {
        boolean changed = !open;
        open = true;
        return changed;
    }

    /** Returns whether this call changed the state. */
    boolean close() {
        boolean changed = open;
        open = false;
        synchronized (waiting) {
            waiting.forEach(Thread::interrupt);
        }
        return changed;
    }

    interface ConnectionSupplier<T> {
        T get() throws SQLException;
    }

    <T> T through(ConnectionSupplier<T> supplier) throws SQLException {
        if (!open) {
            throw refused();
        }
        Thread current = Thread.currentThread();
        waiting.add(current);
        try {
            if (!open) {
                // Closed between the check above and joining the waiters: close() did not see this thread.
                throw refused();
            }
            return supplier.get();
        } catch (SQLException e) {
            if (!open) {
                throw refused();
            }
            throw e;
        } finally {
            synchronized (waiting) {
                waiting.remove(current);
                if (!open) {
                    // The interrupt was ours, meant for the wait that has now ended; the request must not trip on it.
                    Thread.interrupted();
                }
            }
        }
    }

    private static SQLTransientConnectionException refused() {
        return new SQLTransientConnectionException("The database cannot be reached", UNREACHABLE);
    }
}
