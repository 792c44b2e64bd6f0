package nl.kcc.klantinteracties.security.hidden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No filter matches through an object the caller may not see: every filter the OpenAPI document lists that reaches
 * another object ({@code __} in its name), given each hidden uuid, URL and text, answers exactly as for a value that
 * names nothing.
 */
class HiddenFiltersIT extends HiddenObjectsIT {

    @Test
    void everyFilterThroughAnotherObjectFindsNothingThroughAHiddenOne() {
        String url = "http://localhost:" + port + "/klantinteracties/api/v1/objecten/";
        var uuids = fixture.hiddenUuids();
        var texts = new ArrayList<>(HiddenFixture.HIDDEN_TEXTS);
        // The e-mail addresses in part, as a caller reading them character by character would send them.
        texts.add("qx.verb");
        texts.add("qy.verb");
        int filters = 0;
        for (var path : openApi().path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (path.getKey().contains("{") || !get.path("parameters").isArray()) {
                continue;
            }
            String nothing = page(path.getKey(), null, null);
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.path("name").asString();
                JsonNode schema = parameter.path("schema");
                if (!name.contains("__") || !schema.path("type").asString().equals("string") || schema.has("enum")) {
                    continue;
                }
                String format = schema.path("format").asString();
                if (format.equals("date") || format.equals("date-time")) {
                    continue;
                }
                List<String> values = switch (format) {
                    case "uuid" -> uuids;
                    case "uri" -> uuids.stream().map(uuid -> url + uuid).toList();
                    default -> texts;
                };
                String missing = page(
                        path.getKey(),
                        name,
                        switch (format) {
                            case "uuid" -> UUID.randomUUID().toString();
                            case "uri" -> url + UUID.randomUUID();
                            default -> "ontbreekt";
                        });
                assertThat(missing)
                        .as("%s?%s with a value that names nothing", path.getKey(), name)
                        .isEqualTo(empty());
                for (String value : values) {
                    String found = page(path.getKey(), name, value);
                    assertThat(found).as("%s?%s=%s", path.getKey(), name, value).isEqualTo(missing);
                }
                filters++;
            }
            assertNoSecrets(nothing, path.getKey());
        }
        assertThat(filters).isGreaterThan(40);
    }

    @Test
    void theFiltersOfTheIssueFindThemWithTheScopeAndNothingWithout() {
        var cases = List.of(
                "/betrokkenen?wasPartij__uuid=" + fixture.geheimePartij,
                "/klantcontacten?hadBetrokkene__digitaaladres__adres__icontains=qx.verb",
                "/klantcontacten?hadBetrokkene__wasPartij__uuid=" + fixture.geheimePartij,
                "/partijen?vertegenwoordigdePartij__uuid=" + fixture.geheimePartij,
                "/onderwerpobjecten?wasKlantcontact__uuid=" + fixture.geheimContact,
                "/klantcontacten?wasOnderwerpobject__uuid=" + fixture.geheimOnderwerpobject,
                "/digitaleadressen?verstrektDoorBetrokkene__uuid=" + fixture.geheimeBetrokkene,
                "/betrokkenen?verstrektedigitaalAdres__adres=" + HiddenFixture.GEHEIM_EMAIL,
                "/klantcontacten?hadBetrokkene__wasPartij__partijIdentificator__objectId=" + HiddenFixture.GEHEIM_BSN);
        for (String uri : cases) {
            int found = api().get(uri).then().statusCode(200).extract().path("count");
            assertThat(found).as("%s with the scope", uri).isPositive();
            int seen = asCaller().get(uri).then().statusCode(200).extract().path("count");
            assertThat(seen).as("%s without the scope", uri).isZero();
        }
    }

    @Test
    void aBooleanFilterThroughAHiddenPartijSeesTheReferenceAsAbsent() {
        // The visible klantcontact's only betrokkene was the secret partij: for the caller it was nobody known.
        asCaller().get("/klantcontacten?hadBetrokkene__wasPartij=true").then().body("count", equalTo(0));
        asCaller().get("/klantcontacten?hadBetrokkene__wasPartij=false").then().body("count", equalTo(1));
        api().get("/klantcontacten?hadBetrokkene__wasPartij=true").then().body("count", equalTo(2));
    }

    private static String empty() {
        return "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}";
    }

    private String page(String path, String name, String value) {
        String uri = name == null ? path : path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        var response = rawAsCaller().urlEncodingEnabled(false).get(uri);
        assertThat(response.statusCode()).as("%s: %s", uri, response.asString()).isEqualTo(200);
        return response.asString();
    }
}
