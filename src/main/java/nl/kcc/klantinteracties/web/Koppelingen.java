package nl.kcc.klantinteracties.web;

import java.net.URI;
import java.time.Duration;

/**
 * The checks every outside system's settings get at start-up (the Zaken API, the BRP, the KvK): a wrong address or wait stops
 * the start with the setting's name, not a medewerker's search later.
 */
public final class Koppelingen {

    private Koppelingen() {}

    /**
     * The address without trailing slashes; empty when the system is not configured.
     *
     * @param voorbeeld an address of the right form, for the message
     */
    public static String url(String url, String setting, String voorbeeld) {
        String stripped = url.strip().replaceAll("/+$", "");
        if (!stripped.isEmpty()) {
            URI uri = URI.create(stripped);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        setting + " must be an http(s) address such as " + voorbeeld + ", not " + stripped);
            }
        }
        return stripped;
    }

    public static Duration timeout(Duration timeout, String setting) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive, not " + timeout);
        }
        return timeout;
    }
}
