package nl.kcc.klantinteracties.web.zaken;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zaken API the werkplek links contacts to zaken through.
 *
 * @param url the root of the Zaken API ({@code https://zaken.gemeente.nl/zaken/api/v1}); without it the werkplek
 *     offers no zaak search
 * @param clientId the client id of the JWT-ZGW token the werkplek signs its requests with
 * @param secret the secret the token is signed with
 * @param timeout for connecting to and hearing back from the Zaken API
 */
@ConfigurationProperties("klantinteracties.zaken")
record ZakenProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String clientId,
        @DefaultValue("") String secret,
        @DefaultValue("3s") Duration timeout) {

    ZakenProperties {
        url = url.strip().replaceAll("/+$", "");
        if (!url.isEmpty()) {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("klantinteracties.zaken.url must be an http(s) address such as "
                        + "https://zaken.gemeente.nl/zaken/api/v1, not " + url);
            }
        }
        if (clientId.isBlank() != secret.isBlank()) {
            throw new IllegalArgumentException(
                    "klantinteracties.zaken.client-id and klantinteracties.zaken.secret go together: give both or neither");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("klantinteracties.zaken.timeout must be positive, not " + timeout);
        }
    }
}
