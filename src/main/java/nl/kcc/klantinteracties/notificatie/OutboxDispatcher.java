package nl.kcc.klantinteracties.notificatie;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kcc.klantinteracties.api.Times;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims the messages that are due, sends them, and records how it went, all in one transaction
 * per batch. The claimed rows stay locked while they are sent, so another instance on the same database skips them
 * and no message goes out twice in normal operation; a crash releases the locks and the messages go out again
 * (at least once).
 *
 * <p>A message waits while an earlier one about the same object for the same destination is undelivered, so each
 * receiver hears of an object's changes in the order they were committed. A failed attempt is retried after a delay
 * that doubles up to a maximum; after the last attempt the message is marked failed and no longer holds back the
 * object's later messages.
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** Messages sent at once; they are first in line for different objects, so they may go in parallel. */
    static final int BATCH_SIZE = 20;

    /** Keeps a dispatcher from spinning on messages that another instance holds while it sends them. */
    private static final Duration MIN_WAIT = Duration.ofMillis(100);

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final NotificatieSettings settings;
    private final RetryPolicy retries;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final OutboxSignal signal;
    private final TransactionTemplate transactions;
    private final ApplicationContext context;
    private final Clock clock;

    private volatile boolean running;
    private @Nullable Thread thread;
    private OffsetDateTime nextPrune = OffsetDateTime.MIN;

    OutboxDispatcher(
            NotificatieSettings settings,
            Outbox outbox,
            OutboxSender sender,
            OutboxSignal signal,
            PlatformTransactionManager transactionManager,
            ApplicationContext context,
            Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.retries = settings.retryPolicy();
        this.outbox = outbox;
        this.sender = sender;
        this.signal = signal;
        this.transactions = new TransactionTemplate(transactionManager);
        this.context = context;
    }

    @Override
    public synchronized void start() {
        // The operator's commands run the same application without a web server; they must not deliver.
        if (!settings.enabled() || !(context instanceof WebServerApplicationContext)) {
            return;
        }
        if (settings.notificatiesApi() && (settings.clientId() == null || settings.secret() == null)) {
            log.warn("NOTIFICATIES_API_URL is set without NOTIFICATIES_CLIENT_ID and NOTIFICATIES_SECRET: "
                    + "notifications are sent without a token");
        }
        running = true;
        thread = Thread.ofVirtual().name("notificatie-dispatcher").start(this::run);
        log.info(
                "Delivering notifications{}{}",
                settings.notificatiesApi() ? " to the Notificaties API at " + settings.apiUrl() : "",
                settings.cloudEvents() ? " to CloudEvents subscribers " + settings.cloudeventsSubscribers() : "");
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        signal.wake();
        try {
            // A batch in flight finishes within the receivers' timeout; after that, sending is cut off and the
            // batch rolls back, to be sent again by whoever runs next.
            // Running, so started: the thread is there.
            Thread sending = Objects.requireNonNull(thread);
            sending.join(settings.timeout().plusSeconds(5));
            if (sending.isAlive()) {
                sending.interrupt();
                sending.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server, so that what its last requests wrote is still sent. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        while (running) {
            try {
                int claimed = dispatchBatch();
                pruneWhenDue();
                if (claimed == 0) {
                    signal.await(untilNextWork());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Could not work on the notification outbox; trying again in {}", settings.pollInterval(), e);
                try {
                    signal.await(settings.pollInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Sends one batch; returns how many messages it claimed. */
    int dispatchBatch() throws InterruptedException {
        Integer claimed = transactions.execute(status -> {
            List<Outbox.Claimed> batch = outbox.claim(BATCH_SIZE, Times.now(clock));
            if (batch.isEmpty()) {
                return 0;
            }
            List<OutboxSender.Outcome> outcomes = sendAll(batch);
            record(batch, outcomes);
            return batch.size();
        });
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return claimed == null ? 0 : claimed;
    }

    private List<OutboxSender.Outcome> sendAll(List<Outbox.Claimed> batch) {
        var outcomes = new ArrayList<OutboxSender.Outcome>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<OutboxSender.Outcome>> sending = batch.stream()
                    .map(message -> executor.submit(() -> sender.send(message)))
                    .toList();
            for (Future<OutboxSender.Outcome> future : sending) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(OutboxSender.Outcome.retry(String.valueOf(e.getCause())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Rolls the batch back: what was sent is sent again later, which at-least-once allows.
            throw new IllegalStateException("Stopped while sending notifications", e);
        }
        return outcomes;
    }

    private void record(List<Outbox.Claimed> batch, List<OutboxSender.Outcome> outcomes) {
        OffsetDateTime now = Times.now(clock);
        int failures = 0;
        String firstError = null;
        for (int i = 0; i < batch.size(); i++) {
            Outbox.Claimed message = batch.get(i);
            OutboxSender.Outcome outcome = outcomes.get(i);
            int attempts = message.attempts() + 1;
            if (outcome.delivered()) {
                outbox.delivered(message.id(), attempts, now);
            } else if (outcome.permanent() || retries.exhausted(attempts)) {
                outbox.giveUp(message.id(), attempts, now, outcome.error());
                log.warn(
                        "Gave up on notification {} (message {}) after {} attempt(s): {}; "
                                + "re-queue it with 'notificaties requeue {}'",
                        message.id(),
                        message.messageId(),
                        attempts,
                        outcome.error(),
                        message.id());
            } else {
                outbox.retryLater(message.id(), attempts, now.plus(retries.delayAfter(attempts)), outcome.error());
                failures++;
                if (firstError == null) {
                    firstError = outcome.error();
                }
            }
        }
        if (failures > 0) {
            log.warn("{} of {} notification(s) not delivered yet, e.g. {}", failures, batch.size(), firstError);
        }
    }

    private Duration untilNextWork() {
        Duration wait = settings.pollInterval();
        var due = outbox.nextDue();
        if (due.isPresent()) {
            Duration untilDue = Duration.between(Times.now(clock), due.get());
            if (untilDue.compareTo(wait) < 0) {
                wait = untilDue;
            }
        }
        return wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait;
    }

    private void pruneWhenDue() {
        OffsetDateTime now = Times.now(clock);
        if (now.isBefore(nextPrune)) {
            return;
        }
        int pruned = outbox.prune(now.minus(settings.pruneAfter()));
        if (pruned > 0) {
            log.info("Pruned {} delivered notification(s) older than {}", pruned, settings.pruneAfter());
        }
        nextPrune = now.plus(PRUNE_EVERY);
    }
}
