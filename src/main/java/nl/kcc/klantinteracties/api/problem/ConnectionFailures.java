package nl.kcc.klantinteracties.api.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises the database being away in a failure, so that a request is answered 503 with {@code Retry-After} and not
 * 500. Here rather than beside the database's gate, so that the API's conventions depend on no module of the register.
 */
public final class ConnectionFailures {

    private ConnectionFailures() {}

    /**
     * Whether a failure is the database's connection failing (lost, refused, or the gate closed), however it is
     * wrapped: a rollback on a dead connection, for one, arrives as a transaction exception.
     */
    public static boolean is(Throwable failure) {
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
                    && is(rollback.getApplicationException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
