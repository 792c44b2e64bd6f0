package nl.kcc.klantinteracties.api;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New object identifiers: version 7 UUIDs, which start with their creation time. Ordering by uuid is ordering by
 * creation ("newest first" needs no extra column), and new rows land at the end of the primary-key index.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private Uuids() {}

    /** A new version 7 UUID; within one process each is greater than the one before. */
    public static synchronized UUID next() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = RANDOM.nextInt(1 << 11);
        } else {
            sequence++;
            if (sequence >= (1 << 12)) {
                // 4096 in one millisecond: borrow the next millisecond to stay ordered.
                lastMillis++;
                sequence = 0;
            }
        }
        return at(lastMillis, sequence, RANDOM.nextLong());
    }

    /** A version 7 UUID for a given moment, e.g. for data written straight into the database. */
    public static UUID at(long millis, long sequence, long random) {
        long high = (millis << 16) | 0x7000L | (sequence & 0x0fffL);
        long low = (random & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
