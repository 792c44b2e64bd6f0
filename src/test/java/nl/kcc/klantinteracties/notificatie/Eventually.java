package nl.kcc.klantinteracties.notificatie;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for something that happens in the background: polls until it holds, fails after a deadline. */
public final class Eventually {

    private Eventually() {}

    public static void await(String what, Duration deadline, BooleanSupplier condition) {
        await(what, deadline, condition, () -> "");
    }

    /** @param state what the test saw, for the failure message */
    public static void await(String what, Duration deadline, BooleanSupplier condition, Supplier<Object> state) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + deadline + " for " + what + "; saw " + state.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
