package nl.kcc.klantinteracties.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the werkplek works for this municipality (how medewerkers log in is in the security package's settings).
 *
 * @param kccAfdeling the naam of the afdeling (an actor of soort organisatorische_eenheid) that is the contact centre:
 *     its tasks can be sent back to it, its own tasks cannot
 * @param conceptBewaartijd how long what a medewerker typed in an unsaved contact is kept for them
 */
@ConfigurationProperties("klantinteracties.werkplek")
public record WerkplekProperties(
        @DefaultValue("KCC") String kccAfdeling,
        @DefaultValue("8h") Duration conceptBewaartijd) {

    public WerkplekProperties {
        kccAfdeling = kccAfdeling.strip();
        if (kccAfdeling.isEmpty()) {
            throw new IllegalArgumentException("klantinteracties.werkplek.kcc-afdeling cannot be empty");
        }
        if (conceptBewaartijd.isNegative() || conceptBewaartijd.isZero()) {
            throw new IllegalArgumentException(
                    "klantinteracties.werkplek.concept-bewaartijd must be positive, not " + conceptBewaartijd);
        }
    }
}
