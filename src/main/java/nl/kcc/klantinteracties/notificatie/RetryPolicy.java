package nl.kcc.klantinteracties.notificatie;

import java.time.Duration;

/**
 * How long to wait after a failed delivery: the initial delay, doubled after every further failure, never more than
 * the maximum; after the last attempt the message is given up until an operator re-queues it.
 */
record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts) {

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        // Beyond 62 doublings any positive delay has long passed the maximum (and a long shift would overflow).
        if (doublings >= 62) {
            return maxDelay;
        }
        long factor = 1L << doublings;
        if (initialDelay.toNanos() > maxDelay.toNanos() / factor) {
            return maxDelay;
        }
        return initialDelay.multipliedBy(factor);
    }

    boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
