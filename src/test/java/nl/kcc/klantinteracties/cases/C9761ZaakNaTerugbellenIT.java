package nl.kcc.klantinteracties.cases;

import static org.hamcrest.Matchers.*;

import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Case C9761: during the call-back it turns out that things must be looked into; the medewerker makes a zaak in the
 * Zaken API and links it to the contact when closing the task.
 */
class C9761ZaakNaTerugbellenIT extends KccCase {

    @Test
    void theZaakIsLinkedThroughAnOnderwerpobjectAndTheTaskClosedWithItsNumber() {
        String vergunningen = afdeling("Vergunningen");
        String petra = medewerker("Petra Willems");
        String karel = registreerPartij("Karel", "Deurne", BSN);
        var vraag = registreer(
                telefoongesprek("Overlast bouwwerkzaamheden", "Buren bouwen zonder vergunning?"),
                klant(karel),
                medewerker("Nicole van Dijk"));
        String taak = taak(vraag.klantcontact(), "Terugbellen", "Klant wil teruggebeld worden.", vergunningen);

        var terugbellen = registreer(
                telefoongesprek("Overlast bouwwerkzaamheden", "Klant teruggebeld; situatie wordt onderzocht."),
                Bodies.with(klant(karel), "initiator", false),
                petra);
        // The zaak is made in the Zaken API; the register keeps what the contact was about.
        String zaak = UUID.randomUUID().toString();
        api().body(Map.of(
                        "klantcontact",
                        Bodies.ref(terugbellen.klantcontact()),
                        "onderwerpobjectidentificator",
                        zaak(zaak)))
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201);
        api().body(Map.of(
                        "wasKlantcontact",
                        Bodies.ref(vraag.klantcontact()),
                        "klantcontact",
                        Bodies.ref(terugbellen.klantcontact())))
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201);
        api().body(Map.of("status", "verwerkt", "toelichting", "Zaak ZAAK-2024-0001 aangemaakt"))
                .patch("/internetaken/" + taak)
                .then()
                .statusCode(200);

        api().get("/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=" + zaak)
                .then()
                .body("results.uuid", contains(terugbellen.klantcontact()));
        api().get("/klantcontacten?onderwerpobject__onderwerpobjectidentificatorCodeObjecttype=zaak"
                        + "&hadBetrokkene__wasPartij__uuid=" + karel)
                .then()
                .body("count", equalTo(1));
        api().get("/klantcontacten?wasOnderwerpobject__uuid="
                        + api().get("/onderwerpobjecten?wasKlantcontact__uuid=" + vraag.klantcontact())
                                .path("results[0].uuid"))
                .then()
                .body("results.uuid", contains(vraag.klantcontact()));
        api().get("/internetaken/" + taak)
                .then()
                .body("status", equalTo("verwerkt"))
                .body("toelichting", equalTo("Zaak ZAAK-2024-0001 aangemaakt"))
                .body("afgehandeldOp", notNullValue());
        api().get("/klantcontacten/" + terugbellen.klantcontact() + "?expand=gingOverOnderwerpobjecten")
                .then()
                .body("_expand.gingOverOnderwerpobjecten.onderwerpobjectidentificator.objectId", hasItem(zaak));
    }
}
