package nl.kcc.klantinteracties.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class ConnectionFailuresTest {

    @Test
    void aLostConnectionIsRecognisedHoweverItIsWrapped() {
        var lost = new DataAccessResourceFailureException("I/O error", new SQLException("Broken pipe", "08006"));
        assertThat(ConnectionFailures.is(lost)).isTrue();
        assertThat(ConnectionFailures.is(new RuntimeException(new SQLException("refused", "08001"))))
                .isTrue();

        // What a rollback on the dead connection throws: the lost connection only as the application exception.
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(lost);
        assertThat(ConnectionFailures.is(rollback)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ConnectionFailures.is(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));
        assertThat(ConnectionFailures.is(rollback)).isFalse();
        assertThat(ConnectionFailures.is(new SQLException("syntax", "42601"))).isFalse();
    }
}
