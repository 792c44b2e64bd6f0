package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notitieblok beside the call: what a medewerker jots down stays with them from page to page, after a new login
 * and in another browser, and is gone when the contact is saved; a colleague never sees it.
 */
class NotitieblokIT extends BrowserIT {

    private String nicoleWachtwoord;
    private String veraWachtwoord;

    @BeforeEach
    void seed() {
        UUID kcc = actor("KCC", "organisatorische_eenheid");
        nicoleWachtwoord =
                account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
        veraWachtwoord = account("vera", "Vera Jansen", actor("Vera Jansen", "medewerker"), List.of(kcc), false);
    }

    @Test
    void notesGoAlongUntilTheContactIsSaved() {
        login("nicole", nicoleWachtwoord);
        notitieblok().locator("summary").click();
        page.getByLabel("Notities bij dit gesprek")
                .fill("Belt namens zijn moeder, mevrouw De Wit.\nNummer: 0612345678");
        assertThat(page.locator("#notitieblok-status")).containsText("Uw invoer is bewaard");
        screen("notitieblok");

        // Open on the next page too, with the notes.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn taken"))
                .click();
        assertThat(page.getByLabel("Notities bij dit gesprek")).isVisible();
        assertThat(page.getByLabel("Notities bij dit gesprek"))
                .hasValue("Belt namens zijn moeder, mevrouw De Wit.\nNummer: 0612345678");

        // Another browser, after a new login: closed, but saying it holds notes, and holding them.
        var elders = colleaguesBrowser("nicole", nicoleWachtwoord);
        assertThat(elders.locator("#notitieblok summary")).hasText("Notitieblok (bevat notities)");
        assertThat(elders.getByLabel("Notities bij dit gesprek"))
                .hasValue("Belt namens zijn moeder, mevrouw De Wit.\nNummer: 0612345678");
        elders.context().close();

        var collega = colleaguesBrowser("vera", veraWachtwoord);
        assertThat(collega.locator("#notitieblok summary")).hasText("Notitieblok");
        assertThat(collega.getByLabel("Notities bij dit gesprek")).hasValue("");

        page.navigate(werkplek("/contact?kanaal=telefoon"));
        page.getByLabel("Onderwerp").fill("Afspraak voor een paspoort");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Het contact is geregistreerd.");
        assertThat(page.getByLabel("Notities bij dit gesprek")).hasValue("");
        assertThat(notitieblok().locator("summary")).hasText("Notitieblok");
    }

    @Test
    void leegmakenEmptiesItForGood() {
        login("nicole", nicoleWachtwoord);
        notitieblok().locator("summary").click();
        page.getByLabel("Notities bij dit gesprek").fill("Kladje");
        assertThat(page.locator("#notitieblok-status")).containsText("Uw invoer is bewaard");
        page.waitForResponse(
                response -> response.url().endsWith("/werkplek/concepten/notitieblok") && response.status() == 204,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leegmaken"))
                        .click());
        assertThat(page.getByLabel("Notities bij dit gesprek")).hasValue("");
        assertThat(page.getByLabel("Notities bij dit gesprek")).isFocused();
        page.reload();
        assertThat(notitieblok().locator("summary")).hasText("Notitieblok");
        assertThat(page.getByLabel("Notities bij dit gesprek")).hasValue("");
    }

    private Locator notitieblok() {
        return page.getByRole(AriaRole.COMPLEMENTARY, new Page.GetByRoleOptions().setName("Notitieblok"));
    }
}
