package nl.kcc.klantinteracties.maakklantcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import nl.kcc.klantinteracties.support.ContractValidation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's extension of {@code /maak-klantcontact}: the actoren, the betrokkene's digitale adressen and the
 * interne taak of a contact are registered with it in one transaction, all checked before any is stored.
 */
class MaakKlantcontactUitbreidingIT extends ApiIT {

    private String medewerker;
    private String afdeling;

    @BeforeEach
    void eenMedewerkerEnEenAfdeling() {
        medewerker = api().body(Map.of(
                        "naam", "Nicole van Dijk",
                        "soortActor", "medewerker",
                        "actoridentificator", Map.of("objectId", "nvdijk", "codeRegister", "msei")))
                .post("/actoren")
                .path("uuid");
        afdeling = api().body(Map.of("naam", "Vergunningen", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .path("uuid");
    }

    @Test
    void aWholeContactIsRegisteredInOneCall() {
        Response response = send(Map.of(
                "klantcontact", Bodies.with(Bodies.klantcontact(), "indicatieContactGelukt", false),
                "betrokkene",
                        Map.of(
                                "rol",
                                "klant",
                                "initiator",
                                true,
                                "contactnaam",
                                Map.of("voornaam", "Karel", "achternaam", "Deurne")),
                "actoren", List.of(Bodies.ref(medewerker)),
                "digitaleAdressen",
                        List.of(Map.of(
                                "soortDigitaalAdres",
                                "telefoonnummer",
                                "adres",
                                "0612345678",
                                "omschrijving",
                                "Terugbelnummer")),
                "interneTaak",
                        Map.of(
                                "gevraagdeHandeling", "Terugbellen over de vergunning",
                                "toegewezenAanActoren", List.of(Bodies.ref(afdeling)),
                                "toelichting", "Graag voor vrijdag",
                                "status", "te_verwerken")));
        response.then()
                .statusCode(201)
                .body("actorklantcontacten[0].actor.uuid", equalTo(medewerker))
                .body("digitaleAdressen[0].adres", equalTo("0612345678"))
                .body("digitaleAdressen[0].verstrektDoorBetrokkene.uuid", equalTo(response.path("betrokkene.uuid")))
                .body("interneTaak.aanleidinggevendKlantcontact.uuid", equalTo(response.path("klantcontact.uuid")))
                .body("interneTaak.toegewezenAanActoren.uuid", contains(afdeling))
                .body("klantcontact.hadBetrokkenActoren.uuid", contains(medewerker))
                .body("klantcontact.leiddeTotInterneTaken", hasSize(1));

        String klantcontact = response.path("klantcontact.uuid");
        api().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen.digitaleAdressen,leiddeTotInterneTaken")
                .then()
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen[0].omschrijving", equalTo("Terugbelnummer"))
                .body("_expand.leiddeTotInterneTaken[0].gevraagdeHandeling", equalTo("Terugbellen over de vergunning"));
        api().get("/internetaken?toegewezenAanActor__uuid=" + afdeling + "&status=te_verwerken")
                .then()
                .body("count", equalTo(1));
    }

    @Test
    void anInvalidPartStoresNothingAndEveryProblemIsNamed() {
        long before = rows();
        send(Map.of(
                        "klantcontact", Bodies.klantcontact(),
                        "betrokkene", Map.of("rol", "klant", "initiator", true),
                        "actoren", List.of(Bodies.ref("5f0c4e7a-2d7b-4c1e-9b0a-3d2f1e0c9b8a")),
                        "digitaleAdressen",
                                List.of(Map.of("soortDigitaalAdres", "telefoonnummer", "adres", "0900-1234")),
                        "interneTaak",
                                Map.of("toegewezenAanActoren", List.of(Bodies.ref(afdeling)), "status", "klaar")))
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        hasItems(
                                "actoren.0.uuid",
                                "digitaleAdressen.0.adres",
                                "interneTaak.gevraagdeHandeling",
                                "interneTaak.status"));
        assertThat(rows()).isEqualTo(before);

        send(Map.of(
                        "klantcontact", Bodies.klantcontact(),
                        "digitaleAdressen", List.of(Map.of("soortDigitaalAdres", "email", "adres", "a@example.nl"))))
                .then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("digitaleAdressen"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aStandardClientGetsTheStandardAnswer() {
        api().body(Map.of("klantcontact", Bodies.klantcontact()))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .body("keySet()", containsInAnyOrder("klantcontact", "betrokkene", "onderwerpobject"));
    }

    private Response send(Map<String, Object> body) {
        Response response = anonymous()
                .header("Authorization", "Token " + key())
                .contentType("application/json")
                .body(body)
                .post("/klantinteracties/api/v1/maak-klantcontact");
        ContractValidation.of("klantinteracties", port)
                .checkExtension("POST", "/klantinteracties/api/v1/maak-klantcontact", response);
        return response;
    }

    private long rows() {
        return jdbc.sql("""
                        select (select count(*) from klantcontact) + (select count(*) from betrokkene)
                             + (select count(*) from actorklantcontact) + (select count(*) from digitaal_adres)
                             + (select count(*) from internetaak)""").query(Long.class).single();
    }
}
