package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notes typed during a call-back are kept as the medewerker types them: a refused save, a new login or another browser
 * finds them in the task's form again, a colleague never does, and they are gone once the call-back is registered.
 */
class TaakConceptIT extends BrowserIT {

    private UUID taak;
    private String veraWachtwoord;
    private String karelWachtwoord;

    @BeforeEach
    void seed() {
        UUID vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        veraWachtwoord =
                account("vera", "Vera Jansen", actor("Vera Jansen", "medewerker"), List.of(vergunningen), false);
        karelWachtwoord =
                account("karel", "Karel Smit", actor("Karel Smit", "medewerker"), List.of(vergunningen), false);
        UUID klantcontact = UUID.fromString(viaApi().body(
                        Map.of("kanaal", "telefoon", "onderwerp", "Dakkapel", "taal", "nld", "vertrouwelijk", false))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
        taak = taak(klantcontact, vergunningen, "Klant is bereikbaar tot 17 uur.");
    }

    @Test
    void callBackNotesAreKeptUntilTheCallIsRegistered() {
        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        page.getByLabel("Wat is besproken").fill("Voicemail ingesproken, om 14 uur opnieuw.");
        assertThat(page.locator("#terugbellen-status")).containsText("Uw invoer is bewaard");

        // Refused (no outcome chosen): the notes are still in the form.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugbelgesprek opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(page.getByLabel("Wat is besproken")).hasValue("Voicemail ingesproken, om 14 uur opnieuw.");
        page.getByLabel("Nee, niet bereikt: de taak blijft open").check();
        assertThat(page.locator("#terugbellen-status")).containsText("Uw invoer is bewaard");

        // Another browser, after logging in there: the same, with the choice.
        var elders = colleaguesBrowser("vera", veraWachtwoord);
        elders.navigate(werkplek("/taken/" + taak));
        assertThat(elders.getByLabel("Wat is besproken")).hasValue("Voicemail ingesproken, om 14 uur opnieuw.");
        assertThat(elders.getByLabel("Nee, niet bereikt: de taak blijft open")).isChecked();
        elders.context().close();

        var collega = colleaguesBrowser("karel", karelWachtwoord);
        collega.navigate(werkplek("/taken/" + taak));
        assertThat(collega.getByLabel("Wat is besproken")).hasValue("");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugbelgesprek opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("De mislukte terugbelpoging is geregistreerd");
        assertThat(page.getByLabel("Wat is besproken")).hasValue("");
        accessible();
    }
}
