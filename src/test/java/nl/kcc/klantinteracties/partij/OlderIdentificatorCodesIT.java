package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Identificatoren taken over from an older Open Klant hold codes outside the standard's lists ({@code inp},
 * {@code gba}). The register shows them as stored, everywhere a partij-identificator is shown, and finds them by the
 * filters that take free text; a request still cannot write such a code. The responses are read without the
 * standard's schema check, as the codes are outside its enumerations by definition.
 */
class OlderIdentificatorCodesIT extends ApiIT {

    private static final Map<String, String> OUD =
            Map.of("codeObjecttype", "inp", "codeSoortObjectId", "bsn", "objectId", "123456789", "codeRegister", "gba");

    private String partij;
    private String identificator;

    @BeforeEach
    void importeerOudeIdentificator() {
        partij = registreer(api(), persoon("Jan", "Jansen"));
        identificator = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into partij_identificator (uuid, partij_uuid, code_objecttype, code_soort_object_id,
                            object_id, code_register)
                        values (?::uuid, ?::uuid, 'inp', 'bsn', '123456789', 'gba')""").params(identificator, partij).update();
    }

    /** The API as a client sees it, without checking the responses against the standard's enumerations. */
    private RequestSpecification raw() {
        return anonymous()
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key())
                .contentType(ContentType.JSON);
    }

    @Test
    void theIdentificatorIsShownAsStored() {
        raw().get("/partij-identificatoren")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].uuid", equalTo(identificator))
                .body("results[0].partijIdentificator", equalTo(OUD));
        raw().get("/partij-identificatoren/" + identificator)
                .then()
                .statusCode(200)
                .body("identificeerdePartij.uuid", equalTo(partij))
                .body("partijIdentificator", equalTo(OUD));
        raw().get("/partijen/" + partij)
                .then()
                .statusCode(200)
                .body("partijIdentificatoren.uuid", contains(identificator))
                .body("partijIdentificatoren[0].partijIdentificator", equalTo(OUD));
        raw().get("/partijen")
                .then()
                .statusCode(200)
                .body("results[0].partijIdentificatoren[0].partijIdentificator", equalTo(OUD));
        raw().get("/partijen/" + partij + "/klantbeeld")
                .then()
                .statusCode(200)
                .body("partij.partijIdentificatoren[0].partijIdentificator", equalTo(OUD));
    }

    @Test
    void theIdentificatorIsShownInExpansions() {
        String klantcontact = registreer(api(), "/klantcontacten", Bodies.klantcontact());
        registreer(
                api(),
                "/betrokkenen",
                Map.of(
                        "hadKlantcontact",
                        ref(klantcontact),
                        "wasPartij",
                        ref(partij),
                        "rol",
                        "klant",
                        "initiator",
                        true));
        raw().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen.wasPartij")
                .then()
                .statusCode(200)
                .body(
                        "_expand.hadBetrokkenen[0]._expand.wasPartij.partijIdentificatoren[0].partijIdentificator",
                        equalTo(OUD));
    }

    @Test
    void theFreeTextFiltersOfContactsAndBetrokkenenFindIt() {
        String klantcontact = registreer(api(), "/klantcontacten", Bodies.klantcontact());
        String betrokkene = registreer(
                api(),
                "/betrokkenen",
                Map.of(
                        "hadKlantcontact",
                        ref(klantcontact),
                        "wasPartij",
                        ref(partij),
                        "rol",
                        "klant",
                        "initiator",
                        true));
        Queries.finds(
                raw(),
                "/klantcontacten",
                "hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype=inp",
                klantcontact);
        Queries.finds(raw(), "/klantcontacten", "hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype=nnp");
        Queries.finds(raw(), "/betrokkenen", "wasPartij__partijIdentificator__codeRegister=gba", betrokkene);
        Queries.finds(raw(), "/betrokkenen", "wasPartij__partijIdentificator__codeSoortObjectId=vtn");
    }

    @Test
    void theFreeTextFiltersFindIt() {
        String ander = registreer(api(), persoon("Piet", "Pietersen"));
        Queries.finds(raw(), "/partijen", "partijIdentificator__codeObjecttype=inp", partij);
        Queries.finds(raw(), "/partijen", "partijIdentificator__codeRegister=gba", partij);
        Queries.finds(
                raw(),
                "/partijen",
                "partijIdentificator__codeRegister=gba&partijIdentificator__objectId=123456789",
                partij);
        Queries.finds(raw(), "/partijen", "partijIdentificator__codeRegister=brp");
        Queries.finds(raw(), "/partijen", "", ander, partij);
    }

    @Test
    void aChangeOfSomethingElseKeepsTheCodesAndANewCodeIsChecked() {
        raw().body(Map.of("anderePartijIdentificator", "uit Open Klant 1"))
                .patch("/partij-identificatoren/" + identificator)
                .then()
                .statusCode(200)
                .body("anderePartijIdentificator", equalTo("uit Open Klant 1"))
                .body("partijIdentificator", equalTo(OUD));

        raw().body(Map.of("partijIdentificator", OUD))
                .patch("/partij-identificatoren/" + identificator)
                .then()
                .statusCode(400)
                .body(
                        "invalidParams.name",
                        hasItems("partijIdentificator.codeObjecttype", "partijIdentificator.codeRegister"))
                .body("invalidParams.code", everyItem(equalTo("invalid_choice")));

        raw().body(Map.of("partijIdentificator", bsnGroep(BSN)))
                .patch("/partij-identificatoren/" + identificator)
                .then()
                .statusCode(200)
                .body("partijIdentificator.codeRegister", equalTo("brp"))
                .body("partijIdentificator.objectId", equalTo(BSN));
    }
}
