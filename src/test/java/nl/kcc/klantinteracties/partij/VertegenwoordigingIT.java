package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VertegenwoordigingIT extends ApiIT {

    private static final String PATH = "/vertegenwoordigingen";

    private String ouder;
    private String kind;
    private String bewindvoerder;

    @BeforeEach
    void partijen() {
        ouder = registreer(api(), persoon("Jan", "Jansen"));
        kind = registreer(api(), persoon("Kees", "Jansen"));
        bewindvoerder = registreer(api(), organisatie("Bewindvoering BV"));
    }

    private static Map<String, Object> vertegenwoordiging(String door, String voor) {
        return Map.of("vertegenwoordigendePartij", ref(door), "vertegenwoordigdePartij", ref(voor));
    }

    @Test
    void registersWhoActsForWhom() {
        String url = api().body(vertegenwoordiging(ouder, kind))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1" + PATH + "/"))
                .body("vertegenwoordigendePartij.uuid", equalTo(ouder))
                .body("vertegenwoordigendePartij.url", endsWith("/partijen/" + ouder))
                .body("vertegenwoordigdePartij.uuid", equalTo(kind))
                .body("$", not(hasKey("_expand")))
                .extract()
                .path("url");
        api().get(url).then().statusCode(200).body("vertegenwoordigdePartij.uuid", equalTo(kind));
        api().get("/partijen/" + ouder).then().body("vertegenwoordigden.uuid", contains(kind));
        api().get("/partijen/" + kind).then().body("vertegenwoordigden", empty());
    }

    @Test
    void needsBothPartijen() {
        api().body(Map.of())
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("vertegenwoordigendePartij", "vertegenwoordigdePartij"))
                .body("invalidParams.code", contains("required", "required"));
        api().body(vertegenwoordiging("01a2230f-dc1e-70f6-9769-5cfc8e86f2fd", kind))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("vertegenwoordigendePartij.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().body("{\"vertegenwoordigendePartij\": null, \"vertegenwoordigdePartij\": {\"uuid\": \"" + kind + "\"}}")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("vertegenwoordigendePartij"))
                .body("invalidParams.code", contains("null"));
        api().get(PATH).then().body("count", equalTo(0));
    }

    @Test
    void aPartijDoesNotActForItselfAndForAnotherOnce() {
        api().body(vertegenwoordiging(ouder, ouder))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("vertegenwoordigdePartij"))
                .body("invalidParams.code", contains("invalid"));

        String url = api().body(vertegenwoordiging(ouder, kind))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        api().body(vertegenwoordiging(ouder, kind))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("unique"));
        // The other way round is another vertegenwoordiging.
        registreer(api(), PATH, vertegenwoordiging(kind, ouder));
        String ander = registreer(api(), PATH, vertegenwoordiging(bewindvoerder, kind));

        api().body(Map.of("vertegenwoordigdePartij", ref(ouder)))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("vertegenwoordigdePartij"));
        api().body(Map.of("vertegenwoordigendePartij", ref(ouder)))
                .patch(PATH + "/" + ander)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.code", contains("unique"));
        api().get(PATH).then().body("count", equalTo(3));
    }

    @Test
    void putReplacesBothAndPatchOne() {
        String url = api().body(vertegenwoordiging(ouder, kind))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        api().body(Map.of("vertegenwoordigdePartij", ref(kind)))
                .put(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("vertegenwoordigendePartij"));
        api().body(vertegenwoordiging(bewindvoerder, ouder))
                .put(url)
                .then()
                .statusCode(200)
                .body("vertegenwoordigendePartij.uuid", equalTo(bewindvoerder))
                .body("vertegenwoordigdePartij.uuid", equalTo(ouder));
        api().body(Map.of("vertegenwoordigdePartij", ref(kind)))
                .patch(url)
                .then()
                .statusCode(200)
                .body("vertegenwoordigendePartij.uuid", equalTo(bewindvoerder))
                .body("vertegenwoordigdePartij.uuid", equalTo(kind));

        api().delete(url).then().statusCode(204);
        api().get(PATH).then().body("count", equalTo(0));
        api().get("/partijen/" + bewindvoerder).then().statusCode(200).body("vertegenwoordigden", empty());
    }

    @Test
    void filtersOnBothSides() {
        String a = registreer(api(), PATH, vertegenwoordiging(ouder, kind));
        String b = registreer(api(), PATH, vertegenwoordiging(bewindvoerder, kind));
        String c = registreer(api(), PATH, vertegenwoordiging(bewindvoerder, ouder));

        Queries.finds(api(), PATH, "", c, b, a);
        Queries.finds(api(), PATH, "vertegenwoordigendePartij__uuid=" + bewindvoerder, c, b);
        Queries.finds(api(), PATH, "vertegenwoordigendePartij__url=http://elders.example/partijen/" + ouder, a);
        Queries.finds(api(), PATH, "vertegenwoordigdePartij__uuid=" + kind, b, a);
        Queries.finds(api(), PATH, "vertegenwoordigdePartij__url=http://elders.example/partijen/" + ouder + "/", c);
        Queries.finds(api(), PATH, "vertegenwoordigdePartij__url=http://elders.example/partijen/kind");
        Queries.refuses(
                api(), PATH, "vertegenwoordigendePartij__uuid=ouder", "vertegenwoordigendePartij__uuid", "invalid");
        Queries.refuses(api(), PATH, "vertegenwoordigdePartij__url=kind", "vertegenwoordigdePartij__url", "invalid");
    }
}
