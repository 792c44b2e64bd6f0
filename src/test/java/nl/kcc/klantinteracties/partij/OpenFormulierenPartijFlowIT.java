package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * Open Formulieren after a submission: it registers the partij with its BSN and preferred language in one request,
 * keeps the e-mail address the person verified as the partij's standard one, and later prefills a form with it.
 */
class OpenFormulierenPartijFlowIT extends ApiIT {

    @Test
    void registersThePartijInOneRequestAndFindsItsEmailByBsn() {
        String partij = api().body("""
                        {"soortPartij": "persoon", "indicatieActief": true, "voorkeurstaal": "nld",
                         "partijIdentificatie": {"contactnaam": {"voornaam": "Fatima", "achternaam": "El Amrani"}},
                         "partijIdentificatoren": [
                           {"partijIdentificator": {"codeObjecttype": "natuurlijk_persoon", "codeSoortObjectId": "bsn",
                                                    "objectId": "%s", "codeRegister": "brp"}}]}""".formatted(BSN))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("voorkeurstaal", equalTo("nld"))
                .body("partijIdentificatoren[0].partijIdentificator.objectId", equalTo(BSN))
                .extract()
                .path("uuid");

        api().get("/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=" + BSN)
                .then()
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(partij));

        String email = registreer(
                api(),
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij", ref(partij),
                        "adres", "fatima@example.nl",
                        "soortDigitaalAdres", "email",
                        "isStandaardAdres", true,
                        "verificatieDatum", "2024-11-01",
                        "referentie", "portaalvoorkeur"));
        registreer(
                api(),
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij",
                        ref(partij),
                        "adres",
                        "0612345678",
                        "soortDigitaalAdres",
                        "telefoonnummer"));
        String vanAnder = registreer(
                api(), "/digitaleadressen", Map.of("adres", "ander@example.nl", "soortDigitaalAdres", "email"));

        api().get("/digitaleadressen?verstrektDoorPartij__partijIdentificator__codeSoortObjectId=bsn"
                        + "&verstrektDoorPartij__partijIdentificator__codeRegister=brp"
                        + "&verstrektDoorPartij__partijIdentificator__codeObjecttype=natuurlijk_persoon"
                        + "&verstrektDoorPartij__partijIdentificator__objectId=" + BSN + "&soortDigitaalAdres=email")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(email))
                .body("results[0].isStandaardAdres", equalTo(true))
                .body("results[0].verificatieDatum", equalTo("2024-11-01"))
                .body("results.uuid", not(hasItem(vanAnder)));

        // Updating the preference later: a new verified address becomes the standard one.
        String nieuw = registreer(
                api(),
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij",
                        ref(partij),
                        "adres",
                        "f.elamrani@example.nl",
                        "soortDigitaalAdres",
                        "email",
                        "isStandaardAdres",
                        true));
        api().get("/digitaleadressen?isStandaardAdres=true&verstrektDoorPartij__partijIdentificator__objectId=" + BSN)
                .then()
                .body("results.uuid", contains(nieuw));
        api().get("/digitaleadressen/" + email).then().body("isStandaardAdres", equalTo(false));
    }
}
