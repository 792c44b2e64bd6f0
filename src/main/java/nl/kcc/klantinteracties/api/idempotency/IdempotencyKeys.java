package nl.kcc.klantinteracties.api.idempotency;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.kcc.klantinteracties.api.ApiProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored keys and their answers. A key is claimed by inserting it; whoever inserts it runs the request, anyone
 * else finds the row and is told what the first got (or that it still runs).
 */
@Repository
public class IdempotencyKeys {

    /**
     * A request that claimed a key and never finished (the register stopped while it ran) gives the key up after this
     * long, so that the client's retry is not refused as in flight until the key expires.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Duration retention;
    private final AtomicLong lastPrune = new AtomicLong();

    IdempotencyKeys(JdbcClient jdbc, ApiProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.idempotency().retention();
    }

    /** What a key holds: the request it was first used for and, once that finished, its answer. */
    public record Stored(
            byte[] requestHash, @Nullable Integer status, Map<String, String> headers, byte @Nullable [] body) {}

    /**
     * Claims the key for this request; empty when it is ours now, else what it holds. An expired key, or one whose
     * request was abandoned, is claimed anew. Inside a transaction, a claim waits for another transaction that claimed
     * the same key to end.
     */
    public Optional<Stored> claim(String application, String key, byte[] requestHash) {
        pruneNowAndThen();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        delete from idempotency_key where application = ? and key = ?
                          and (created_at < ? or (status is null and created_at < ?))""")
                .params(application, key, now.minus(retention), now.minus(ABANDONED_AFTER))
                .update();
        int claimed = jdbc.sql("""
                        insert into idempotency_key (application, key, request_hash, created_at) values (?, ?, ?, ?)
                        on conflict (application, key) do nothing""").params(application, key, requestHash, now).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("select request_hash, status, headers, body from idempotency_key where application = ?"
                        + " and key = ?")
                .params(application, key)
                .query((rs, row) -> new Stored(
                        rs.getBytes("request_hash"),
                        (Integer) rs.getObject("status"),
                        rs.getString("headers") == null
                                ? Map.of()
                                : JSON.readValue(rs.getString("headers"), new TypeReference<Map<String, String>>() {}),
                        rs.getBytes("body")))
                .optional()
                // Released between our insert and our look: try once more, it is free now.
                .or(() -> claimAgain(application, key, requestHash, now));
    }

    private Optional<Stored> claimAgain(String application, String key, byte[] requestHash, OffsetDateTime now) {
        int claimed = jdbc.sql("""
                        insert into idempotency_key (application, key, request_hash, created_at) values (?, ?, ?, ?)
                        on conflict (application, key) do nothing""").params(application, key, requestHash, now).update();
        // Taken again in that moment: another request with this key runs now.
        return claimed == 1 ? Optional.empty() : Optional.of(new Stored(requestHash, null, Map.of(), null));
    }

    /** Keeps the answer of the request that claimed the key. */
    public void complete(String application, String key, int status, Map<String, String> headers, byte[] body) {
        jdbc.sql("""
                        update idempotency_key set status = ?, headers = cast(? as jsonb), body = ?
                        where application = ? and key = ?""")
                .params(status, JSON.writeValueAsString(headers), body, application, key)
                .update();
    }

    /** Gives the key up: the request made no change a retry could repeat, so a retry runs anew. */
    public void release(String application, String key) {
        jdbc.sql("delete from idempotency_key where application = ? and key = ? and status is null")
                .params(application, key)
                .update();
    }

    private void pruneNowAndThen() {
        long now = System.nanoTime();
        long last = lastPrune.get();
        if (last != 0 && now - last < PRUNE_EVERY.toNanos()) {
            return;
        }
        if (lastPrune.compareAndSet(last, now)) {
            jdbc.sql("delete from idempotency_key where created_at < ?")
                    .param(OffsetDateTime.now().minus(retention))
                    .update();
        }
    }
}
