package nl.kcc.klantinteracties.security;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.kcc.klantinteracties.api.Times;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * When each token was last used, kept in memory and written every {@link #FLUSH_SECONDS} seconds in one statement for
 * all tokens used since, with this instance's name: Beheer shows it without a write per request, which would make a
 * busy application's token row a point every request waits on. After a crash, at most the last interval is lost.
 */
@Component
public class TokenUse {

    static final long FLUSH_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(TokenUse.class);

    private final JdbcClient jdbc;
    private final String instance;
    private final Map<UUID, OffsetDateTime> since = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile @Nullable ScheduledExecutorService flusher;

    TokenUse(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.instance = instanceName();
    }

    /** Notes that the token was used now; cheap enough for every request. */
    void used(UUID tokenId) {
        since.put(tokenId, Times.now(clock));
        if (flusher == null) {
            start();
        }
    }

    private synchronized void start() {
        if (flusher == null) {
            flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                var thread = new Thread(runnable, "token-use");
                thread.setDaemon(true);
                return thread;
            });
            flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Writes what was used since the last time; what cannot be written now is kept for the next. */
    public void flush() {
        if (since.isEmpty()) {
            return;
        }
        var batch = new HashMap<UUID, OffsetDateTime>();
        for (UUID id : since.keySet()) {
            OffsetDateTime at = since.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        var ids = new ArrayList<UUID>();
        var moments = new ArrayList<String>();
        batch.forEach((id, at) -> {
            ids.add(id);
            // As ISO texts: the driver makes no timestamptz array of OffsetDateTimes.
            moments.add(at.toString());
        });
        try {
            jdbc.sql("""
                            update api_token t
                            set last_used_at = u.at, last_used_by = ?
                            from unnest(?, cast(? as timestamptz[])) as u(id, at)
                            where t.id = u.id and (t.last_used_at is null or t.last_used_at < u.at)""")
                    .params(
                            instance,
                            new SqlArrayValue("uuid", ids.toArray()),
                            new SqlArrayValue("text", moments.toArray()))
                    .update();
        } catch (RuntimeException e) {
            batch.forEach((id, at) ->
                    since.merge(id, at, (noted, unwritten) -> noted.isAfter(unwritten) ? noted : unwritten));
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The database being away is reported by the readiness probe; this is retried at the next interval.
            LOG.debug("Could not write when tokens were last used", e);
        }
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        flushQuietly();
    }

    /** The pod's name on Kubernetes, the host's name elsewhere. */
    private static String instanceName() {
        String hostname = System.getenv("HOSTNAME");
        if (hostname != null && !hostname.isBlank()) {
            return hostname;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
