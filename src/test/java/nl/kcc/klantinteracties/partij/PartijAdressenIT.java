package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.Partijen.*;
import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** The digitale adressen and rekeningnummers a partij lists, and which of them it prefers. */
class PartijAdressenIT extends ApiIT {

    @Test
    void linksTheDigitaleAdressenItListsAndKeepsTheOnesItNoLongerDoes() {
        String da1 = emailadres(api(), "jan@example.nl");
        String da2 = emailadres(api(), "jan@werk.nl");
        String uuid = registreer(api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1)));
        api().get("/digitaleadressen/" + da1).then().body("verstrektDoorPartij.uuid", equalTo(uuid));
        api().get("/partijen/" + uuid)
                .then()
                .body("digitaleAdressen.uuid", contains(da1))
                .body("digitaleAdressen[0].url", endsWith("/klantinteracties/api/v1/digitaleadressen/" + da1));

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da2)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("digitaleAdressen.uuid", contains(da2));
        api().get("/digitaleadressen/" + da1).then().statusCode(200).body("verstrektDoorPartij", nullValue());

        // Listed in any order, shown oldest first.
        api().body(Map.of("digitaleAdressen", refs(da2, da1, da2)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("digitaleAdressen.uuid", contains(da1, da2));

        var geen = new LinkedHashMap<String, Object>();
        geen.put("digitaleAdressen", null);
        api().body(geen).patch("/partijen/" + uuid).then().statusCode(200).body("digitaleAdressen", empty());
        api().get("/digitaleadressen").then().body("count", equalTo(2));

        api().body(Map.of("digitaleAdressen", refs(da1, ONBEKEND)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("digitaleAdressen.1.uuid"))
                .body("invalidParams.code", contains("invalid"));
        api().get("/digitaleadressen/" + da1).then().body("verstrektDoorPartij", nullValue());
    }

    @Test
    void anAddressTakenFromAnotherPartijIsNoLongerItsPreferredOrStandardAddress() {
        String da = emailadres(api(), "info@example.nl");
        String eerste = registreer(
                api(), with(organisatie("Eerste"), "digitaleAdressen", refs(da), "voorkeursDigitaalAdres", ref(da)));
        api().body(Map.of("isStandaardAdres", true))
                .patch("/digitaleadressen/" + da)
                .then()
                .statusCode(200);

        String tweede = registreer(api(), with(organisatie("Tweede"), "digitaleAdressen", refs(da)));

        api().get("/partijen/" + eerste)
                .then()
                .body("digitaleAdressen", empty())
                .body("voorkeursDigitaalAdres", nullValue());
        api().get("/digitaleadressen/" + da)
                .then()
                .body("verstrektDoorPartij.uuid", equalTo(tweede))
                .body("isStandaardAdres", equalTo(false));
    }

    @Test
    void twoAddressesOfAPartijCannotShareAReferentie() {
        String da1 = registreer(
                api(),
                "/digitaleadressen",
                Map.of("adres", "a@example.nl", "soortDigitaalAdres", "email", "referentie", "portaalvoorkeur"));
        String da2 = registreer(
                api(),
                "/digitaleadressen",
                Map.of("adres", "b@example.nl", "soortDigitaalAdres", "email", "referentie", "portaalvoorkeur"));
        String da3 = registreer(
                api(),
                "/digitaleadressen",
                Map.of("adres", "0201234567", "soortDigitaalAdres", "telefoonnummer", "referentie", "portaalvoorkeur"));

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1, da3, da2)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("digitaleAdressen.2.uuid"))
                .body("invalidParams.code", contains("unique"));
        api().get("/partijen").then().body("count", equalTo(0));

        registreer(api(), with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1, da3)));
    }

    @Test
    void thePreferredAddressIsOneOfThePartijsOwn() {
        String da1 = emailadres(api(), "jan@example.nl");
        String da2 = emailadres(api(), "jan@werk.nl");

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1), "voorkeursDigitaalAdres", ref(da2)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"))
                .body("invalidParams.code", contains("invalid"));
        // Without the list, the new partij has no addresses at all.
        api().body(with(persoon("Jan", "Jansen"), "voorkeursDigitaalAdres", ref(da1)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));
        api().get("/partijen").then().body("count", equalTo(0));
        api().get("/digitaleadressen/" + da1).then().body("verstrektDoorPartij", nullValue());

        String uuid = registreer(
                api(),
                with(persoon("Jan", "Jansen"), "digitaleAdressen", refs(da1), "voorkeursDigitaalAdres", ref(da1)));
        api().get("/partijen/" + uuid).then().body("voorkeursDigitaalAdres.uuid", equalTo(da1));
        // Without the list, the preference is checked against the addresses the partij has.
        api().body(with(persoon("Jan", "Jansen"), "voorkeursDigitaalAdres", ref(da1)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("digitaleAdressen.uuid", contains(da1))
                .body("voorkeursDigitaalAdres.uuid", equalTo(da1));
        api().body(with(persoon("Jan", "Jansen"), "voorkeursDigitaalAdres", ref(da2)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));

        api().body(with(persoon("Jan", "Jansen"), "digitaleAdressen", List.of(), "voorkeursDigitaalAdres", ref(da1)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));
        api().body(Map.of("voorkeursDigitaalAdres", ref(da2)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursDigitaalAdres"));
        // Linked in the same request counts.
        api().body(Map.of("digitaleAdressen", refs(da1, da2), "voorkeursDigitaalAdres", ref(da2)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("voorkeursDigitaalAdres.uuid", equalTo(da2));
        // Unlinking the preferred address ends the preference.
        api().body(Map.of("digitaleAdressen", refs(da1)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("voorkeursDigitaalAdres", nullValue());

        var geen = new LinkedHashMap<String, Object>();
        api().body(Map.of("voorkeursDigitaalAdres", ref(da1)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(200);
        geen.put("voorkeursDigitaalAdres", null);
        api().body(geen).patch("/partijen/" + uuid).then().statusCode(200).body("voorkeursDigitaalAdres", nullValue());
    }

    @Test
    void linksRekeningnummersAndPrefersOneOfThem() {
        String r1 = rekeningnummer(api(), "NL91ABNA0417164300");
        String r2 = rekeningnummer(api(), "NL20INGB0001234567");

        api().body(with(persoon("Jan", "Jansen"), "voorkeursRekeningnummer", ref(r1)))
                .post("/partijen")
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursRekeningnummer"))
                .body("invalidParams.code", contains("invalid"));

        String uuid = registreer(
                api(), with(persoon("Jan", "Jansen"), "rekeningnummers", refs(r1), "voorkeursRekeningnummer", ref(r1)));
        api().get("/partijen/" + uuid)
                .then()
                .body("rekeningnummers.uuid", contains(r1))
                .body("rekeningnummers[0].url", endsWith("/rekeningnummers/" + r1))
                .body("voorkeursRekeningnummer.uuid", equalTo(r1));
        api().get("/rekeningnummers/" + r1).then().body("partij.uuid", equalTo(uuid));

        api().body(with(persoon("Jan", "Jansen"), "rekeningnummers", refs(r2)))
                .put("/partijen/" + uuid)
                .then()
                .statusCode(200)
                .body("rekeningnummers.uuid", contains(r2))
                .body("voorkeursRekeningnummer", nullValue());
        api().get("/rekeningnummers/" + r1).then().statusCode(200).body("partij", nullValue());

        api().body(Map.of("voorkeursRekeningnummer", ref(r1)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("voorkeursRekeningnummer"));
        api().body(Map.of("rekeningnummers", refs(ONBEKEND)))
                .patch("/partijen/" + uuid)
                .then()
                .statusCode(400)
                .body("invalidParams.name", contains("rekeningnummers.0.uuid"))
                .body("invalidParams.code", contains("invalid"));
    }
}
