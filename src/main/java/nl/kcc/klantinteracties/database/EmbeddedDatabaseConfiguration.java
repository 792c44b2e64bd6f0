package nl.kcc.klantinteracties.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL and points the application's {@link DataSource} at it, unless an external database
 * is configured with {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "klantinteracties";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        if (properties.ephemeral()) {
            return EmbeddedPostgresServer.startEphemeral();
        }
        return EmbeddedPostgresServer.attach(
                Path.of(properties.dataDirectory()).resolve("postgresql"),
                properties.port(),
                properties.attachToRunning());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, DatabaseProperties properties) throws SQLException {
        createDatabaseIfMissing(server);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(DATABASE));
        dataSource.setUsername(server.user());
        dataSource.setMaximumPoolSize(properties.maximumPoolSize());
        dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgresServer server) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }
}
