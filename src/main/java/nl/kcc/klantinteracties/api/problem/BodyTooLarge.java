package nl.kcc.klantinteracties.api.problem;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Thrown while reading a request body that turns out larger than the register accepts. It is an I/O failure to the
 * code that reads, and a 413 to the client.
 */
public class BodyTooLarge extends IOException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super("request body larger than " + limit + " bytes", null);
        this.limit = limit;
    }

    public ApiException problem() {
        return problem(limit);
    }

    public static ApiException problem(long limit) {
        return ApiException.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "PayloadTooLarge",
                "payload_too_large",
                "De inhoud van het verzoek is te groot.",
                "Een verzoek mag hoogstens " + limit + " bytes bevatten.");
    }

    /** The instance in the causes of a failure, or null. */
    public static @Nullable BodyTooLarge in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
