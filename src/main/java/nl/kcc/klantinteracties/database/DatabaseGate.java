package nl.kcc.klantinteracties.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

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

    /**
     * Whether a failure is the database's connection failing (lost, refused, or the gate closed), however it is
     * wrapped: a rollback on a dead connection, for one, arrives as a transaction exception.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // The rollback after a lost connection fails too (Hikari's "Connection is closed", without SQLState); the
            // failure that started it is kept beside the cause.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && isConnectionFailure(rollback.getApplicationException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
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
