package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding the klant the way a caller gives themselves away: the number the telephone system shows (+31...) for a
 * number the klant once gave as 06..., a name typed without its spaces, and the medewerker's choice of what to search
 * by kept from one call to the next; and the keyboard starts where the work is.
 */
class KlantZoekenIT extends BrowserIT {

    private String wachtwoord;

    @BeforeEach
    void seed() {
        UUID kcc = actor("KCC", "organisatorische_eenheid");
        wachtwoord = account("nicole", "Nicole Bakker", actor("Nicole Bakker", "medewerker"), List.of(kcc), false);
        persoon("Jan", "van", "Dijk", "0632760638");
        persoon("Anna", "de", "Vries", "+31201234567");
        persoon("Janneke", "", "Dijkstra", "0031104567890");
    }

    @Test
    void theNumberTheTelephoneShowsFindsTheNumberTheKlantGave() {
        login("nicole", wachtwoord);
        zoek("telefoon", "+31632760638");
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        assertThat(resultaat("Jan van Dijk")).isVisible();
        accessible();
        screen("zoeken-telefoon");

        zoek("telefoon", "0031 6 3276 0638");
        assertThat(resultaat("Jan van Dijk")).isVisible();

        zoek("telefoon", "020-1234567");
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        assertThat(resultaat("Anna de Vries")).isVisible();

        zoek("telefoon", "+31 10 456 7890");
        assertThat(resultaat("Janneke Dijkstra")).isVisible();

        zoek("telefoon", "0201234568");
        assertThat(page.getByText("Geen klant gevonden.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    @Test
    void aNameIsFoundWithoutItsSpaces() {
        login("nicole", wachtwoord);
        zoek("naam", "vandijk");
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        assertThat(resultaat("Jan van Dijk")).isVisible();

        zoek("naam", "dijk");
        assertThat(page.getByText("2 klanten gevonden.")).isVisible();
        assertThat(resultaat("Janneke Dijkstra")).isVisible();

        zoek("naam", "Van-Dijk");
        assertThat(resultaat("Jan van Dijk")).isVisible();

        zoek("naam", "Anna de Vries");
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        assertThat(resultaat("Anna de Vries")).isVisible();

        zoek("naam", "- -");
        assertThat(page.getByText("Geef minstens 2 letters van de naam op.")).isVisible();
    }

    @Test
    void whatIsSearchedByIsKeptForTheNextCall() {
        login("nicole", wachtwoord);
        assertThat(page.getByLabel("Zoeken op")).hasValue("bsn");
        zoek("telefoon", "0632760638");
        assertThat(resultaat("Jan van Dijk")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Klantcontact zoeken"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact opnemen"))
                .click();
        assertThat(page.getByLabel("Zoeken op")).hasValue("telefoon");
        assertThat(page.getByLabel("Zoekterm")).hasValue("");
    }

    @Test
    void theFocusIsWhereTheWorkIsAndTheSaveButtonInView() {
        page.setViewportSize(1366, 768);
        login("nicole", wachtwoord);
        assertThat(page.locator("#zoekterm")).isFocused();
        page.keyboard().type("999990019");
        assertThat(page.getByLabel("Zoekterm")).hasValue("999990019");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder zonder bekende klant"))
                .click();
        assertThat(page.getByLabel("Onderwerp")).isFocused();
        Locator opslaan = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"));
        assertThat(opslaan).isInViewport();

        opslaan.click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(opslaan).isInViewport();
        page.keyboard().press("Tab");
        assertThat(page.locator(".error-summary a").first()).isFocused();

        page.navigate(werkplek("/partijen/nieuw?kanaal=telefoon"));
        assertThat(page.getByLabel("BSN")).isFocused();
        // A page that names no field starts at its content, not at the menu.
        page.navigate(werkplek("/taken"));
        assertThat(page.locator("main")).isFocused();
    }

    @Test
    void anIncomingCallOpensTheKlantbeeldOfTheCallersNumber() {
        page.navigate(werkplek("/bellen?nummer=%2B31632760638"));
        page.getByLabel("Gebruikersnaam").fill("nicole");
        page.getByLabel("Wachtwoord").fill(wachtwoord);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantbeeld: Jan van Dijk");
        assertThat(page.locator("dt:has-text('Voorkeurstaal') + dd")).hasText("Nederlands");
        // The call's next step is one Enter away.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact registreren")))
                .isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Kanaal")).hasValue("telefoon");

        page.navigate(werkplek("/bellen?nummer=0201111111"));
        assertThat(page.getByLabel("Zoeken op")).hasValue("telefoon");
        assertThat(page.getByLabel("Zoekterm")).hasValue("0201111111");
        assertThat(page.getByText("Geen klant gevonden.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    private void zoek(String op, String term) {
        page.getByLabel("Zoeken op").selectOption(op);
        page.getByLabel("Zoekterm").fill(term);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        // The address bar follows once the results of this search have replaced those of the last one.
        page.waitForCondition(() -> URLDecoder.decode(page.url(), StandardCharsets.UTF_8)
                .matches(".*zoekterm=" + Pattern.quote(term) + "($|&).*"));
    }

    private Locator resultaat(String naam) {
        return page.locator("#resultaten")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(naam).setExact(true));
    }

    private void persoon(String voornaam, String voorvoegsel, String achternaam, String telefoonnummer) {
        String partij = viaApi().body(Map.of(
                        "soortPartij",
                        "persoon",
                        "indicatieActief",
                        true,
                        "voorkeurstaal",
                        "nld",
                        "partijIdentificatie",
                        Map.of(
                                "contactnaam",
                                Map.of(
                                        "voornaam", voornaam,
                                        "voorvoegselAchternaam", voorvoegsel,
                                        "achternaam", achternaam))))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        viaApi().body(Map.of(
                        "verstrektDoorPartij",
                        Map.of("uuid", partij),
                        "soortDigitaalAdres",
                        "telefoonnummer",
                        "adres",
                        telefoonnummer))
                .post("/digitaleadressen")
                .then()
                .statusCode(201);
    }
}
