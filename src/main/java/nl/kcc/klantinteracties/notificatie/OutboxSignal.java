package nl.kcc.klantinteracties.notificatie;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes the dispatcher when this instance commits new work, so a message leaves within moments of its change instead
 * of at the next poll. Work committed by another instance is found by polling.
 */
@Component
class OutboxSignal {

    private final Semaphore signals = new Semaphore(0);

    void wake() {
        // One permit is enough however many commits came in: the dispatcher claims everything that is due.
        if (signals.availablePermits() == 0) {
            signals.release();
        }
    }

    /** Waits until woken or the time has passed; a wake-up that came earlier counts. */
    void await(Duration timeout) throws InterruptedException {
        if (signals.tryAcquire(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
            signals.drainPermits();
        }
    }
}
