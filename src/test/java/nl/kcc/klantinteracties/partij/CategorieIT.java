package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class CategorieIT extends ApiIT {

    private static final String PATH = "/categorieen";

    @Test
    void registersACategorieAndShowsIt() {
        String url = api().body(Map.of("naam", "Ondernemer"))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:" + port + "/klantinteracties/api/v1" + PATH + "/"))
                .body("naam", equalTo("Ondernemer"))
                .body("$", not(hasKey("_expand")))
                .extract()
                .path("url");
        api().get(url).then().statusCode(200).body("url", equalTo(url)).body("naam", equalTo("Ondernemer"));

        api().body(Map.of()).post(PATH).then().statusCode(201).body("naam", equalTo(""));
        api().body(Map.of("naam", "x".repeat(81)))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("naam"))
                .body("invalidParams.code", contains("max_length"));
    }

    @Test
    void putPatchAndDeleteWithItsRelations() {
        String categorie = registreer(api(), PATH, Map.of("naam", "Ondernemer"));
        String partij = registreer(api(), persoon("Jan", "Jansen"));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(partij), "categorie", ref(categorie)));

        api().body(Map.of("naam", "Zzp'er"))
                .put(PATH + "/" + categorie)
                .then()
                .statusCode(200)
                .body("naam", equalTo("Zzp'er"));
        api().get("/partijen/" + partij).then().body("categorieRelaties[0].categorieNaam", equalTo("Zzp'er"));
        api().body(Map.of("naam", "ZZP"))
                .patch(PATH + "/" + categorie)
                .then()
                .statusCode(200)
                .body("naam", equalTo("ZZP"));
        api().body("{\"naam\": null}")
                .patch(PATH + "/" + categorie)
                .then()
                .statusCode(400)
                .body("invalidParams.code", contains("null"));

        api().delete(PATH + "/" + categorie).then().statusCode(204);
        api().get(PATH + "/" + categorie).then().statusCode(404);
        api().get("/categorie-relaties").then().body("count", equalTo(0));
        api().get("/partijen/" + partij).then().statusCode(200).body("categorieRelaties", empty());
    }

    @Test
    void listsNewestFirstAndHasNoFilters() {
        String a = registreer(api(), PATH, Map.of("naam", "a"));
        String b = registreer(api(), PATH, Map.of("naam", "b"));
        Queries.finds(api(), PATH, "", b, a);
        api().get(PATH + "?pageSize=1").then().body("count", equalTo(2)).body("results.uuid", contains(b));
        Queries.refuses(api(), PATH, "naam=a", "nonFieldErrors", "unknown-parameters");
    }
}
