package nl.kcc.klantinteracties.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The register's notion of now: UTC, to the microsecond, which is what PostgreSQL keeps. */
public final class Clock {

    private Clock() {}

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** A time as the register stores it: in UTC, to the microsecond. */
    public static OffsetDateTime normalize(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
