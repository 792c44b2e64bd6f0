package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import nl.kcc.klantinteracties.security.Medewerker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A functioneel beheerder keeps the gespreksresultaten a medewerker chooses from at the end of a contact: adds one,
 * takes one out of use and changes the order; the medewerker's form offers them so, and the contact shows the one
 * chosen.
 */
class GespreksresultatenBeheerIT extends BrowserIT {

    private static final String NIEUW = "Doorverwezen naar de Belastingsamenwerking";

    @AfterEach
    void theMigrationsGespreksresultaten() {
        jdbc.sql("delete from werkplek_klantcontact_gespreksresultaat").update();
        jdbc.sql("delete from werkplek_gespreksresultaat").update();
        jdbc.sql("""
                insert into werkplek_gespreksresultaat (definitie, volgorde) values
                    ('Zelfstandig afgehandeld', 1), ('Doorverbonden', 2), ('Terugbelverzoek gemaakt', 3),
                    ('Verwezen naar een andere organisatie', 4), ('Klant neemt zelf weer contact op', 5)""").update();
    }

    @Test
    void aBeheerderKeepsTheListAndTheMedewerkerRegistersWithIt() {
        String wachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        login("bea", wachtwoord);
        page.navigate(werkplek("/beheer"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Beheer"))
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gespreksresultaten"))
                .click();

        // Refused: nothing, and one that is there already in another case.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gespreksresultaat toevoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef de omschrijving die medewerkers zien");
        page.getByLabel("Omschrijving", new Page.GetByLabelOptions().setExact(true))
                .fill("doorverbonden");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gespreksresultaat toevoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is al een gespreksresultaat 'doorverbonden'");
        assertThat(page.locator("tbody tr")).hasCount(5);

        page.getByLabel("Omschrijving", new Page.GetByLabelOptions().setExact(true))
                .fill(NIEUW);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gespreksresultaat toevoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Het gespreksresultaat " + NIEUW + " wordt nu aangeboden");

        page.getByLabel("Doorverbonden aanbieden").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorverbonden opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Het gespreksresultaat Doorverbonden wordt niet meer aangeboden.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(NIEUW + " omhoog"))
                .click();
        screen("beheer-gespreksresultaten");
        accessible();

        page.navigate(werkplek("/contact?kanaal=telefoon"));
        assertThat(page.getByLabel("Gespreksresultaat").locator("option")).hasText(new String[] {
            "Kies, als het van toepassing is",
            "Zelfstandig afgehandeld",
            "Terugbelverzoek gemaakt",
            "Verwezen naar een andere organisatie",
            NIEUW,
            "Klant neemt zelf weer contact op"
        });
        page.getByLabel("Onderwerp").fill("Kwijtschelding gemeentelijke belastingen");
        page.getByLabel("Gespreksresultaat").selectOption(new SelectOption().setLabel(NIEUW));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het contact is geregistreerd.");
        assertThat(page.locator("dl.facts")).containsText("Gespreksresultaat" + NIEUW);

        // A confidential contact with it counts only for those who may see confidential contacts.
        page.navigate(werkplek("/contact?kanaal=telefoon"));
        page.getByLabel("Onderwerp").fill("Schuldhulp");
        page.getByLabel("Gespreksresultaat").selectOption(new SelectOption().setLabel(NIEUW));
        page.getByLabel("Vertrouwelijk: alleen zichtbaar voor medewerkers die vertrouwelijke contacten mogen inzien")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het vertrouwelijke contact is geregistreerd.");
        assertThat(jdbc.sql("select count(*) from werkplek_klantcontact_gespreksresultaat")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        page.navigate(werkplek("/beheer/gespreksresultaten"));
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(NIEUW))
                        .locator("td")
                        .nth(1))
                .hasText("1");
    }

    @Test
    void oneTakenOutOfUseWhileTheFormWasOpenIsRefusedAndNothingIsRegistered() {
        String wachtwoord = accounts.create(
                new Medewerker("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(), false));
        login("nicole", wachtwoord);
        page.navigate(werkplek("/contact?kanaal=telefoon"));
        page.getByLabel("Onderwerp").fill("Parkeervergunning");
        page.getByLabel("Gespreksresultaat").selectOption(new SelectOption().setLabel("Doorverbonden"));
        jdbc.sql("update werkplek_gespreksresultaat set actief = false where definitie = 'Doorverbonden'")
                .update();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies een gespreksresultaat uit de lijst");
        assertThat(page.getByLabel("Gespreksresultaat")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Onderwerp")).hasValue("Parkeervergunning");
        assertThat(jdbc.sql("select count(*) from klantcontact")
                        .query(Long.class)
                        .single())
                .isZero();
        accessible();
    }
}
