package nl.kcc.klantinteracties.api.conformance;

import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * The bodies Open Klant's own API tests create objects with (its {@code test_create_*}) are taken here too: a client
 * whose requests Open Klant accepts is not refused by the register.
 */
class ReferenceBodiesIT extends ApiIT {

    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static final Map<String, Object> ACTORIDENTIFICATOR = map(
            "codeObjecttype", "codeObjecttype",
            "codeSoortObjectId", "codeSoortObjectId",
            "objectId", "objectId",
            "codeRegister", "codeRegister");

    private io.restassured.specification.RequestSpecification raw() {
        return anonymous()
                .basePath(nl.kcc.klantinteracties.api.ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key())
                .contentType(io.restassured.http.ContentType.JSON);
    }

    private String created(String path, Map<String, Object> body) {
        return api().body(body).post(path).then().statusCode(201).extract().path("uuid");
    }

    @Test
    void klantcontactAndInterneTaak() {
        String klantcontact = created(
                "/klantcontacten",
                map(
                        "nummer", "1234567890",
                        "kanaal", "kanaal",
                        "onderwerp", "onderwerp",
                        "inhoud", "inhoud",
                        "indicatieContactGelukt", true,
                        "taal", "ndl",
                        "vertrouwelijk", true,
                        "plaatsgevondenOp", "2019-08-24T14:15:22Z"));
        api().get("/klantcontacten/" + klantcontact)
                .then()
                .body("taal", equalTo("ndl"))
                .body("plaatsgevondenOp", equalTo("2019-08-24T14:15:22Z"));

        String actor = created(
                "/actoren",
                map(
                        "naam",
                        "Phil",
                        "soortActor",
                        "medewerker",
                        "indicatieActief",
                        true,
                        "actoridentificator",
                        ACTORIDENTIFICATOR,
                        "actorIdentificatie",
                        map("functie", "functie", "emailadres", "phil@bozeman.com", "telefoonnummer", "+31618234723")));
        created(
                "/internetaken",
                map(
                        "toegewezenAanActor", map("uuid", actor),
                        "aanleidinggevendKlantcontact", map("uuid", klantcontact),
                        "nummer", "1312312312",
                        "gevraagdeHandeling", "gevraagdeHandeling",
                        "toelichting", "toelichting",
                        "status", "verwerkt"));
    }

    @Test
    void actorenOfEveryKind() {
        created(
                "/actoren",
                map(
                        "naam",
                        "Phil",
                        "soortActor",
                        "organisatorische_eenheid",
                        "indicatieActief",
                        true,
                        "actoridentificator",
                        ACTORIDENTIFICATOR,
                        "actorIdentificatie",
                        map(
                                "omschrijving", "omschrijving",
                                "emailadres", "phil@bozeman.com",
                                "faxnummer", "316893487573",
                                "telefoonnummer", "+31618234723")));
        created(
                "/actoren",
                map(
                        "naam",
                        "Phil",
                        "soortActor",
                        "geautomatiseerde_actor",
                        "indicatieActief",
                        true,
                        "actoridentificator",
                        ACTORIDENTIFICATOR,
                        "actorIdentificatie",
                        map("functie", "functie", "omschrijving", "omschrijving")));
    }

    @Test
    void digitaalAdres() {
        api().body(map(
                        "verstrektDoorBetrokkene", null,
                        "verstrektDoorPartij", null,
                        "soortDigitaalAdres", "email",
                        "adres", "foobar@example.com",
                        "omschrijving", "omschrijving",
                        "referentie", "my-referentie"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .body("isStandaardAdres", equalTo(false))
                .body("verificatieDatum", nullValue());
    }

    private static Map<String, Object> adres() {
        return map(
                "nummeraanduidingId", "1234567890000001",
                "straatnaam", "straat",
                "huisnummer", 10,
                "huisnummertoevoeging", "A2",
                "postcode", "1008 DG",
                "stad", "Amsterdam",
                "adresregel1", "adres1",
                "adresregel2", "adres2",
                "adresregel3", "adres3",
                "land", "NL");
    }

    private static Map<String, Object> partij(String nummer, String soortPartij, Map<String, Object> identificatie) {
        return map(
                "nummer",
                nummer,
                "interneNotitie",
                "interneNotitie",
                "digitaleAdressen",
                java.util.List.of(),
                "voorkeursDigitaalAdres",
                null,
                "rekeningnummers",
                java.util.List.of(),
                "voorkeursRekeningnummer",
                null,
                "indicatieGeheimhouding",
                true,
                "voorkeurstaal",
                "ndl",
                "indicatieActief",
                true,
                "bezoekadres",
                adres(),
                "correspondentieadres",
                adres(),
                "soortPartij",
                soortPartij,
                "partijIdentificatie",
                identificatie);
    }

    private static final Map<String, Object> CONTACTNAAM =
            map("voorletters", "P", "voornaam", "Phil", "voorvoegselAchternaam", "", "achternaam", "Bozeman");

    /**
     * Not checked against a schema: with every field of the contactnaam filled in, a persoon is also a valid
     * contactpersoon under the polymorphic schemas (the standard's and the register's own), which the validator's
     * {@code oneOf} refuses as ambiguous.
     */
    @Test
    void persoonOrganisatieAndContactpersoon() {
        raw().body(partij("1298329191", "persoon", map("contactnaam", CONTACTNAAM)))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("nummer", equalTo("1298329191"))
                .body("voorkeurstaal", equalTo("ndl"))
                .body("bezoekadres.postcode", equalTo("1008 DG"));
        String organisatie = raw().body(partij("1298329192", "organisatie", map("naam", "Bozeman BV")))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        raw().body(partij(
                        "1298329193",
                        "contactpersoon",
                        map("werkteVoorPartij", map("uuid", organisatie), "contactnaam", CONTACTNAAM)))
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("partijIdentificatie.werkteVoorPartij.uuid", equalTo(organisatie));
    }

    /**
     * Django REST framework reads {@code "True"}, {@code "no"}, {@code 1} and {@code 0} as booleans, and {@code "12"}
     * and {@code 12.0} as a whole number: clients that write form values into JSON are served alike.
     */
    @Test
    void booleansAndNumbersWrittenAsText() {
        api().body(map(
                        "kanaal", "telefoon",
                        "onderwerp", "onderwerp",
                        "taal", "nld",
                        "vertrouwelijk", "False",
                        "indicatieContactGelukt", 1,
                        "verdereActieOndernomen", "no",
                        "plaatsgevondenOp", "2019-08-24T14:15:22Z"))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .body("vertrouwelijk", equalTo(false))
                .body("indicatieContactGelukt", equalTo(true))
                .body("verdereActieOndernomen", equalTo(false));

        var adres = adres();
        adres.put("huisnummer", "12");
        var persoon = partij("1298329194", "persoon", map("contactnaam", CONTACTNAAM));
        persoon.put("indicatieActief", "true");
        persoon.put("indicatieGeheimhouding", 0);
        persoon.put("bezoekadres", adres);
        var correspondentie = adres();
        correspondentie.put("huisnummer", 14.0);
        persoon.put("correspondentieadres", correspondentie);
        raw().body(persoon)
                .post("/partijen")
                .then()
                .statusCode(201)
                .body("indicatieActief", equalTo(true))
                .body("indicatieGeheimhouding", equalTo(false))
                .body("bezoekadres.huisnummer", equalTo(12))
                .body("correspondentieadres.huisnummer", equalTo(14));

        for (Object huisnummer : new Object[] {"12a", 12.5, "1e3", true}) {
            var fout = adres();
            fout.put("huisnummer", huisnummer);
            persoon.put("nummer", "1298329195");
            persoon.put("bezoekadres", fout);
            raw().body(persoon)
                    .post("/partijen")
                    .then()
                    .statusCode(400)
                    .body("invalidParams.name", contains("bezoekadres.huisnummer"));
        }
    }
}
