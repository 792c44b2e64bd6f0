package nl.kcc.klantinteracties.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseGateTest {

    @Test
    void aLostConnectionIsRecognisedHoweverItIsWrapped() {
        var lost = new DataAccessResourceFailureException("I/O error", new SQLException("Broken pipe", "08006"));
        assertThat(DatabaseGate.isConnectionFailure(lost)).isTrue();
        assertThat(DatabaseGate.isConnectionFailure(new RuntimeException(new SQLException("refused", "08001"))))
                .isTrue();

        // What a rollback on the dead connection throws: the lost connection only as the application exception.
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(lost);
        assertThat(DatabaseGate.isConnectionFailure(rollback)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseGate.isConnectionFailure(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseGate.isConnectionFailure(rollback)).isFalse();
        assertThat(DatabaseGate.isConnectionFailure(new SQLException("syntax", "42601")))
                .isFalse();
    }
}
