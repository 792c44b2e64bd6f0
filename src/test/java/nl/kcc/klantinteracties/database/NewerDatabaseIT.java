package nl.kcc.klantinteracties.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import nl.kcc.klantinteracties.KlantinteractiesApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A register does not start on a database that a newer register has migrated further (a rollback of the jar without
 * a restore of the database): it says which migration it does not know, and changes nothing.
 */
class NewerDatabaseIT {

    private static final EmbeddedPostgresServer DATABASE = EmbeddedPostgresServer.startEphemeral();

    @AfterAll
    static void stop() {
        DATABASE.close();
    }

    @Test
    void aDatabaseOfANewerRegisterIsRefused() throws Exception {
        try (ConfigurableApplicationContext first = register().run()) {
            assertThat(first.isRunning()).isTrue();
        }
        try (var connection = DriverManager.getConnection(DATABASE.jdbcUrl("postgres"), DATABASE.user(), "");
                var statement = connection.createStatement()) {
            statement.execute("""
                    insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    select max(installed_rank) + 1, '999', 'from a newer register', 'SQL', 'V999__newer.sql', 0,
                        'test', 0, true
                    from flyway_schema_history""");
        }

        assertThatThrownBy(() -> register().run().close()).rootCause().hasMessageContaining("999");
    }

    private static SpringApplicationBuilder register() {
        return new SpringApplicationBuilder(KlantinteractiesApplication.class)
                .properties(
                        "spring.datasource.url=" + DATABASE.jdbcUrl("postgres"),
                        "spring.datasource.username=" + DATABASE.user(),
                        "spring.datasource.password=",
                        "server.port=0");
    }
}
