package nl.kcc.klantinteracties.web.zaken;

import java.time.Duration;
import nl.kcc.klantinteracties.web.Koppelingen;
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
        url = Koppelingen.url(url, "klantinteracties.zaken.url", "https://zaken.gemeente.nl/zaken/api/v1");
        if (clientId.isBlank() != secret.isBlank()) {
            throw new IllegalArgumentException(
                    "klantinteracties.zaken.client-id and klantinteracties.zaken.secret go together: give both or neither");
        }
        timeout = Koppelingen.timeout(timeout, "klantinteracties.zaken.timeout");
    }
}
