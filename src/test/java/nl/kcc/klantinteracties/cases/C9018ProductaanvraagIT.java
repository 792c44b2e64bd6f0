package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Case C9018: an authenticated klant asks for a product by phone; the request is stored in its own register, the
 * contact points at it as a bijlage, and a colleague is asked to make the zaak.
 */
class C9018ProductaanvraagIT extends KccCase {

    @Test
    void theProductaanvraagIsABijlageOfTheContactAndAColleagueMakesTheZaak() {
        String nicole = medewerker("Nicole van Dijk");
        String vergunningen = afdeling("Vergunningen");
        String karel = registreerPartij("Karel", "Deurne", BSN);
        String productaanvraag = UUID.randomUUID().toString();

        var contact = registreer(
                telefoongesprek("Aanvraag gehandicaptenparkeerkaart", "Aanvraag telefonisch opgenomen."),
                klant(karel),
                nicole);
        bijlage(contact.klantcontact(), productaanvraag, "productaanvraag", "objecten");
        String taak = taak(
                contact.klantcontact(),
                "Zaak aanmaken voor productaanvraag",
                "Aanvraag staat in objecten.",
                vergunningen);

        api().get("/klantcontacten/" + contact.klantcontact()
                        + "?expand=hadBetrokkenen,omvatteBijlagen,leiddeTotInterneTaken")
                .then()
                .body("onderwerp", equalTo("Aanvraag gehandicaptenparkeerkaart"))
                .body("_expand.hadBetrokkenen[0].wasPartij.uuid", equalTo(karel))
                .body("_expand.omvatteBijlagen[0].bijlageidentificator.objectId", equalTo(productaanvraag))
                .body("_expand.omvatteBijlagen[0].bijlageidentificator.codeObjecttype", equalTo("productaanvraag"))
                .body("_expand.leiddeTotInterneTaken[0].uuid", equalTo(taak))
                .body("_expand.leiddeTotInterneTaken[0].status", equalTo("te_verwerken"));
        api().get("/bijlagen?bijlageidentificatorObjectId=" + productaanvraag)
                .then()
                .body("results.wasBijlageVanKlantcontact.uuid", contains(contact.klantcontact()));
    }
}
