package nl.kcc.klantinteracties.notificatie;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.observability.TraceContexts;
import nl.kcc.klantinteracties.observability.TraceParent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table: messages waiting to be delivered, delivered ones until they are pruned, and the ones given up on
 * until an operator re-queues them.
 */
@Repository
public class Outbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final OutboxSignal signal;
    private final TraceContexts traces;
    private final Clock clock;

    Outbox(JdbcClient jdbc, OutboxSignal signal, TraceContexts traces, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.signal = signal;
        this.traces = traces;
    }

    /** A message claimed for delivery; its row stays locked until the claiming transaction ends. */
    record Claimed(
            long id,
            UUID messageId,
            String destination,
            OutboxMessage.Kind kind,
            String payload,
            int attempts,
            Optional<TraceParent> traceparent) {}

    /** A message given up on, as the operator sees it. */
    public record Failed(
            long id,
            UUID messageId,
            String destination,
            String about,
            int attempts,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime failedAt,
            @Nullable String lastError) {}

    /** What is still to be delivered to one destination, for the beheerder's overview. */
    public record Backlog(String destination, long pending, long failed, OffsetDateTime oldestUndelivered) {}

    /** Per destination that has undelivered messages: how many wait, how many were given up on, and since when. */
    @Transactional(readOnly = true)
    public List<Backlog> backlog() {
        return jdbc.sql("""
                        select destination,
                            count(*) filter (where status = 'pending') as pending,
                            count(*) filter (where status = 'failed') as failed,
                            min(created_at) as oldest
                        from notificatie_outbox where status in ('pending', 'failed')
                        group by destination order by destination""")
                .query((rs, row) -> new Backlog(
                        rs.getString("destination"),
                        rs.getLong("pending"),
                        rs.getLong("failed"),
                        // The minimum of a group, which has a row.
                        Objects.requireNonNull(Rows.dateTime(rs, "oldest"))))
                .list();
    }

    /** Writes the messages in the current transaction; the dispatcher hears of them once it commits. */
    void add(List<OutboxMessage> messages) {
        OffsetDateTime now = Times.now(clock);
        String traceparent = traces.current().map(TraceParent::toString).orElse(null);
        for (OutboxMessage message : messages) {
            jdbc.sql("""
                            insert into notificatie_outbox
                                (message_id, destination, kind, object_uuid, payload, created_at, next_attempt_at,
                                 traceparent)
                            values (?, ?, ?, ?, cast(? as json), ?, ?, ?)""")
                    .params(
                            message.messageId(),
                            message.destination(),
                            message.kind().column,
                            message.objectUuid(),
                            JSON.writeValueAsString(message.payload()),
                            now,
                            now,
                            traceparent)
                    .update();
        }
        wakeAfterCommit();
    }

    /**
     * Claims the messages that are due and first in line for their object and destination, locking them; another
     * instance skips what is locked, so no message is sent twice.
     */
    List<Claimed> claim(int limit, OffsetDateTime now) {
        return jdbc.sql("""
                        select o.id, o.message_id, o.destination, o.kind, o.payload, o.attempts, o.traceparent
                        from notificatie_outbox o
                        where o.status = 'pending' and o.next_attempt_at <= ?
                          and not exists (
                              select 1 from notificatie_outbox e
                              where e.status = 'pending' and e.object_uuid = o.object_uuid
                                and e.destination = o.destination and e.id < o.id)
                        order by o.id
                        limit ?
                        for update of o skip locked""")
                .params(now, limit)
                .query((rs, row) -> new Claimed(
                        rs.getLong("id"),
                        Rows.uuid(rs, "message_id"),
                        rs.getString("destination"),
                        OutboxMessage.Kind.of(rs.getString("kind")),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        TraceParent.parse(rs.getString("traceparent"))))
                .list();
    }

    /**
     * When the next message that is first in line becomes due; messages waiting behind an earlier one for the same
     * object do not count, they become first in line only when that one is delivered or given up.
     */
    Optional<OffsetDateTime> nextDue() {
        return jdbc.sql("""
                        select min(o.next_attempt_at) from notificatie_outbox o
                        where o.status = 'pending'
                          and not exists (
                              select 1 from notificatie_outbox e
                              where e.status = 'pending' and e.object_uuid = o.object_uuid
                                and e.destination = o.destination and e.id < o.id)""")
                .query((rs, row) -> Optional.ofNullable(Rows.dateTime(rs, "min")))
                .single();
    }

    void delivered(long id, int attempts, OffsetDateTime now) {
        jdbc.sql("""
                        update notificatie_outbox
                        set status = 'delivered', attempts = ?, delivered_at = ?, last_error = null
                        where id = ?""").params(attempts, now, id).update();
    }

    void retryLater(long id, int attempts, OffsetDateTime nextAttempt, @Nullable String error) {
        jdbc.sql("update notificatie_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(attempts, nextAttempt, truncate(error), id)
                .update();
    }

    void giveUp(long id, int attempts, OffsetDateTime now, @Nullable String error) {
        jdbc.sql("""
                        update notificatie_outbox set status = 'failed', attempts = ?, failed_at = ?, last_error = ?
                        where id = ?""").params(attempts, now, truncate(error), id).update();
    }

    /** Removes messages delivered before the moment; returns how many. */
    @Transactional
    public int prune(OffsetDateTime deliveredBefore) {
        return jdbc.sql("delete from notificatie_outbox where status = 'delivered' and delivered_at < ?")
                .param(deliveredBefore)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Failed> failed() {
        return failed(Integer.MAX_VALUE);
    }

    /** The first messages given up on, oldest first. */
    @Transactional(readOnly = true)
    public List<Failed> failed(int limit) {
        return jdbc.sql("""
                        select id, message_id, destination, kind, payload, attempts, created_at, failed_at, last_error
                        from notificatie_outbox where status = 'failed' order by id limit ?""")
                .param(limit)
                .query((rs, row) -> new Failed(
                        rs.getLong("id"),
                        Rows.uuid(rs, "message_id"),
                        rs.getString("destination"),
                        about(OutboxMessage.Kind.of(rs.getString("kind")), rs.getString("payload")),
                        rs.getInt("attempts"),
                        Objects.requireNonNull(Rows.dateTime(rs, "created_at")),
                        Rows.dateTime(rs, "failed_at"),
                        rs.getString("last_error")))
                .list();
    }

    /**
     * Puts a failed message back in line, with a fresh count of attempts.
     *
     * @return whether there was a failed message with that id
     */
    @Transactional
    public boolean requeue(long id) {
        int updated =
                jdbc.sql(requeue("and id = ?")).params(Times.now(clock), id).update();
        wakeAfterCommit();
        return updated > 0;
    }

    /** Puts every failed message back in line; returns how many. */
    @Transactional
    public int requeueAll() {
        int updated = jdbc.sql(requeue("")).params(Times.now(clock)).update();
        wakeAfterCommit();
        return updated;
    }

    private static String requeue(String condition) {
        return """
                update notificatie_outbox
                set status = 'pending', attempts = 0, next_attempt_at = ?, failed_at = null
                where status = 'failed'\s""" + condition;
    }

    /** A line saying what a message is about, e.g. {@code klantcontacten create https://...}. */
    /** Whether the CloudEvent is a klant's confirmation, which goes only to the subscribers of confirmations. */
    static boolean isBevestiging(String payload) {
        return Bevestigingen.TYPE.equals(JSON.readTree(payload).path("type").asString(""));
    }

    static String about(OutboxMessage.Kind kind, String payload) {
        JsonNode message = JSON.readTree(payload);
        return switch (kind) {
            case NOTIFICATIE ->
                String.join(
                        " ",
                        message.path("kanaal").asString(""),
                        message.path("actie").asString(""),
                        message.path("resourceUrl").asString(""));
            case CLOUDEVENT ->
                String.join(
                        " ",
                        message.path("type").asString(""),
                        message.path("subject").asString(""));
        };
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    private static @Nullable String truncate(@Nullable String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
