package nl.kcc.klantinteracties.klantcontact;

import static org.hamcrest.Matchers.*;

import java.util.UUID;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

class BijlageIT extends ApiIT {

    private String registreer(String body) {
        return api().body(body)
                .post("/bijlagen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    @Test
    void registersAnEmptyBijlage() {
        api().body("{}")
                .post("/bijlagen")
                .then()
                .statusCode(201)
                .header("Location", containsString("/klantinteracties/api/v1/bijlagen/"))
                .body("wasBijlageVanKlantcontact", nullValue())
                .body("bijlageidentificator.objectId", equalTo(""))
                .body("bijlageidentificator.codeObjecttype", equalTo(""))
                .body("bijlageidentificator.codeRegister", equalTo(""))
                .body("bijlageidentificator.codeSoortObjectId", equalTo(""));

        api().body("""
                        {"wasBijlageVanKlantcontact": null}""").post("/bijlagen").then().statusCode(201).body("wasBijlageVanKlantcontact", nullValue());
        api().get("/bijlagen").then().body("count", equalTo(2));
    }

    @Test
    void registersABijlageOfAKlantcontact() {
        String klantcontact = Klantcontacten.registreer(api());

        String uuid = api().body("""
                        {"wasBijlageVanKlantcontact": {"uuid": "%s"},
                         "bijlageidentificator": {"objectId": "9193b03f-93c2-4bfc-badf-b61494bd31d6",
                             "codeObjecttype": "DOCUMENT", "codeRegister": "open-zaak", "codeSoortObjectId": "uuid"}}""".formatted(klantcontact))
                .post("/bijlagen")
                .then()
                .statusCode(201)
                .body("wasBijlageVanKlantcontact.uuid", equalTo(klantcontact))
                .body(
                        "wasBijlageVanKlantcontact.url",
                        endsWith("/klantinteracties/api/v1/klantcontacten/" + klantcontact))
                .extract()
                .path("uuid");

        api().get("/bijlagen/" + uuid)
                .then()
                .statusCode(200)
                .body("bijlageidentificator.objectId", equalTo("9193b03f-93c2-4bfc-badf-b61494bd31d6"))
                .body("bijlageidentificator.codeObjecttype", equalTo("DOCUMENT"))
                .body("bijlageidentificator.codeRegister", equalTo("open-zaak"))
                .body("bijlageidentificator.codeSoortObjectId", equalTo("uuid"));
        api().get("/klantcontacten/" + klantcontact).then().body("omvatteBijlagen.uuid", contains(uuid));
    }

    @Test
    void refusesAnUnknownKlantcontactAndInvalidIdentificator() {
        api().body("""
                        {"wasBijlageVanKlantcontact": {"uuid": "%s"},
                         "bijlageidentificator": {"codeObjecttype": "%s", "objectId": ["a"]}}""".formatted(UUID.randomUUID(), "t".repeat(201)))
                .post("/bijlagen")
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        containsInAnyOrder(
                                "wasBijlageVanKlantcontact.uuid",
                                "bijlageidentificator.codeObjecttype",
                                "bijlageidentificator.objectId"))
                .body("invalidParams.find { it.name == 'wasBijlageVanKlantcontact.uuid' }.code", equalTo("invalid"))
                .body(
                        "invalidParams.find { it.name == 'bijlageidentificator.codeObjecttype' }.code",
                        equalTo("max_length"))
                .body("invalidParams.find { it.name == 'bijlageidentificator.objectId' }.code", equalTo("invalid"));

        api().get("/bijlagen").then().body("count", equalTo(0));
    }

    @Test
    void putClearsTheKlantcontactSentAsNullAndPatchKeepsIt() {
        String klantcontact = Klantcontacten.registreer(api());
        String uuid = registreer("""
                {"wasBijlageVanKlantcontact": {"uuid": "%s"}, "bijlageidentificator": {"objectId": "1"}}""".formatted(klantcontact));

        api().body("""
                        {"bijlageidentificator": {"codeRegister": "drc"}}""")
                .patch("/bijlagen/" + uuid)
                .then()
                .statusCode(200)
                .body("wasBijlageVanKlantcontact.uuid", equalTo(klantcontact))
                .body("bijlageidentificator.codeRegister", equalTo("drc"))
                .body("bijlageidentificator.objectId", equalTo(""));

        api().body("""
                        {"wasBijlageVanKlantcontact": null}""")
                .put("/bijlagen/" + uuid)
                .then()
                .statusCode(200)
                .body("wasBijlageVanKlantcontact", nullValue())
                .body("bijlageidentificator.codeRegister", equalTo("drc"));

        api().get("/klantcontacten/" + klantcontact).then().body("omvatteBijlagen", empty());
    }

    @Test
    void filtersOnIdentificatorAndKlantcontact() {
        String k1 = Klantcontacten.registreer(api());
        String k2 = Klantcontacten.registreer(api());
        String brief = registreer("""
                {"wasBijlageVanKlantcontact": {"uuid": "%s"},
                 "bijlageidentificator": {"objectId": "B-1", "codeObjecttype": "DOCUMENT",
                     "codeRegister": "open-zaak", "codeSoortObjectId": "uuid"}}""".formatted(k1));
        String foto = registreer("""
                {"wasBijlageVanKlantcontact": {"uuid": "%s"},
                 "bijlageidentificator": {"objectId": "F-2", "codeObjecttype": "FOTO",
                     "codeRegister": "dms", "codeSoortObjectId": "nummer"}}""".formatted(k2));

        expect("bijlageidentificatorObjectId=F-2", foto);
        expect("bijlageidentificatorCodeObjecttype=DOCUMENT", brief);
        expect("bijlageidentificatorCodeObjecttype=document");
        expect("bijlageidentificatorCodeRegister=dms", foto);
        expect("bijlageidentificatorCodeSoortObjectId=uuid", brief);
        expect("klantcontact__uuid=" + k2, foto);
        expect("klantcontact__uuid=" + UUID.randomUUID());
        expect("klantcontact__uuid=" + k1 + "&bijlageidentificatorObjectId=F-2");
        expect("", foto, brief);

        Queries.refuses(api(), "/bijlagen", "klantcontact__uuid=ValueError", "klantcontact__uuid", "invalid");
        Queries.refuses(
                api(),
                "/bijlagen",
                "bijlageidentificatorObjectId=%00",
                "bijlageidentificatorObjectId",
                "null_characters_not_allowed");
        // The standard offers no klantcontact__url here.
        Queries.refuses(
                api(),
                "/bijlagen",
                "klantcontact__url=http://localhost/klantcontacten/" + k1,
                "nonFieldErrors",
                "unknown-parameters");
    }

    @Test
    void deletesABijlage() {
        String klantcontact = Klantcontacten.registreer(api());
        String uuid = registreer("""
                {"wasBijlageVanKlantcontact": {"uuid": "%s"}}""".formatted(klantcontact));

        api().delete("/bijlagen/" + uuid).then().statusCode(204);

        api().get("/bijlagen/" + uuid).then().statusCode(404);
        api().delete("/bijlagen/" + uuid).then().statusCode(404);
        api().get("/klantcontacten/" + klantcontact).then().statusCode(200).body("omvatteBijlagen", empty());
    }

    private void expect(String query, String... uuids) {
        Queries.finds(api(), "/bijlagen", query, uuids);
    }
}
