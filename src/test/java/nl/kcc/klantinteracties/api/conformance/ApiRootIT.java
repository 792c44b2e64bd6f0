package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * Each API's root lists its collections with their absolute URLs, in the reference's names and order; Open
 * Formulieren's configuration check asks for {@code /klantinteracties/api/v1/} and wants a 200. Like Open Klant's, the
 * roots need no token: they tell nothing but the collections' names.
 */
class ApiRootIT extends ApiIT {

    @Test
    void theKlantinteractiesRootListsItsCollections() {
        String base = "http://localhost:" + port + "/klantinteracties/api/v1/";
        for (String path : new String[] {"/klantinteracties/api/v1/", "/klantinteracties/api/v1"}) {
            // Without a token, as Open Klant serves it.
            String body = anonymous()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/json")
                    .header("API-version", "0.9.0")
                    .extract()
                    .asString();
            Map<String, String> index = JsonPath.from(body).getMap("$");
            List<String> names = List.of(
                    "actoren",
                    "digitaleadressen",
                    "rekeningnummers",
                    "actorklantcontacten",
                    "klantcontacten",
                    "betrokkenen",
                    "onderwerpobjecten",
                    "bijlagen",
                    "maak-klantcontact",
                    "internetaken",
                    "categorieen",
                    "categorie-relaties",
                    "partijen",
                    "partij-identificatoren",
                    "vertegenwoordigingen");
            org.assertj.core.api.Assertions.assertThat(index.keySet()).containsExactlyElementsOf(names);
            names.forEach(name ->
                    org.assertj.core.api.Assertions.assertThat(index.get(name)).isEqualTo(base + name));
        }
        // Every collection it names answers.
        api().get("/partij-identificatoren").then().statusCode(200);
    }

    @Test
    void theContactgegevensRootListsItsCollections() {
        String base = "http://localhost:" + port + "/contactgegevens/api/v1/";
        anonymous()
                .get("/contactgegevens/api/v1/")
                .then()
                .statusCode(200)
                .header("API-version", "1.1.1")
                .body("organisatie", equalTo(base + "organisatie"))
                .body("persoon", equalTo(base + "persoon"))
                .body("size()", equalTo(2));
    }
}
