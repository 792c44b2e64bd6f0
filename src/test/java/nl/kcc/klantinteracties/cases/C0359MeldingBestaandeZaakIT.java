package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Case C0359: the problem reported is already a zaak; every klant who reports it gets a contact about the same zaak,
 * and the zaak shows all of them.
 */
class C0359MeldingBestaandeZaakIT extends KccCase {

    @Test
    void everyReportOfTheSameProblemIsAContactAboutTheSameZaak() {
        String nicole = medewerker("Nicole van Dijk");
        String zaak = UUID.randomUUID().toString();
        String eerste = melding(zaak, "Karel", "Omgevallen boom op het fietspad.");
        String tweede = melding(zaak, "Fatima", "Er ligt een boom over het fietspad bij de Molenlaan.");
        koppel(nicole, tweede);

        api().get("/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=" + zaak)
                .then()
                .body("count", equalTo(2))
                .body("results.uuid", containsInAnyOrder(eerste, tweede));
        api().get("/onderwerpobjecten?onderwerpobjectidentificatorObjectId=" + zaak)
                .then()
                .body("count", equalTo(2))
                .body("results.klantcontact.uuid", containsInAnyOrder(eerste, tweede));
        api().get("/klantcontacten/" + tweede + "?expand=gingOverOnderwerpobjecten")
                .then()
                .body("_expand.gingOverOnderwerpobjecten", hasSize(1))
                .body(
                        "_expand.gingOverOnderwerpobjecten[0].onderwerpobjectidentificator.codeObjecttype",
                        equalTo("zaak"));
    }

    private String melding(String zaak, String voornaam, String inhoud) {
        return api().body(Map.of(
                        "klantcontact",
                        telefoongesprek("Melding openbare ruimte", inhoud),
                        "betrokkene",
                        ongekendeKlant(voornaam, "Deurne"),
                        "onderwerpobject",
                        Map.of("onderwerpobjectidentificator", zaak(zaak))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid");
    }
}
