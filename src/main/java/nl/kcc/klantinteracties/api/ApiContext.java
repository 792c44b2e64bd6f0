package nl.kcc.klantinteracties.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * What the register knows of the request it is answering, handed to the code that reads and shows objects: where the
 * client reached the register, whether it may see what is confidential, and the version of the object it expects to
 * change ({@code If-Match}).
 *
 * @param urls how object URLs are written for this client
 * @param vertrouwelijk whether the caller may see confidential klantcontacten and secret partijen
 * @param ifMatch the entity tags of {@code If-Match}, or null when the request has none
 * @param owner the application whose own confidential klantcontacten and secret partijen the caller sees although
 *     it may not see those of others, or null (ADR 0013)
 */
public record ApiContext(
        @Nullable Urls urls,
        boolean vertrouwelijk,
        @Nullable List<String> ifMatch,
        @Nullable UUID owner) {

    public ApiContext(@Nullable Urls urls, boolean vertrouwelijk, @Nullable List<String> ifMatch) {
        this(urls, vertrouwelijk, ifMatch, null);
    }

    /**
     * The request attribute in which authentication leaves whether the caller may see what is confidential. Absent
     * means no: what is confidential stays hidden unless access was granted.
     */
    public static final String VERTROUWELIJK = ApiContext.class.getName() + ".vertrouwelijk";

    /** The request attribute in which authentication leaves {@link #owner}; absent means none. */
    public static final String OWNER = ApiContext.class.getName() + ".owner";

    /** How object URLs are written for this client; a context made only to decide visibility has none. */
    @Override
    public Urls urls() {
        return Objects.requireNonNull(urls, "a context without URLs shows no objects");
    }

    /** The same caller, changing an object only if it is still one of these versions. */
    public ApiContext withIfMatch(@Nullable List<String> ifMatch) {
        return new ApiContext(urls, vertrouwelijk, ifMatch, owner);
    }

    /** The same caller without the vertrouwelijk scope, seeing what this application registered as well. */
    public ApiContext ownedBy(UUID owner) {
        return new ApiContext(urls, false, ifMatch, owner);
    }

    public static ApiContext of(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.IF_MATCH);
        List<String> ifMatch = header == null
                ? null
                : Arrays.stream(header.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
        boolean vertrouwelijk = Boolean.TRUE.equals(request.getAttribute(VERTROUWELIJK));
        UUID owner = vertrouwelijk ? null : request.getAttribute(OWNER) instanceof UUID uuid ? uuid : null;
        return new ApiContext(Urls.of(request), vertrouwelijk, ifMatch, owner);
    }

    /** Someone without the vertrouwelijk scope, for deciding what such callers may see. */
    public static final ApiContext WITHOUT_VERTROUWELIJK = new ApiContext(null, false, null);

    /** For the register's own work outside a request, which sees everything. */
    public static ApiContext internal(Urls urls) {
        return new ApiContext(urls, true, null);
    }
}
