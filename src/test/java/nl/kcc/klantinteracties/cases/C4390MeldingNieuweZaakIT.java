package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Case C4390: a klant reports a problem in the public space by phone; the KCC makes a new zaak in the Zaken API and
 * registers the contact as being about that zaak.
 */
class C4390MeldingNieuweZaakIT extends KccCase {

    @Test
    void theContactIsAboutTheNewZaakAndNeedsNoTask() {
        String nicole = medewerker("Nicole van Dijk");
        String zaak = UUID.randomUUID().toString();

        var created = extended()
                .body(Map.of(
                        "klantcontact",
                        telefoongesprek("Melding openbare ruimte", "Lantaarnpaal voor Dennenstraat 35 brandt niet."),
                        "betrokkene",
                        ongekendeKlant("Karel", "Deurne"),
                        "onderwerpobject",
                        Map.of("onderwerpobjectidentificator", zaak(zaak)),
                        "actoren",
                        List.of(Bodies.ref(nicole)),
                        "digitaleAdressen",
                        List.of(Map.of("soortDigitaalAdres", "email", "adres", "karel@example.nl"))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .body("onderwerpobject.onderwerpobjectidentificator.objectId", equalTo(zaak))
                .extract();
        String klantcontact = created.path("klantcontact.uuid");

        api().get("/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=" + zaak)
                .then()
                .body("results.uuid", contains(klantcontact))
                .body("results[0].leiddeTotInterneTaken", empty())
                .body("results[0].hadBetrokkenActoren.uuid", contains(nicole));
        api().get("/betrokkenen?hadKlantcontact__uuid=" + klantcontact)
                .then()
                .body("results[0].wasPartij", nullValue())
                .body("results[0].digitaleAdressen", hasSize(1));
        api().get("/internetaken?aanleidinggevendKlantcontact__uuid=" + klantcontact)
                .then()
                .body("count", equalTo(0));
    }
}
