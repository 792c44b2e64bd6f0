package nl.kcc.klantinteracties.observability;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C trace context ({@code traceparent}: version, trace id, parent span id, flags), as the register passes it from
 * an incoming request to the notifications about its changes.
 */
public record TraceParent(String traceId, String spanId, String flags) {

    public static final String HEADER = "traceparent";

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The header's value if it is a valid version-00 trace context (all-zero ids are invalid by the standard). */
    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(header.strip());
        if (!matcher.matches()
                || matcher.group(1).matches("0+")
                || matcher.group(2).matches("0+")) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    /** A context in the same trace, below this one: what a call made on its behalf carries. */
    public TraceParent child() {
        byte[] id = new byte[8];
        do {
            RANDOM.nextBytes(id);
        } while (HexFormat.of().formatHex(id).matches("0+"));
        return new TraceParent(traceId, HexFormat.of().formatHex(id), flags);
    }

    public boolean sampled() {
        return (Integer.parseInt(flags, 16) & 1) == 1;
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }
}
