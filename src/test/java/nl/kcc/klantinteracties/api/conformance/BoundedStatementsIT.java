package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Every request runs a fixed number of SQL statements, whatever its page size and expansions: a list of 1 costs what a
 * list of 100 costs. The register reports the number in {@code X-SQL-Statements} when diagnostics are on.
 */
class BoundedStatementsIT extends ApiIT {

    @Test
    void aListCostsTheSameForOneObjectAsForAHundred() {
        String partij = api().body(Bodies.persoon("Fatima", "El Idrissi", "999990020"))
                .post("/partijen")
                .path("uuid");
        String actor = api().body(Map.of("naam", "KCC", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .path("uuid");
        for (int i = 0; i < 100; i++) {
            String klantcontact = api().body(Bodies.with(Bodies.klantcontact(), "onderwerp", "vraag " + i))
                    .post("/klantcontacten")
                    .path("uuid");
            String betrokkene = api().body(Map.of(
                            "hadKlantcontact",
                            Bodies.ref(klantcontact),
                            "wasPartij",
                            Bodies.ref(partij),
                            "rol",
                            "klant",
                            "initiator",
                            true))
                    .post("/betrokkenen")
                    .path("uuid");
            api().body(Map.of(
                            "verstrektDoorBetrokkene",
                            Bodies.ref(betrokkene),
                            "soortDigitaalAdres",
                            "email",
                            "adres",
                            "fatima" + i + "@example.nl"))
                    .post("/digitaleadressen");
            api().body(Map.of("actor", Bodies.ref(actor), "klantcontact", Bodies.ref(klantcontact)))
                    .post("/actorklantcontacten");
            api().body(Map.of(
                            "gevraagdeHandeling",
                            "Terugbellen",
                            "aanleidinggevendKlantcontact",
                            Bodies.ref(klantcontact),
                            "toegewezenAanActoren",
                            java.util.List.of(Bodies.ref(actor)),
                            "status",
                            "te_verwerken"))
                    .post("/internetaken");
        }

        String expand = "expand=hadBetrokkenen.wasPartij,hadBetrokkenen.digitaleAdressen,leiddeTotInterneTaken";
        int one = statements("/klantcontacten?pageSize=1&" + expand);
        int hundred = statements("/klantcontacten?pageSize=100&" + expand);
        assertThat(hundred).isEqualTo(one);

        int adressenOne = statements("/digitaleadressen?pageSize=1&expand="
                + "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken");
        int adressenHundred = statements("/digitaleadressen?pageSize=100&expand="
                + "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken");
        assertThat(adressenHundred).isEqualTo(adressenOne);

        int partijen = statements("/partijen?expand=betrokkenen.hadKlantcontact,digitaleAdressen");
        assertThat(partijen).isLessThan(15);
    }

    @Test
    void referencesToHiddenObjectsCostTheSameForOneObjectAsForAHundred() {
        String secret = api().body(
                        Bodies.with(Bodies.persoon("Geheim", "Persoon", "999990020"), "indicatieGeheimhouding", true))
                .post("/partijen")
                .path("uuid");
        String confidential = api().body(Bodies.with(Bodies.klantcontact(), "vertrouwelijk", true))
                .post("/klantcontacten")
                .path("uuid");
        for (int i = 0; i < 100; i++) {
            String klantcontact =
                    api().body(Bodies.klantcontact()).post("/klantcontacten").path("uuid");
            api().body(Map.of(
                            "hadKlantcontact",
                            Bodies.ref(klantcontact),
                            "wasPartij",
                            Bodies.ref(secret),
                            "rol",
                            "klant",
                            "initiator",
                            true))
                    .post("/betrokkenen");
            api().body(Map.of("klantcontact", Bodies.ref(klantcontact), "wasKlantcontact", Bodies.ref(confidential)))
                    .post("/onderwerpobjecten");
        }
        String caller = keyWith(Scope.KLANTINTERACTIES_LEZEN);
        String expand = "expand=hadBetrokkenen.wasPartij,gingOverOnderwerpobjecten";
        int one = statements(caller, "/klantcontacten?pageSize=1&" + expand);
        int hundred = statements(caller, "/klantcontacten?pageSize=100&" + expand);
        assertThat(hundred).isEqualTo(one);
        assertThat(statements(caller, "/onderwerpobjecten?pageSize=100"))
                .isEqualTo(statements(caller, "/onderwerpobjecten?pageSize=1"));
    }

    private int statements(String key, String uri) {
        String header = api(key).get(uri).then().statusCode(200).extract().header("X-SQL-Statements");
        assertThat(header).as("X-SQL-Statements of %s", uri).isNotNull();
        return Integer.parseInt(header);
    }

    private int statements(String uri) {
        String header = api().get(uri).then().statusCode(200).extract().header("X-SQL-Statements");
        assertThat(header).as("X-SQL-Statements of %s", uri).isNotNull();
        return Integer.parseInt(header);
    }
}
