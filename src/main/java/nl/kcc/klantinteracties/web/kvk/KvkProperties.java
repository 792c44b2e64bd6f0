package nl.kcc.klantinteracties.web.kvk;

import java.time.Duration;
import nl.kcc.klantinteracties.web.Koppelingen;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Handelsregister the werkplek asks about companies: the KvK's Zoeken API (version 2), at the KvK itself or behind
 * the municipality's own gateway.
 *
 * @param url the root of the KvK's APIs ({@code https://api.kvk.nl/api}), under which {@code v2/zoeken} is found;
 *     without it the werkplek works on the register alone
 * @param apiKey the key sent as {@code apikey}, as the KvK asks
 * @param timeout for connecting to and hearing back from the KvK
 */
@ConfigurationProperties("klantinteracties.kvk")
record KvkProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String apiKey,
        @DefaultValue("3s") Duration timeout) {

    KvkProperties {
        url = Koppelingen.url(url, "klantinteracties.kvk.url", "https://api.kvk.nl/api");
        timeout = Koppelingen.timeout(timeout, "klantinteracties.kvk.timeout");
    }
}
