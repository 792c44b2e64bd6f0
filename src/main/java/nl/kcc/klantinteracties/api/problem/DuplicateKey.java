package nl.kcc.klantinteracties.api.problem;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;

/** Recognises Jackson's refusal of a key that occurs twice in one object, and names the key for the client. */
final class DuplicateKey {

    private static final String PREFIX = "Duplicate Object property \"";

    private DuplicateKey() {}

    /** The 400 for a duplicate key among the causes of a failure, or null when there is none. */
    static @Nullable ApiException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read
                    && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith(PREFIX)) {
                String message = read.getOriginalMessage();
                int end = message.indexOf('"', PREFIX.length());
                String key = end < 0 ? "" : message.substring(PREFIX.length(), end);
                String path = path(read, key);
                return ApiException.invalid(
                        path, "duplicate_key", "Het veld \"" + key + "\" komt meer dan eens voor in hetzelfde object.");
            }
        }
        return null;
    }

    /** The dotted path of the key, as invalidParams name fields ({@code betrokkene.rol}). */
    private static String path(StreamReadException read, String key) {
        var parts = new java.util.ArrayDeque<String>();
        parts.push(key);
        if (read.processor() instanceof JsonParser parser) {
            // The context is the object holding the duplicate; its parents give the path to it.
            for (TokenStreamContext context = parser.streamReadContext().getParent();
                    context != null && !context.inRoot();
                    context = context.getParent()) {
                if (context.inArray()) {
                    parts.push(String.valueOf(context.getCurrentIndex()));
                } else if (context.currentName() != null) {
                    parts.push(context.currentName());
                }
            }
        }
        return String.join(".", parts);
    }
}
