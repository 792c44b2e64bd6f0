package nl.kcc.klantinteracties.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs of the register's objects, as the client reached the register: the request's scheme, host and port,
 * or those a proxy reported in {@code X-Forwarded-*} headers.
 */
public final class Urls {

    private static final String KLANTINTERACTIES_OBJECT = ApiPaths.KLANTINTERACTIES + "/";

    private final String root;

    private Urls(String root) {
        this.root = root;
    }

    public static Urls of(HttpServletRequest request) {
        return new Urls(
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }

    /** For work outside a request (notifications); {@code root} is the register's public address. */
    public static Urls at(String root) {
        return new Urls(root.replaceAll("/+$", ""));
    }

    public String root() {
        return root;
    }

    public String of(String apiPath, String collection, UUID uuid) {
        return root + apiPath + "/" + collection + "/" + uuid;
    }

    /** The collection of a Klantinteracties object's URL, whatever its host, or null for anything else. */
    public static @Nullable String collectionOf(@Nullable String url) {
        if (url == null) {
            return null;
        }
        int at = url.indexOf(KLANTINTERACTIES_OBJECT);
        if (at < 0) {
            return null;
        }
        String rest = url.substring(at + KLANTINTERACTIES_OBJECT.length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }

    public @Nullable Reference klantinteracties(String collection, @Nullable UUID uuid) {
        return uuid == null ? null : new Reference(uuid, of(ApiPaths.KLANTINTERACTIES, collection, uuid));
    }
}
