package nl.kcc.klantinteracties.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, known without waiting: a probe opens a connection of its own every
 * {@code klantinteracties.database.probe-interval} (with a short connect timeout, beside the pool), so that while the
 * database is away requests are answered 503 at once instead of each waiting the pool's whole connection timeout,
 * and readiness says DOWN. When it is back, the pool replaces its broken connections on its own.
 */
@Component("database")
public class DatabaseAvailability implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final int PROBE_TIMEOUT_SECONDS = 2;

    private final HikariDataSource pool;
    private final Duration interval;
    private volatile boolean up = true;
    private volatile Thread prober;

    DatabaseAvailability(
            DataSource dataSource, @Value("${klantinteracties.database.probe-interval:2s}") Duration interval)
            throws SQLException {
        this.pool = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        this.interval = interval;
    }

    /** False while the last probe, or a request, found the database unreachable. */
    public boolean isUp() {
        return up;
    }

    /** A request could not reach the database: believe it until the next probe says otherwise. */
    public void reportUnreachable() {
        if (up) {
            log.warn("The database cannot be reached; requests are answered 503 until it answers again");
        }
        up = false;
        Thread thread = prober;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Something looked like the database failing (a 503): probe at once rather than at the next interval. */
    public void probeNow() {
        Thread thread = prober;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public Health health() {
        return up ? Health.up().build() : Health.down().build();
    }

    private void probeLoop() {
        while (prober == Thread.currentThread()) {
            boolean now = probe();
            if (now != up) {
                if (now) {
                    log.info("The database answers again");
                } else {
                    log.warn("The database cannot be reached; requests are answered 503 until it answers again");
                }
                up = now;
            }
            try {
                Thread.sleep(up ? interval : interval.dividedBy(2));
            } catch (InterruptedException e) {
                // Woken to probe at once after a request failed; stopped when prober is no longer this thread.
            }
        }
    }

    private boolean probe() {
        var properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "klantinteracties-probe");
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
            return connection.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void start() {
        if (pool == null || pool.getJdbcUrl() == null) {
            return;
        }
        prober = Thread.ofVirtual().name("database-probe").start(this::probeLoop);
    }

    @Override
    public void stop() {
        Thread thread = prober;
        prober = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return prober != null;
    }
}
