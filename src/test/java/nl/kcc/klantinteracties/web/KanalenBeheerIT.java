package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.kcc.klantinteracties.security.Medewerker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A functioneel beheerder keeps the kanalen the werkplek offers: adds one, takes one out of use and changes the order,
 * and a medewerker's Contact opnemen offers them so at once.
 */
class KanalenBeheerIT extends BrowserIT {

    @AfterEach
    void theMigrationsKanalen() {
        jdbc.sql("delete from werkplek_kanaal").update();
        jdbc.sql("""
                insert into werkplek_kanaal (waarde, label, volgorde) values
                    ('telefoon', 'Telefoon', 1), ('e-mail', 'E-mail', 2), ('balie', 'Balie', 3), ('brief', 'Brief', 4),
                    ('chat', 'Chat', 5), ('whatsapp', 'WhatsApp', 6)""").update();
    }

    @Test
    void aBeheerderAddsHidesAndOrdersKanalenAndTheWerkplekOffersThem() {
        String wachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        login("bea", wachtwoord);
        page.navigate(werkplek("/beheer/kanalen"));

        // Refused: a waarde that a contact cannot carry, and no label.
        page.getByLabel("Waarde", new Page.GetByLabelOptions().setExact(true)).fill("Insta gram!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kanaal toevoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef de waarde zoals de contacten haar krijgen");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef het label dat medewerkers zien");

        page.getByLabel("Waarde", new Page.GetByLabelOptions().setExact(true)).fill("instagram");
        page.getByLabel("Label", new Page.GetByLabelOptions().setExact(true)).fill("Instagram");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kanaal toevoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het kanaal Instagram wordt nu aangeboden");

        page.getByLabel("Brief aanbieden").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het kanaal Brief wordt niet meer aangeboden.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Instagram omhoog"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Telefoon omhoog")))
                .isDisabled();
        screen("beheer-kanalen");

        page.navigate(werkplek(""));
        assertThat(page.getByLabel("Kanaal").locator("option"))
                .hasText(new String[] {"Telefoon", "E-mail", "Balie", "Chat", "Instagram", "WhatsApp"});

        // A contact on the new kanaal is shown with its label, wherever contacts are listed.
        page.navigate(werkplek("/contact?kanaal=instagram"));
        page.getByLabel("Onderwerp").fill("Melding losliggende stoeptegel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.locator("dl.facts")).containsText("KanaalInstagram");
        String referentienummer =
                page.locator("dt:text-is('Referentienummer') + dd").textContent();
        page.navigate(werkplek("/klantcontacten?zoekOp=nummer&zoekterm=" + referentienummer));
        assertThat(page.locator("ul.cards li")).containsText("Instagram");
    }
}
