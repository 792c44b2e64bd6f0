package nl.kcc.klantinteracties.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of every error response ({@code application/problem+json}), as the standard's APIs shape it: RFC 9457
 * members plus {@code code} and, for invalid input, {@code invalidParams}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String code,
        String title,
        int status,
        @Nullable String detail,
        String instance,
        @Nullable List<InvalidParam> invalidParams) {}
