package nl.kcc.klantinteracties.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application that registered a klantcontact or a partij, as stored with it ({@code registered_by}): the name of
 * the token it used, as {@code md5(name)::uuid}. PostgreSQL computes the same value from {@code api_token.name}, a
 * rotated key (a new token under the same name) keeps the application's objects, and a uuid can stand in the SQL
 * conditions of {@link Vertrouwelijkheid} as a literal without any quoting to get wrong. See ADR 0013.
 */
public final class Owner {

    private Owner() {}

    public static UUID of(String applicationName) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(applicationName.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The application behind the current API request, or null when no token is behind it: the werkplek, the demo and
     * the register's own work own nothing, so no token that happens to share their name can see by ownership.
     */
    public static @Nullable UUID current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof ApiClient client
                && client.tokenId() != null) {
            return of(client.name());
        }
        return null;
    }
}
