package nl.kcc.klantinteracties.api.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.problem.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Entity tags of objects: a hash of the object as the API shows it, without its {@code _expand}. A client that sends
 * one back in {@code If-Match} changes the object only if nobody changed it in between.
 */
public final class ETags {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ETags() {}

    public static String of(Representation shown) {
        ObjectNode tree = JSON.valueToTree(shown);
        tree.remove("_expand");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses the change when the client named versions in {@code If-Match} and the object is at none of them. Without
     * {@code If-Match} every change goes ahead, as the standard's clients expect.
     */
    public static void checkPrecondition(@Nullable List<String> ifMatch, Representation current) {
        if (ifMatch == null || ifMatch.contains("*")) {
            return;
        }
        String tag = of(current);
        if (!ifMatch.contains(tag)) {
            throw ApiException.of(
                    HttpStatus.PRECONDITION_FAILED,
                    "PreconditionFailed",
                    "precondition_failed",
                    "Het object is intussen gewijzigd.",
                    "If-Match komt niet overeen met de huidige versie (ETag " + tag + "); haal het object opnieuw op.");
        }
    }
}
