package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * A body with a key twice in one object is refused with 400 and stores nothing: "last one wins" would let a proxy, a
 * log and the register read different requests out of the same bytes.
 */
class AmbiguousJsonIT extends ApiIT {

    @Test
    void aDuplicateKeyIsRefusedAndNamed() {
        api().body("""
                        {"kanaal": "telefoon", "onderwerp": "Afval", "inhoud": "Vraag", "indicatieContactGelukt": true,
                         "taal": "nld", "vertrouwelijk": false, "vertrouwelijk": true}""")
                .post("/klantcontacten")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid"))
                .body("invalidParams.name", contains("vertrouwelijk"))
                .body("invalidParams.code", contains("duplicate_key"));

        api().get("/klantcontacten").then().statusCode(200).body("count", equalTo(0));
    }

    @Test
    void aDuplicateKeyDeepInTheBodyIsNamedByItsPath() {
        api().body("""
                        {"klantcontact": {"kanaal": "telefoon", "onderwerp": "Afval", "taal": "nld",
                                          "vertrouwelijk": false},
                         "betrokkene": {"rol": "klant", "initiator": true,
                                        "contactnaam": {"voornaam": "Karel", "voornaam": "Jan", "achternaam": "D"}}}""")
                .post("/maak-klantcontact")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("betrokkene.contactnaam.voornaam"));

        api().get("/klantcontacten").then().statusCode(200).body("count", equalTo(0));
        api().get("/betrokkenen").then().statusCode(200).body("count", equalTo(0));
    }

    @Test
    void theSameKeyInDifferentObjectsIsFine() {
        api().body("""
                        {"kanaal": "telefoon", "onderwerp": "Afval", "inhoud": "Vraag", "indicatieContactGelukt": true,
                         "taal": "nld", "vertrouwelijk": false, "metadata": {"kanaal": "x"}}""").post("/klantcontacten").then().statusCode(201).body("kanaal", equalTo("telefoon"));
    }
}
