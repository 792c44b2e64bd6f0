package nl.kcc.klantinteracties.notificatie;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JWT-ZGW bearer token, as the APIs of Zaakgericht Werken authenticate each other: HS256 with the secret shared with
 * the Notificaties API, naming the client. The register acts on its own behalf, so the user it names is itself.
 */
public final class ZgwToken {

    static final String USER_REPRESENTATION = "Klantinteracties register";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER =
            BASE64URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private ZgwToken() {}

    public static String create(String clientId, String secret, Instant issuedAt) {
        ObjectNode claims = JsonNodeFactory.instance.objectNode();
        claims.put("iss", clientId);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("client_id", clientId);
        claims.put("user_id", clientId);
        claims.put("user_representation", USER_REPRESENTATION);
        String signed = HEADER + "." + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
        return signed + "." + BASE64URL.encodeToString(hmacSha256(secret, signed));
    }

    static byte[] hmacSha256(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
