package nl.kcc.klantinteracties.security.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A medewerker without the vertrouwelijk role is the same kind of caller: the werkplek's screens (klantbeeld,
 * klantcontact, search, history) show no uuid, link or text of a hidden object. Over HTTP, as the browser gets the
 * pages; the werkplek's own code is unchanged, it shows what the resources give it.
 */
class HiddenWerkplekIT extends HiddenObjectsIT {

    @Autowired
    MedewerkerAccounts accounts;

    @Test
    void theScreensOfAMedewerkerWithoutTheRoleShowNothingHidden() {
        String gebruikersnaam = "zonder-rol-" + UUID.randomUUID().toString().substring(0, 8);
        String wachtwoord = accounts.create(
                new Medewerker(gebruikersnaam, "Zonder Rol", UUID.fromString(fixture.actor), List.of(), false));
        String session = login(gebruikersnaam, wachtwoord);

        var screens = List.of(
                "/werkplek/partijen/" + fixture.partij,
                "/werkplek/klantcontacten/" + fixture.klantcontact,
                "/werkplek/klantcontacten?zoekOp=adres&zoekterm=qx.verb",
                "/werkplek/klantcontacten?zoekOp=partij&zoekterm=" + HiddenFixture.GEHEIM_BSN,
                "/werkplek/klantcontacten?zoekOp=nummer&zoekterm=" + HiddenFixture.GEHEIM_NUMMER,
                "/werkplek/geschiedenis/partijen/" + fixture.partij,
                "/werkplek/geschiedenis/betrokkenen/" + fixture.betrokkeneVanGeheimePartij);
        for (String screen : screens) {
            Response page = anonymous().cookie("JSESSIONID", session).get(screen);
            assertThat(page.statusCode()).as(screen).isEqualTo(200);
            String html = page.asString();
            for (String secret : fixture.secrets()) {
                // A search page repeats the term the medewerker typed.
                if (!screen.contains(secret)) {
                    assertThat(html).as("%s holds %s", screen, secret).doesNotContain(secret);
                }
            }
        }
    }

    /**
     * The beheerder's audit search, for a beheerder without the vertrouwelijk role: a hidden object is not found by its
     * nummer, referentienummer or uuid, and the changes of visible objects that point at hidden ones name nothing of
     * them.
     */
    @Test
    void theAuditSearchOfABeheerderWithoutTheRoleFindsNothingHidden() {
        String gebruikersnaam =
                "beheer-zonder-rol-" + UUID.randomUUID().toString().substring(0, 8);
        String wachtwoord = accounts.create(new Medewerker(
                gebruikersnaam, "Beheer Zonder Rol", UUID.fromString(fixture.actor), List.of(), false, true));
        String session = login(gebruikersnaam, wachtwoord);

        var zoekvragen = new ArrayList<String>(List.of(
                HiddenFixture.GEHEIM_NUMMER,
                HiddenFixture.GEHEIM_REFERENTIENUMMER,
                fixture.partij,
                fixture.klantcontact,
                fixture.betrokkeneVanGeheimePartij,
                fixture.onderwerpobject,
                fixture.adresViaGeheimeBetrokkene));
        zoekvragen.addAll(fixture.hiddenUuids());
        for (String object : zoekvragen) {
            String screen = "/werkplek/beheer/audit?object=" + object;
            Response page = anonymous().cookie("JSESSIONID", session).get(screen);
            assertThat(page.statusCode()).as(screen).isEqualTo(200);
            String html = page.asString();
            if (fixture.secrets().contains(object)) {
                assertThat(html).as(screen).contains("Geen wijzigingen gevonden");
            }
            for (String secret : fixture.secrets()) {
                // The search form repeats the term the beheerder typed.
                if (!screen.contains(secret)) {
                    assertThat(html).as("%s holds %s", screen, secret).doesNotContain(secret);
                }
            }
        }
    }

    private String login(String gebruikersnaam, String wachtwoord) {
        Response page = anonymous().get("/werkplek/inloggen");
        Response login = anonymous()
                .cookie("JSESSIONID", page.cookie("JSESSIONID"))
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", csrf(page.asString()))
                .formParam("gebruikersnaam", gebruikersnaam)
                .formParam("wachtwoord", wachtwoord)
                .post("/werkplek/inloggen");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("fout");
        return login.cookie("JSESSIONID") == null ? page.cookie("JSESSIONID") : login.cookie("JSESSIONID");
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]*)\" name=\"_csrf\"").matcher(html);
            assertThat(m.find()).as("the _csrf field").isTrue();
        }
        return m.group(1);
    }
}
