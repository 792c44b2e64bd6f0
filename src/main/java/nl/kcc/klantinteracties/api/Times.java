package nl.kcc.klantinteracties.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;

/**
 * Times as the register keeps them: in UTC, to the microsecond, which is what PostgreSQL stores. What "now" is comes
 * from the {@link Clock} bean ({@link ClockConfiguration}), so that a test can fix it.
 */
public final class Times {

    private Times() {}

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    @Contract("null -> null; !null -> !null")
    public static @Nullable OffsetDateTime normalize(@Nullable OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
