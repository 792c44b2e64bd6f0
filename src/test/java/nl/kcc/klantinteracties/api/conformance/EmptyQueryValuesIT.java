package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * A parameter sent without a value is not there, as django-filter reads it in the standard's reference: clients build
 * query strings from forms and empty lists (KISS's contactverzoek logboek asks for a klantcontact with
 * {@code ?expand=}).
 */
class EmptyQueryValuesIT extends ApiIT {

    @Test
    void anEmptyExpandExpandsNothing() {
        String uuid = api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        api().get("/klantcontacten/" + uuid + "?expand=")
                .then()
                .statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("$", not(hasKey("_expand")));
        api().get("/klantcontacten?expand=")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0]", not(hasKey("_expand")));
        api().urlEncodingEnabled(false)
                .get("/klantcontacten/" + uuid + "?expand=hadBetrokkenen,")
                .then()
                .statusCode(200)
                .body("_expand.hadBetrokkenen", empty());
    }

    @Test
    void anEmptyFilterIsNoFilter() {
        String partij = api().body(Bodies.persoon("Jan", "Jansen", "111222333"))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String mail = api().body(Map.of(
                        "verstrektDoorPartij", Bodies.ref(partij),
                        "soortDigitaalAdres", "email",
                        "adres", "jan@example.nl",
                        "omschrijving", "privé",
                        "referentie", "portaal"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        for (String query : new String[] {
            "referentie=",
            "adres=&adres__icontains=",
            "isStandaardAdres=&isGeverifieerd=&soortDigitaalAdres=",
            "verstrektDoorPartij__uuid=&verstrektDoorPartij__url=&verificatieDatum__gte=",
            "verstrektDoorPartij__partijIdentificator__codeRegister=&referentie=portaal"
        }) {
            api().urlEncodingEnabled(false)
                    .get("/digitaleadressen?" + query)
                    .then()
                    .statusCode(200)
                    .body("results.uuid", contains(mail));
        }
        api().urlEncodingEnabled(false)
                .get("/partijen?soortPartij=&indicatieGeheimhouding=&partijIdentificator__objectId=")
                .then()
                .statusCode(200)
                .body("results.uuid", contains(partij));
        api().urlEncodingEnabled(false)
                .get("/digitaleadressen?referentie=ander")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void anEmptyValueOfAnUnknownParameterIsStillUnknown() {
        api().get("/klantcontacten?kanal=")
                .then()
                .statusCode(400)
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
    }
}
