package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A beheerder gets a uuid from a supplier's log, or a BSN or nummer from a colleague, and finds the object to open it
 * in the werkplek's screens or its history; what is secret stays unfound without the vertrouwelijk role.
 */
class ZoekenBeheerIT extends BrowserIT {

    private String partij;
    private String klantcontact;
    private UUID taak;

    @BeforeEach
    void seed() {
        partij = viaApi().body(Bodies.persoon("Jan", "Jansen", "111222333"))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        viaApi().body(Bodies.with(Bodies.persoon("Geheim", "Persoon", "999999990"), "indicatieGeheimhouding", true))
                .post("/partijen")
                .then()
                .statusCode(201);
        klantcontact = viaApi().body(
                        Bodies.with(Bodies.klantcontact(), "nummer", "7070", "referentienummer", "26000123"))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        taak = taak(UUID.fromString(klantcontact), actor("KCC", "organisatorische_eenheid"), "Bel terug");
        String wachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        login("bea", wachtwoord);
        page.navigate(werkplek("/beheer/zoeken"));
    }

    @Test
    void aBeheerderFindsObjectsByBsnNummerAndUuidAndOpensThem() {
        zoek("111222333");
        var regel = page.locator("tbody tr");
        assertThat(regel).hasCount(1);
        assertThat(regel).containsText("Jan Jansen");
        screen("beheer-zoeken");
        regel.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Partij openen"))
                .click();
        assertThat(page).hasURL(werkplek("/partijen/" + partij));

        page.navigate(werkplek("/beheer/zoeken"));
        zoek("26000123");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("Afvalinzameling rond kerst");
        assertThat(page.locator("tbody tr")).containsText("7070");

        zoek(taak.toString());
        assertThat(page.locator("tbody tr")).hasCount(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geschiedenis"))
                .click();
        assertThat(page).hasURL(werkplek("/geschiedenis/internetaken/" + taak));
    }

    @Test
    void whatIsSecretOrUnknownIsNotFound() {
        zoek("999999990");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Niets gevonden");
        zoek(UUID.randomUUID().toString());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Niets gevonden");
        accessible();
    }

    private void zoek(String wat) {
        page.getByLabel("Uuid, nummer, referentienummer, BSN of KvK-nummer").fill(wat);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
    }
}
