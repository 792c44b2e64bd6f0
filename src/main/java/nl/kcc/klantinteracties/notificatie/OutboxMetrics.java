package nl.kcc.klantinteracties.notificatie;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import nl.kcc.klantinteracties.api.Times;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The notification outbox as gauges: messages pending, messages given up on, and the age of the oldest undelivered
 * one (zero when there is none). One query over the outbox's partial indexes gives all three, at most once per
 * {@link #FRESH_FOR}, however often and by however many scrapers they are read.
 */
@Component
final class OutboxMetrics {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private record Snapshot(
            long takenAt,
            long pending,
            long failed,
            @Nullable OffsetDateTime oldest) {}

    private final Outbox outbox;
    private final Clock clock;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(Long.MIN_VALUE, 0, 0, null));

    OutboxMetrics(Outbox outbox, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        Gauge.builder(
                        "klantinteracties.notificaties.pending",
                        this,
                        m -> m.snapshot().pending())
                .description("Notifications waiting to be delivered")
                .register(registry);
        Gauge.builder(
                        "klantinteracties.notificaties.failed",
                        this,
                        m -> m.snapshot().failed())
                .description("Notifications given up on after their retries, until re-queued in Beheer")
                .register(registry);
        Gauge.builder("klantinteracties.notificaties.oldest.undelivered.age", this, OutboxMetrics::oldestAgeSeconds)
                .description("Age of the oldest notification not delivered yet (pending or failed)")
                .baseUnit("seconds")
                .register(registry);
    }

    private double oldestAgeSeconds() {
        OffsetDateTime oldest = snapshot().oldest();
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, Times.now(clock)).toMillis() / 1000.0);
    }

    private Snapshot snapshot() {
        Snapshot current = Objects.requireNonNull(last.get());
        long now = System.nanoTime();
        if (now - current.takenAt() < FRESH_FOR.toNanos() && current.takenAt() != Long.MIN_VALUE) {
            return current;
        }
        try {
            List<Outbox.Backlog> backlog = outbox.backlog();
            long pending = backlog.stream().mapToLong(Outbox.Backlog::pending).sum();
            long failed = backlog.stream().mapToLong(Outbox.Backlog::failed).sum();
            OffsetDateTime oldest = backlog.stream()
                    .map(Outbox.Backlog::oldestUndelivered)
                    .filter(java.util.Objects::nonNull)
                    .min(OffsetDateTime::compareTo)
                    .orElse(null);
            Snapshot fresh = new Snapshot(now, pending, failed, oldest);
            last.set(fresh);
            return fresh;
        } catch (RuntimeException e) {
            // The database away: the last known values stay, the outage itself shows in readiness.
            log.debug("Outbox gauges not refreshed: {}", e.getMessage());
            return current;
        }
    }
}
