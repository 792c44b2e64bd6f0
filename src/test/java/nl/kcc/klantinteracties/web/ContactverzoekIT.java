package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A contactverzoek as KISS makes one: for a caller who is not known and speaks for an organisation, with two numbers
 * each with what they are, for a colleague found by typing their name, to be done by a day the KCC names. The
 * colleague sees all of it in their inbox and on the task.
 */
class ContactverzoekIT extends BrowserIT {

    private UUID vera;
    private UUID vergunningen;
    private String nicoleWachtwoord;
    private String veraWachtwoord;

    @BeforeEach
    void seed() {
        UUID kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        vera = actor("Vera Jansen", "medewerker");
        nicoleWachtwoord =
                account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
        veraWachtwoord = account("vera", "Vera Jansen", vera, List.of(vergunningen), false);
    }

    @Test
    void aCallerForAnOrganisationIsCalledBackByTheColleagueTheyAskedFor() {
        LocalDate morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/contact?kanaal=telefoon"));
        page.getByLabel("Onderwerp").fill("Bouwplan aan de Dorpsstraat");
        page.getByLabel("Voornaam").fill("Piet");
        page.getByLabel("Achternaam").fill("de Vries");
        page.getByLabel("Namens organisatie").fill("Bouwbedrijf De Vries");
        page.getByLabel("Telefoonnummer", new Page.GetByLabelOptions().setExact(true))
                .fill("06 1234 5678");
        page.getByLabel("Omschrijving", new Page.GetByLabelOptions().setExact(true))
                .fill("mobiel");
        page.getByLabel("Tweede nummer", new Page.GetByLabelOptions().setExact(true))
                .fill("030 123 4567");
        page.getByLabel("Omschrijving tweede nummer").fill("kantoor, tot 17 uur");
        // The verzoek's fields come with the choice to make one.
        assertThat(page.getByLabel("Voor afdeling, groep of medewerker")).isHidden();
        page.getByLabel("Terugbelverzoek maken (interne taak)").check();
        assertThat(page.getByLabel("Voor afdeling, groep of medewerker")).isVisible();

        // A name not in the list and a day gone by are refused, and nothing is stored.
        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vera Janssen");
        page.getByLabel("Uiterlijk klaar op (optioneel)").fill("2020-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("'Vera Janssen' staat er niet in");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Die dag is al voorbij");
        assertThat(page.getByLabel("Voor afdeling, groep of medewerker")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Tweede nummer", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("030 123 4567");
        assertThat(jdbc.sql("select count(*) from klantcontact")
                        .query(Long.class)
                        .single())
                .isZero();
        screen("contactverzoek-fout");

        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vera Jansen (Medewerker)");
        page.getByLabel("Uiterlijk klaar op (optioneel)").fill(morgen.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Het contact en het terugbelverzoek zijn geregistreerd.");
        String klantcontact = page.url().replaceAll(".*/klantcontacten/", "");
        viaApi().get("/klantcontacten/" + klantcontact + "?expand=hadBetrokkenen.digitaleAdressen")
                .then()
                .body("_expand.hadBetrokkenen[0].organisatienaam", equalTo("Bouwbedrijf De Vries"))
                .body(
                        "_expand.hadBetrokkenen[0]._expand.digitaleAdressen.adres",
                        containsInAnyOrder("0612345678", "0301234567"))
                .body(
                        "_expand.hadBetrokkenen[0]._expand.digitaleAdressen.omschrijving",
                        containsInAnyOrder("mobiel", "kantoor, tot 17 uur"));
        logout();

        login("vera", veraWachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn taken"))
                .click();
        Locator taak = page.locator("tbody tr").first();
        assertThat(taak).containsText("Piet de Vries, namens Bouwbedrijf De Vries");
        assertThat(taak).containsText(String.valueOf(morgen.getDayOfMonth()));
        assertThat(taak).not().containsText("Verstreken");
        taak.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText(String.valueOf(morgen.getYear()))))
                .not()
                .hasCount(0);
        assertThat(page.getByText("0301234567")).isVisible();
        assertThat(page.getByText("(kantoor, tot 17 uur)")).isVisible();
        screen("contactverzoek-taak");

        // Once the day has passed, the inbox says so.
        jdbc.sql("update werkplek_taak_termijn set uiterlijk = current_date - 2")
                .update();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn taken"))
                .click();
        assertThat(page.locator("tbody tr").first()).containsText("Verstreken");
    }

    @Test
    void theAfdelingsQuestionsAreAskedAndTheirAnswersReachTheTask() {
        String bea = accounts.create(new nl.kcc.klantinteracties.security.Medewerker(
                "bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        login("bea", bea);
        page.navigate(werkplek("/beheer/afdelingen/" + vergunningen));
        page.getByLabel("Nieuwe vraag").fill("Adres van het bouwwerk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag toevoegen"))
                .click();
        page.getByLabel("Nieuwe vraag").fill("Is er al een tekening?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag toevoegen"))
                .click();
        Locator vragen =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Vragen bij een terugbelverzoek"));
        assertThat(vragen.getByRole(AriaRole.LISTITEM)).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijderen: Is er al een tekening?"))
                .click();
        assertThat(vragen.getByRole(AriaRole.LISTITEM)).hasCount(1);
        accessible();
        logout();

        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/contact?kanaal=telefoon"));
        page.getByLabel("Onderwerp").fill("Dakkapel");
        page.getByLabel("Terugbelverzoek maken (interne taak)").check();
        assertThat(page.getByLabel("Adres van het bouwwerk")).isHidden();
        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vera Jansen (Medewerker)");
        assertThat(page.getByLabel("Adres van het bouwwerk")).isHidden();
        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vergunningen (Afdeling)");
        page.getByLabel("Adres van het bouwwerk").fill("Dorpsstraat 1");
        page.getByLabel("Toelichting voor de collega").fill("Graag vóór vrijdag.");
        screen("contactverzoek-afdelingsvragen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Het contact en het terugbelverzoek zijn geregistreerd.");
        viaApi().get("/internetaken")
                .then()
                .body(
                        "results[0].toelichting",
                        equalTo("Graag vóór vrijdag.\n\nAdres van het bouwwerk: Dorpsstraat 1"));
    }
}
