package nl.kcc.klantinteracties.klantcontact;

import static org.hamcrest.Matchers.*;

import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The klantcontact side meets the partij side: betrokkenen that were a partij, the digitale adressen they gave, and
 * the filters and expansions over both.
 */
class KlantcontactPartijIT extends ApiIT {

    private String partij;
    private String klantcontact;
    private String betrokkene;
    private String adres;
    private String anderContact;

    @BeforeEach
    void eenBekendeKlantBeltEnLaatEenNummerAchter() {
        partij = api().body(Bodies.persoon("Karel", "Deurne", "999990019"))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        klantcontact = api().body(Bodies.klantcontact()).post("/klantcontacten").path("uuid");
        betrokkene = api().body(Map.of(
                        "hadKlantcontact",
                        Bodies.ref(klantcontact),
                        "wasPartij",
                        Bodies.ref(partij),
                        "rol",
                        "klant",
                        "initiator",
                        true))
                .post("/betrokkenen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        adres = api().body(Map.of(
                        "verstrektDoorBetrokkene", Bodies.ref(betrokkene),
                        "soortDigitaalAdres", "telefoonnummer",
                        "adres", "0612345678"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        anderContact = api().body(Bodies.with(Bodies.klantcontact(), "onderwerp", "Anoniem"))
                .post("/klantcontacten")
                .path("uuid");
        api().body(Map.of("hadKlantcontact", Bodies.ref(anderContact), "rol", "klant", "initiator", true))
                .post("/betrokkenen")
                .then()
                .statusCode(201);
    }

    @Test
    void aBetrokkeneShowsItsPartijAndDigitaleAdressen() {
        api().get("/betrokkenen/" + betrokkene + "?expand=digitaleAdressen")
                .then()
                .statusCode(200)
                .body("wasPartij.uuid", equalTo(partij))
                .body("digitaleAdressen.uuid", contains(adres))
                .body("_expand.digitaleAdressen[0].adres", equalTo("0612345678"));
    }

    @Test
    void klantcontactenExpandTheirBetrokkenenWithPartijAndAddresses() {
        api().get("/klantcontacten/" + klantcontact
                        + "?expand=hadBetrokkenen.wasPartij,hadBetrokkenen.digitaleAdressen")
                .then()
                .statusCode(200)
                .body("_expand.hadBetrokkenen[0].uuid", equalTo(betrokkene))
                .body(
                        "_expand.hadBetrokkenen[0]._expand.wasPartij.partijIdentificatie.volledigeNaam",
                        equalTo("Karel Deurne"))
                .body("_expand.hadBetrokkenen[0]._expand.digitaleAdressen.adres", contains("0612345678"));

        api().get("/klantcontacten/" + anderContact + "?expand=hadBetrokkenen.wasPartij")
                .then()
                .body("_expand.hadBetrokkenen[0]._expand.wasPartij", nullValue());
    }

    @Test
    void klantcontactenAreFoundByTheirBetrokkenesPartijAndAddress() {
        expectKlantcontacten("hadBetrokkene__wasPartij__partijIdentificator__objectId=999990019", klantcontact);
        expectKlantcontacten("hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId=bsn", klantcontact);
        expectKlantcontacten("hadBetrokkene__wasPartij__partijIdentificator__objectId=111222333");
        expectKlantcontacten("hadBetrokkene__digitaaladres__adres__icontains=12345", klantcontact);
        expectKlantcontacten("hadBetrokkene__wasPartij=true", klantcontact);
        expectKlantcontacten("hadBetrokkene__wasPartij=false", anderContact);
        // A code of an older version of the standard finds nothing, as in the standard's reference.
        expectKlantcontacten("hadBetrokkene__wasPartij__partijIdentificator__codeRegister=gba");
    }

    @Test
    void betrokkenenAreFoundByTheirPartijAndAddress() {
        expectBetrokkenen("wasPartij__partijIdentificator__objectId=999990019", betrokkene);
        expectBetrokkenen("verstrektedigitaalAdres__adres=0612345678", betrokkene);
        expectBetrokkenen("verstrektedigitaalAdres__uuid=" + adres, betrokkene);
        expectBetrokkenen("verstrektedigitaalAdres__adres=0699999999");
    }

    @Test
    void deletingAPartijKeepsTheBetrokkeneAndItsData() {
        api().delete("/partijen/" + partij).then().statusCode(204);
        api().get("/betrokkenen/" + betrokkene)
                .then()
                .statusCode(200)
                .body("wasPartij", nullValue())
                .body("digitaleAdressen.uuid", contains(adres));
    }

    private void expectKlantcontacten(String query, String... uuids) {
        api().get("/klantcontacten?" + query).then().statusCode(200).body("results.uuid", containsInAnyOrder((Object[])
                uuids));
    }

    private void expectBetrokkenen(String query, String... uuids) {
        api().get("/betrokkenen?" + query).then().statusCode(200).body("results.uuid", containsInAnyOrder((Object[])
                uuids));
    }
}
