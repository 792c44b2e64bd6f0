package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Fields a request body has that the resource does not know are ignored (clients such as KISS send some), and so
 * are the read-only fields a client echoes back.
 */
class UnknownFieldsIT extends ApiIT {

    @Test
    void unknownAndReadOnlyFieldsAreIgnored() {
        api().body(Bodies.with(
                        Bodies.klantcontact(),
                        "medewerkerIdentificatie",
                        java.util.Map.of("voornaam", "Nicole"),
                        "uuid",
                        "00000000-0000-0000-0000-000000000001",
                        "hadBetrokkenen",
                        java.util.List.of(Bodies.ref("00000000-0000-0000-0000-000000000002"))))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .body("uuid", not(equalTo("00000000-0000-0000-0000-000000000001")))
                .body("hadBetrokkenen", empty())
                .body("$", not(hasKey("medewerkerIdentificatie")));
    }
}
