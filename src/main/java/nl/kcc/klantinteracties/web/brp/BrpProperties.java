package nl.kcc.klantinteracties.web.brp;

import java.time.Duration;
import nl.kcc.klantinteracties.web.Koppelingen;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The BRP the werkplek asks about residents: Haal Centraal BRP Personen Bevragen (version 2), as RvIG and the
 * municipality's own BRP servers offer it.
 *
 * @param url the address of the personen endpoint's root ({@code https://brp.gemeente.nl/haalcentraal/api/brp});
 *     without it the werkplek works on the register alone
 * @param apiKey the key sent as {@code X-API-KEY}, as RvIG's gateway asks; empty when the way there is secured
 *     otherwise (mutual TLS at a gateway)
 * @param timeout for connecting to and hearing back from the BRP
 */
@ConfigurationProperties("klantinteracties.brp")
record BrpProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String apiKey,
        @DefaultValue("3s") Duration timeout) {

    BrpProperties {
        url = Koppelingen.url(url, "klantinteracties.brp.url", "https://brp.gemeente.nl/haalcentraal/api/brp");
        timeout = Koppelingen.timeout(timeout, "klantinteracties.brp.timeout");
    }
}
