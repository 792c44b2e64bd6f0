package nl.kcc.klantinteracties.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.kcc.klantinteracties.observability.ObservabilityProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Whether PostgreSQL answers, known without waiting for it. A probe opens a connection of its own, beside the pool and
 * with short connect, login and socket timeouts, every probe interval; what it finds opens or closes the
 * {@link DatabaseGate} and is the readiness check. The pool itself only notices a dead database when a caller has
 * waited its whole connection timeout, and a paused or unreachable host leaves a connect hanging for minutes.
 */
public final class DatabaseAvailability implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final @Nullable HikariDataSource pool;
    private final DatabaseGate gate;
    private final Duration interval;
    private final int timeoutSeconds;
    private final SynchronousQueue<Boolean> nudges = new SynchronousQueue<>();
    private volatile boolean running;
    private @Nullable Thread prober;

    DatabaseAvailability(DataSource dataSource, DatabaseGate gate, ObservabilityProperties properties) {
        this.pool = hikari(dataSource);
        this.gate = gate;
        this.interval = properties.databaseProbeInterval();
        this.timeoutSeconds =
                (int) Math.max(1, Math.ceil(properties.databaseProbeTimeout().toMillis() / 1000.0));
    }

    /** Something looked like the database failing: probe now rather than at the next interval. */
    public void probeSoon() {
        nudges.offer(Boolean.TRUE);
    }

    @Override
    public Health health() {
        return gate.isOpen() ? Health.up().build() : Health.down().build();
    }

    private void probeLoop() {
        while (running) {
            if (probe()) {
                if (gate.open()) {
                    log.info("The database answers again; requests are served");
                }
            } else if (gate.close()) {
                log.warn("The database cannot be reached; requests are answered 503 until it answers again");
            }
            try {
                // While it is away, look more often: the first answer ends the outage for every client.
                Duration wait = gate.isOpen() ? interval : interval.dividedBy(2);
                nudges.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    boolean probe() {
        // Only started, and so only probing, with a pool that has a JDBC URL.
        HikariDataSource pool = Objects.requireNonNull(this.pool);
        var properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
        properties.setProperty("loginTimeout", String.valueOf(timeoutSeconds));
        properties.setProperty("socketTimeout", String.valueOf(timeoutSeconds));
        properties.setProperty("ApplicationName", "klantinteracties-probe");
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            log.debug("Database probe failed: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void start() {
        if (pool == null || pool.getJdbcUrl() == null) {
            log.info("No Hikari pool with a JDBC URL: the database is not probed");
            return;
        }
        running = true;
        // Created before it starts, so that the loop never sees a half-started prober (an earlier version did).
        prober = Thread.ofPlatform().daemon().name("database-probe").unstarted(this::probeLoop);
        prober.start();
    }

    @Override
    public void stop() {
        running = false;
        if (prober != null) {
            prober.interrupt();
            prober = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static @Nullable HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
