package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** What a partij shows of the objects that point at it, {@code expand}, the list's filters and its pages. */
class PartijLijstIT extends ApiIT {

    @Test
    void showsItsBetrokkenenVertegenwoordigdenAndCategorieen() {
        String jan = registreer(api(), persoon("Jan", "Jansen"));
        String kind = registreer(api(), persoon("Kees", "Jansen"));
        String klantcontact = klantcontact(api());
        String b1 = betrokkene(api(), klantcontact, jan);
        String b2 = betrokkene(api(), klantcontact(api()), jan);
        registreer(
                api(),
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", ref(jan), "vertegenwoordigdePartij", ref(kind)));
        String categorie = registreer(api(), "/categorieen", Map.of("naam", "ouder"));
        String relatie = registreer(
                api(),
                "/categorie-relaties",
                Map.of(
                        "partij",
                        ref(jan),
                        "categorie",
                        ref(categorie),
                        "beginDatum",
                        "2024-01-01",
                        "eindDatum",
                        "2024-12-31"));

        api().get("/partijen/" + jan)
                .then()
                .body("betrokkenen.uuid", contains(b1, b2))
                .body("betrokkenen[0].url", endsWith("/klantinteracties/api/v1/betrokkenen/" + b1))
                .body("vertegenwoordigden.uuid", contains(kind))
                .body("vertegenwoordigden[0].url", endsWith("/partijen/" + kind))
                .body(
                        "categorieRelaties",
                        contains(Map.of(
                                "uuid", relatie,
                                "url",
                                        "http://localhost:" + port + "/klantinteracties/api/v1/categorie-relaties/"
                                                + relatie,
                                "categorieNaam", "ouder",
                                "beginDatum", "2024-01-01",
                                "eindDatum", "2024-12-31")));
        api().get("/partijen/" + kind)
                .then()
                .body("vertegenwoordigden", empty())
                .body("betrokkenen", empty());

        // Read-only: sent values are ignored.
        api().body(Map.of("betrokkenen", List.of(), "vertegenwoordigden", List.of(), "categorieRelaties", List.of()))
                .patch("/partijen/" + jan)
                .then()
                .statusCode(200)
                .body("betrokkenen", hasSize(2))
                .body("vertegenwoordigden", hasSize(1))
                .body("categorieRelaties", hasSize(1));
    }

    @Test
    void expandsAddressesBetrokkenenTheirKlantcontactAndCategorieen() {
        String da = emailadres(api(), "jan@example.nl");
        String jan = registreer(api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da)));
        String klantcontact = klantcontact(api());
        String betrokkene = betrokkene(api(), klantcontact, jan);
        String categorie = registreer(api(), "/categorieen", Map.of("naam", "vip"));
        String relatie =
                registreer(api(), "/categorie-relaties", Map.of("partij", ref(jan), "categorie", ref(categorie)));
        String leeg = registreer(api(), persoon("Piet", "Pietersen"));

        api().get("/partijen/" + jan + "?expand=digitaleAdressen,betrokkenen.hadKlantcontact,categorieRelaties")
                .then()
                .statusCode(200)
                .body("_expand.digitaleAdressen.uuid", contains(da))
                .body("_expand.digitaleAdressen[0].adres", equalTo("jan@example.nl"))
                .body("_expand.betrokkenen.uuid", contains(betrokkene))
                .body("_expand.betrokkenen[0].volledigeNaam", equalTo("Jan Jansen"))
                .body("_expand.betrokkenen[0]._expand.hadKlantcontact.uuid", equalTo(klantcontact))
                .body("_expand.betrokkenen[0]._expand.hadKlantcontact.onderwerp", equalTo("Paspoort"))
                .body("_expand.categorieRelaties.uuid", contains(relatie))
                .body("_expand.categorieRelaties[0].categorie.naam", equalTo("vip"));

        api().get("/partijen?expand=betrokkenen&expand=digitaleAdressen")
                .then()
                .statusCode(200)
                .body("results.uuid", contains(leeg, jan))
                .body("results[0]._expand", equalTo(Map.of("betrokkenen", List.of(), "digitaleAdressen", List.of())))
                .body("results[1]._expand.betrokkenen[0]", not(hasKey("_expand")));

        Queries.refuses(api(), "/partijen", "expand=rekeningnummers", "expand", "invalid_choice");
        Queries.refuses(api(), "/partijen", "expand=hadKlantcontact", "expand", "invalid_choice");
        api().get("/partijen/" + jan + "?expand=vertegenwoordigden")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("expand"));
    }

    @Test
    void filtersOnIdentificatorenKindActivityAndAddresses() {
        String jan = registreer(
                api(),
                with(
                        persoon("Jan", "Jansen"),
                        "nummer",
                        "1",
                        "partijIdentificatoren",
                        List.of(item(bsnGroep(BSN))),
                        "bezoekadres",
                        Map.of(
                                "nummeraanduidingId",
                                "0363200000123456",
                                "adresregel1",
                                "Dorpsstraat 1",
                                "land",
                                "NL")));
        String bakkerij = registreer(
                api(),
                with(
                        organisatie("Bakkerij"),
                        "indicatieActief",
                        false,
                        "indicatieGeheimhouding",
                        true,
                        "partijIdentificatoren",
                        List.of(item(kvkGroep(KVK))),
                        "correspondentieadres",
                        Map.of(
                                "nummeraanduidingId",
                                "0363200000654321",
                                "adresregel2",
                                "Postbus 1",
                                "adresregel3",
                                "Ergens",
                                "land",
                                "BE")));
        String kvk = api().get("/partijen/" + bakkerij).then().extract().path("partijIdentificatoren[0].uuid");
        String filiaal = registreer(
                api(),
                with(
                        organisatie("Bakkerij Oost"),
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "partijIdentificator",
                                vestigingGroep(VESTIGINGSNUMMER),
                                "subIdentificatorVan",
                                ref(kvk)))));

        Queries.finds(api(), "/partijen", "", filiaal, bakkerij, jan);
        Queries.finds(api(), "/partijen", "soortPartij=persoon", jan);
        Queries.finds(api(), "/partijen", "soortPartij=organisatie", filiaal, bakkerij);
        Queries.finds(api(), "/partijen", "soortPartij=contactpersoon");
        Queries.finds(api(), "/partijen", "indicatieActief=false", bakkerij);
        Queries.finds(api(), "/partijen", "indicatieGeheimhouding=true", bakkerij);
        Queries.finds(api(), "/partijen", "nummer=1", jan);
        Queries.finds(
                api(),
                "/partijen",
                "partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=" + BSN,
                jan);
        Queries.finds(
                api(),
                "/partijen",
                "partijIdentificator__codeSoortObjectId=kvk_nummer&partijIdentificator__objectId=" + BSN);
        Queries.finds(api(), "/partijen", "partijIdentificator__codeRegister=hr", filiaal, bakkerij);
        Queries.finds(api(), "/partijen", "partijIdentificator__codeObjecttype=vestiging", filiaal);
        Queries.finds(api(), "/partijen", "subIdentificatorVan__objectId=" + KVK, filiaal);
        Queries.finds(
                api(),
                "/partijen",
                "subIdentificatorVan__codeSoortObjectId=kvk_nummer&subIdentificatorVan__codeRegister=hr"
                        + "&subIdentificatorVan__codeObjecttype=niet_natuurlijk_persoon",
                filiaal);
        Queries.finds(api(), "/partijen", "subIdentificatorVan__objectId=" + BSN);
        Queries.finds(api(), "/partijen", "bezoekadresNummeraanduidingId=0363200000123456", jan);
        Queries.finds(api(), "/partijen", "bezoekadresAdresregel1=Dorpsstraat%201", jan);
        Queries.finds(api(), "/partijen", "bezoekadresLand=NL", jan);
        Queries.finds(api(), "/partijen", "bezoekadresAdresregel2=x");
        Queries.finds(api(), "/partijen", "bezoekadresAdresregel3=x");
        Queries.finds(api(), "/partijen", "correspondentieadresNummeraanduidingId=0363200000654321", bakkerij);
        Queries.finds(api(), "/partijen", "correspondentieadresAdresregel1=Postbus%201");
        Queries.finds(api(), "/partijen", "correspondentieadresAdresregel2=Postbus%201", bakkerij);
        Queries.finds(api(), "/partijen", "correspondentieadresAdresregel3=Ergens", bakkerij);
        Queries.finds(api(), "/partijen", "correspondentieadresLand=BE", bakkerij);

        Queries.refuses(api(), "/partijen", "soortPartij=bedrijf", "soortPartij", "invalid_choice");
        Queries.refuses(api(), "/partijen", "indicatieActief=ja", "indicatieActief", "invalid");
        // Codes of older versions of the standard are still sent (Open Inwoner's "inp"): they find nothing, as
        // the standard declares these filters as free text.
        Queries.finds(api(), "/partijen", "partijIdentificator__codeSoortObjectId=BSN");
        Queries.finds(api(), "/partijen", "partijIdentificator__codeRegister=kvk");
        Queries.finds(api(), "/partijen", "subIdentificatorVan__codeObjecttype=x");
        Queries.refuses(
                api(), "/partijen", "partijIdentificator__code_register=hr", "nonFieldErrors", "unknown-parameters");
        Queries.refuses(
                api(),
                "/partijen",
                "partijIdentificator__objectId=%00",
                "partijIdentificator__objectId",
                "null_characters_not_allowed");
        Queries.refuses(api(), "/partijen", "nummer=1&nummer=2", "nummer", "invalid");
    }

    @Test
    void filtersOnRepresentationAndCategorieen() {
        String ouder = registreer(api(), persoon("Jan", "Jansen"));
        String kind1 = registreer(api(), persoon("Kees", "Jansen"));
        String kind2 = registreer(api(), persoon("Anna", "Jansen"));
        String ander = registreer(api(), persoon("Piet", "Pietersen"));
        for (String kind : List.of(kind1, kind2)) {
            registreer(
                    api(),
                    "/vertegenwoordigingen",
                    Map.of("vertegenwoordigendePartij", ref(ouder), "vertegenwoordigdePartij", ref(kind)));
        }
        String one = registreer(api(), "/categorieen", Map.of("naam", "one"));
        String two = registreer(api(), "/categorieen", Map.of("naam", "two"));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(kind1), "categorie", ref(one)));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(ander), "categorie", ref(two)));
        registreer(api(), "/categorie-relaties", Map.of("partij", ref(ander), "categorie", ref(one)));

        Queries.finds(api(), "/partijen", "vertegenwoordigdePartij__uuid=" + ouder, kind2, kind1);
        Queries.finds(
                api(),
                "/partijen",
                "vertegenwoordigdePartij__url=https://elders.example/api/partijen/" + ouder + "/",
                kind2,
                kind1);
        Queries.finds(api(), "/partijen", "vertegenwoordigdePartij__uuid=" + kind1);
        Queries.finds(api(), "/partijen", "vertegenwoordigdePartij__url=https://elders.example/api/partijen/geen-uuid");
        Queries.refuses(
                api(), "/partijen", "vertegenwoordigdePartij__uuid=123", "vertegenwoordigdePartij__uuid", "invalid");
        Queries.refuses(
                api(), "/partijen", "vertegenwoordigdePartij__url=ouder", "vertegenwoordigdePartij__url", "invalid");

        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=one", ander, kind1);
        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=two", ander);
        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=one,two", ander, kind1);
        Queries.finds(api(), "/partijen", "categorierelatie__categorie__naam=three");
    }

    @Test
    void listsNewestFirstInPages() {
        var uuids = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            uuids.add(0, registreer(api(), persoon("Jan", "Jansen " + i)));
        }
        api().get("/partijen?pageSize=2")
                .then()
                .body("count", equalTo(3))
                .body("results.uuid", contains(uuids.get(0), uuids.get(1)))
                .body("next", endsWith("/partijen?page=2&pageSize=2"));
        api().get("/partijen?pageSize=2&page=2").then().body("results.uuid", contains(uuids.get(2)));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        String klantcontact = klantcontact(api());
        String categorie = registreer(api(), "/categorieen", Map.of("naam", "vip"));
        int[] statements = new int[2];
        for (int round = 0; round < 2; round++) {
            int partijen = round == 0 ? 1 : 12;
            while (api().get("/partijen").then().extract().<Integer>path("count") < partijen) {
                int n = api().get("/partijen").then().extract().<Integer>path("count");
                String da = emailadres(api(), "p" + n + "@example.nl");
                String uuid = registreer(
                        api(),
                        with(
                                persoon("Jan", "Jansen"),
                                "digitaleAdressen",
                                refs(da),
                                "partijIdentificatoren",
                                List.of(item(kvkGroep(String.format("%08d", 10000000 + n))))));
                betrokkene(api(), klantcontact, uuid);
                registreer(api(), "/categorie-relaties", Map.of("partij", ref(uuid), "categorie", ref(categorie)));
            }
            statements[round] = Integer.parseInt(
                    api().get("/partijen?expand=digitaleAdressen,betrokkenen.hadKlantcontact,categorieRelaties")
                            .then()
                            .statusCode(200)
                            .body("results", hasSize(partijen))
                            .extract()
                            .header("X-SQL-Statements"));
        }
        assertThat(statements[0]).isPositive();
        assertThat(statements[1]).isEqualTo(statements[0]);
    }
}
