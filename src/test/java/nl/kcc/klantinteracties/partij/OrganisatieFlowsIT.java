package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** How clients register organisations: a vestiging under its KvK-nummer, a contactpersoon, a vertegenwoordiging. */
class OrganisatieFlowsIT extends ApiIT {

    @Test
    void aVestigingUnderAKvkNummer() {
        String organisatie = registreer(
                api(), with(organisatie("Bakkerij De Korst"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String kvk = api().get("/partijen/" + organisatie).then().extract().path("partijIdentificatoren[0].uuid");

        // KISS registers the vestiging as a partij of its own, with its number under the organisation's KvK-nummer.
        String vestiging = registreer(api(), organisatie("Bakkerij De Korst, filiaal Centrum"));
        api().body(Map.of(
                        "identificeerdePartij", ref(vestiging),
                        "partijIdentificator", vestigingGroep(VESTIGINGSNUMMER),
                        "subIdentificatorVan", ref(kvk)))
                .post("/partij-identificatoren")
                .then()
                .statusCode(201);

        api().get("/partijen?soortPartij=organisatie&partijIdentificator__codeSoortObjectId=vestigingsnummer"
                        + "&partijIdentificator__objectId=" + VESTIGINGSNUMMER + "&subIdentificatorVan__objectId="
                        + KVK)
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(vestiging))
                .body("results[0].partijIdentificatoren[0].subIdentificatorVan.uuid", equalTo(kvk));
        api().get("/partijen?partijIdentificator__codeSoortObjectId=kvk_nummer&partijIdentificator__objectId=" + KVK)
                .then()
                .body("results.uuid", contains(organisatie));
        // The same vestigingsnummer under another KvK-nummer does not match.
        api().get("/partijen?partijIdentificator__objectId=" + VESTIGINGSNUMMER + "&subIdentificatorVan__objectId="
                        + KVK_2)
                .then()
                .body("count", equalTo(0));

        // The organisation cannot go while its vestiging hangs under its KvK-nummer.
        api().delete("/partijen/" + organisatie).then().statusCode(409);
        api().delete("/partijen/" + vestiging).then().statusCode(204);
        api().delete("/partijen/" + organisatie).then().statusCode(204);
        api().get("/partij-identificatoren").then().body("count", equalTo(0));
    }

    @Test
    void anOrganisatieWithAContactpersoon() {
        String organisatie = registreer(api(), organisatie("Woningcorporatie Thuis"));
        String contactpersoon = api().body("""
                        {"soortPartij": "contactpersoon", "indicatieActief": true,
                         "partijIdentificatie": {"werkteVoorPartij": {"uuid": "%s"},
                                                 "contactnaam": {"voorletters": "A.", "voornaam": "Anna",
                                                                 "achternaam": "de Boer"}}}""".formatted(organisatie))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("partijIdentificatie.werkteVoorPartij.uuid", equalTo(organisatie))
                .body("partijIdentificatie.volledigeNaam", equalTo("Anna de Boer"))
                .extract()
                .path("uuid");
        registreer(
                api(),
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij",
                        ref(contactpersoon),
                        "adres",
                        "a.deboer@thuis.example",
                        "soortDigitaalAdres",
                        "email"));

        api().get("/partijen?soortPartij=contactpersoon&expand=digitaleAdressen")
                .then()
                .body("results.uuid", contains(contactpersoon))
                .body("results[0]._expand.digitaleAdressen.adres", contains("a.deboer@thuis.example"));

        // When the organisation goes, the contactpersoon stays, working for no one known.
        api().delete("/partijen/" + organisatie).then().statusCode(204);
        api().get("/partijen/" + contactpersoon)
                .then()
                .statusCode(200)
                .body("partijIdentificatie.werkteVoorPartij", nullValue())
                .body("partijIdentificatie.volledigeNaam", equalTo("Anna de Boer"))
                .body("digitaleAdressen", hasSize(1));
    }

    @Test
    void aVertegenwoordiging() {
        String bewindvoerder = registreer(
                api(), with(organisatie("Bewindvoering Noord"), "partijIdentificatoren", List.of(item(kvkGroep(KVK)))));
        String client = registreer(
                api(), with(persoon("Kees", "Visser"), "partijIdentificatoren", List.of(item(bsnGroep(BSN)))));
        String vertegenwoordiging = registreer(
                api(),
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", ref(bewindvoerder), "vertegenwoordigdePartij", ref(client)));

        api().get("/partijen/" + bewindvoerder).then().body("vertegenwoordigden.uuid", contains(client));
        api().get("/partijen?vertegenwoordigdePartij__uuid=" + bewindvoerder)
                .then()
                .body("results.uuid", contains(client));
        api().get("/vertegenwoordigingen?vertegenwoordigdePartij__uuid=" + client)
                .then()
                .body("results.uuid", contains(vertegenwoordiging));

        api().delete("/vertegenwoordigingen/" + vertegenwoordiging).then().statusCode(204);
        api().get("/partijen/" + bewindvoerder).then().body("vertegenwoordigden", empty());
        api().get("/partijen?vertegenwoordigdePartij__uuid=" + bewindvoerder)
                .then()
                .body("count", equalTo(0));
    }
}
