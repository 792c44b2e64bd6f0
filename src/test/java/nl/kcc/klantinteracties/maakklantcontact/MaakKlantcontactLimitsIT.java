package nl.kcc.klantinteracties.maakklantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * What one {@code /maak-klantcontact} costs is bounded by its input: references are checked in one query per kind,
 * and a request has at most {@value MaakKlantcontact#MAX_PARTS_PER_LIST} actoren and as many digitale adressen.
 */
class MaakKlantcontactLimitsIT extends ApiIT {

    @Test
    void tooManyActorenIsAClear400BeforeAnyWork() {
        // 15,000 references: about 0.7 MB, under the body limit.
        var body = maak(unknownActoren(15_000));
        long start = System.nanoTime();
        extended()
                .body(body)
                .post("/maak-klantcontact")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("actoren.nonFieldErrors"))
                .body("invalidParams.code", contains("max_items"))
                .body("invalidParams[0].reason", containsString("100"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        api().get("/klantcontacten").then().body("count", equalTo(0));
    }

    @Test
    void tooManyDigitaleAdressenIsA400() {
        var adressen = IntStream.range(0, MaakKlantcontact.MAX_PARTS_PER_LIST + 1)
                .mapToObj(i -> Map.of("soortDigitaalAdres", "email", "adres", "k" + i + "@example.nl"))
                .toList();
        extended()
                .body(Map.of(
                        "klantcontact",
                        Bodies.klantcontact(),
                        "betrokkene",
                        Map.of("rol", "klant", "initiator", true),
                        "digitaleAdressen",
                        adressen))
                .post("/maak-klantcontact")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("digitaleAdressen.nonFieldErrors"))
                .body("invalidParams.code", contains("max_items"));
    }

    @Test
    void unknownReferencesCostOneQueryWhateverTheirNumber() {
        Response one = extended().body(maak(unknownActoren(1))).post("/maak-klantcontact");
        Response hundred = extended()
                .body(maak(unknownActoren(MaakKlantcontact.MAX_PARTS_PER_LIST)))
                .post("/maak-klantcontact");

        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(hundred.statusCode()).isEqualTo(400);
        List<String> names = hundred.path("invalidParams.name");
        assertThat(names)
                .hasSize(MaakKlantcontact.MAX_PARTS_PER_LIST)
                .allMatch(n -> n.matches("actoren\\.\\d+\\.uuid"));
        assertThat(hundred.header("X-SQL-Statements")).isNotNull().isEqualTo(one.header("X-SQL-Statements"));
    }

    @Test
    void theLimitItselfIsAllowed() {
        var actoren = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < MaakKlantcontact.MAX_PARTS_PER_LIST; i++) {
            // Without the contract check of every answer: a hundred of them would take most of the test's time.
            String uuid = anonymous()
                    .basePath("/klantinteracties/api/v1")
                    .header("Authorization", "Token " + key())
                    .contentType("application/json")
                    .body(Map.of("naam", "Medewerker " + i, "soortActor", "medewerker"))
                    .post("/actoren")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("uuid");
            actoren.add(Bodies.ref(uuid));
        }
        extended()
                .body(maak(actoren))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .body("actorklantcontacten", hasSize(MaakKlantcontact.MAX_PARTS_PER_LIST));
    }

    private static Map<String, Object> maak(List<Map<String, Object>> actoren) {
        return Map.of("klantcontact", Bodies.klantcontact(), "actoren", actoren);
    }

    private static List<Map<String, Object>> unknownActoren(int count) {
        var refs = new ArrayList<Map<String, Object>>(count);
        for (int i = 0; i < count; i++) {
            refs.add(Bodies.ref(UUID.randomUUID().toString()));
        }
        return refs;
    }
}
