package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CategorieRelatieIT extends ApiIT {

    private static final String PATH = "/categorie-relaties";

    private String partij;
    private String categorie;

    @BeforeEach
    void partijEnCategorie() {
        partij = registreer(api(), with(persoon("Jan", "Jansen"), "nummer", "7"));
        categorie = registreer(api(), "/categorieen", Map.of("naam", "Ondernemer"));
    }

    private static String vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    @Test
    void registersARelationThatStartsTodayUnlessToldOtherwise() {
        String url = api().body(Map.of("partij", ref(partij), "categorie", ref(categorie)))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1" + PATH + "/"))
                .body("partij.uuid", equalTo(partij))
                .body("partij.url", endsWith("/partijen/" + partij))
                .body("categorie.uuid", equalTo(categorie))
                .body("categorie.url", endsWith("/categorieen/" + categorie))
                .body("categorie.naam", equalTo("Ondernemer"))
                .body("beginDatum", equalTo(vandaag()))
                .body("$", hasKey("eindDatum"))
                .body("eindDatum", nullValue())
                .extract()
                .path("url");
        api().get(url).then().statusCode(200).body("categorie.naam", equalTo("Ondernemer"));

        api().body("{\"beginDatum\": null}")
                .post(PATH)
                .then()
                .statusCode(201)
                .body("beginDatum", equalTo(vandaag()))
                .body("partij", nullValue())
                .body("categorie", nullValue());
        api().body(Map.of("beginDatum", "2020-01-01", "eindDatum", "2020-01-01"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("beginDatum", equalTo("2020-01-01"))
                .body("eindDatum", equalTo("2020-01-01"));
    }

    @Test
    void aRelationDoesNotEndBeforeItStarts() {
        api().body(Map.of("partij", ref(partij), "beginDatum", "2024-06-01", "eindDatum", "2024-05-31"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("eindDatum"))
                .body("invalidParams.code", contains("invalid"));
        // Without a beginDatum it starts today.
        api().body(Map.of("eindDatum", "2000-01-01"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("eindDatum"));
        api().body(Map.of("beginDatum", "1-6-2024", "partij", ref("01a2230f-dc1e-70f6-9769-5cfc8e86f2fd")))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("beginDatum", "partij.uuid"))
                .body("invalidParams.code", contains("invalid", "invalid"));
        api().get(PATH).then().body("count", equalTo(0));

        String url = api().body(Map.of("partij", ref(partij), "beginDatum", "2024-06-01"))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        api().body(Map.of("eindDatum", "2024-05-01"))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("eindDatum"));
        api().body(Map.of("eindDatum", "2024-12-31"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("eindDatum", equalTo("2024-12-31"))
                .body("beginDatum", equalTo("2024-06-01"))
                .body("partij.uuid", equalTo(partij));
        api().body(Map.of("beginDatum", "2025-01-01"))
                .patch(url)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("eindDatum"));
    }

    @Test
    void putAndPatch() {
        String ander = registreer(api(), "/categorieen", Map.of("naam", "Vip"));
        String url = api().body(Map.of("partij", ref(partij), "categorie", ref(categorie), "beginDatum", "2024-01-01"))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("url");

        // The answer names the categorie it now has.
        api().body(Map.of("categorie", ref(ander)))
                .put(url)
                .then()
                .statusCode(200)
                .body("categorie.naam", equalTo("Vip"))
                .body("beginDatum", equalTo("2024-01-01"))
                .body("partij.uuid", equalTo(partij));
        var leeg = new LinkedHashMap<String, Object>();
        leeg.put("beginDatum", null);
        leeg.put("categorie", null);
        api().body(leeg)
                .patch(url)
                .then()
                .statusCode(200)
                .body("beginDatum", nullValue())
                .body("categorie", nullValue());
        api().get("/partijen/" + partij).then().body("categorieRelaties[0].categorieNaam", nullValue());

        api().delete(url).then().statusCode(204);
        api().get(url).then().statusCode(404);
        api().get("/partijen/" + partij).then().body("categorieRelaties", empty());
    }

    @Test
    void filtersOnPartijCategorieAndDates() {
        String ander = registreer(api(), persoon("Piet", "Pietersen"));
        String vip = registreer(api(), "/categorieen", Map.of("naam", "Vip"));
        String a = registreer(
                api(), PATH, Map.of("partij", ref(partij), "categorie", ref(categorie), "beginDatum", "2024-01-01"));
        String b = registreer(
                api(),
                PATH,
                Map.of(
                        "partij",
                        ref(ander),
                        "categorie",
                        ref(vip),
                        "beginDatum",
                        "2024-02-01",
                        "eindDatum",
                        "2024-03-01"));

        Queries.finds(api(), PATH, "", b, a);
        Queries.finds(api(), PATH, "partij__uuid=" + partij, a);
        Queries.finds(api(), PATH, "partij__url=http://elders.example/partijen/" + ander, b);
        Queries.finds(api(), PATH, "partij__url=http://elders.example/partijen/geen-uuid");
        Queries.finds(api(), PATH, "partij__nummer=7", a);
        Queries.finds(api(), PATH, "categorie__uuid=" + vip, b);
        Queries.finds(api(), PATH, "categorie__url=http://elders.example/categorieen/" + categorie, a);
        Queries.finds(api(), PATH, "categorie__naam=Vip", b);
        Queries.finds(api(), PATH, "categorie__naam=Vip,Ondernemer");
        Queries.finds(api(), PATH, "beginDatum=2024-01-01", a);
        Queries.finds(api(), PATH, "eindDatum=2024-03-01", b);

        Queries.refuses(api(), PATH, "partij__uuid=jan", "partij__uuid", "invalid");
        Queries.refuses(api(), PATH, "partij__url=jan", "partij__url", "invalid");
        Queries.refuses(api(), PATH, "categorie__uuid=1", "categorie__uuid", "invalid");
        Queries.refuses(api(), PATH, "categorie__url=1", "categorie__url", "invalid");
        Queries.refuses(api(), PATH, "beginDatum=2024-13-01", "beginDatum", "invalid");
        Queries.refuses(api(), PATH, "eindDatum=morgen", "eindDatum", "invalid");
    }
}
