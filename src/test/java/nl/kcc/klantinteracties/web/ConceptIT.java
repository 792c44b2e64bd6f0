package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A long call: what the medewerker types is kept on the server while they type, which also keeps the session alive;
 * when the session ends anyway, they find the contact again after logging in, and saving it clears the draft. A
 * colleague never sees it.
 */
@TestPropertySource(properties = "klantinteracties.werkplek.session-timeout=8s")
class ConceptIT extends BrowserIT {

    private String wachtwoord;

    @BeforeEach
    void seed() {
        wachtwoord = account("sanne", "Sanne de Boer", actor("Sanne de Boer", "medewerker"), List.of(), false);
    }

    @Test
    void whatWasTypedOutlivesTheSessionAndIsClearedWhenSaved() {
        login("sanne", wachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder zonder bekende klant"))
                .click();
        page.getByLabel("Onderwerp").fill("Vraag over de parkeervergunning");
        page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true))
                .fill("Klant wil weten of een tweede vergunning mogelijk is.");
        assertThat(page.locator("#concept-status")).containsText("Uw invoer is bewaard");

        sessionsExpire();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByText("Uw sessie is verlopen. Log opnieuw in.")).isVisible();
        assertThat(count()).isZero();

        login("sanne", wachtwoord);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niet opgeslagen contact")))
                .isVisible();
        assertThat(page.getByText("onderwerp \u201cVraag over de parkeervergunning\u201d", new Page.GetByTextOptions())
                        .first())
                .isVisible();
        accessible();
        screen("concept-teruggevonden");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder met dit contact"))
                .click();
        assertThat(page.getByLabel("Onderwerp")).hasValue("Vraag over de parkeervergunning");
        assertThat(page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Klant wil weten of een tweede vergunning mogelijk is.");
        assertThat(page.getByText("staat weer in het formulier", new Page.GetByTextOptions()))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByText("Het contact is geregistreerd.", new Page.GetByTextOptions()))
                .isVisible();
        assertThat(count()).isEqualTo(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact opnemen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niet opgeslagen contact")))
                .hasCount(0);
    }

    @Test
    void typingKeepsTheSessionAliveAndAColleagueDoesNotSeeTheDraft() throws InterruptedException {
        login("sanne", wachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder zonder bekende klant"))
                .click();
        var onderwerp = page.getByLabel("Onderwerp");
        // Four pauses of about 3 s each: longer together than the 8 s session, each shorter than it.
        for (String woord : List.of("Afval", "Afval rond", "Afval rond de", "Afval rond de kerst")) {
            OffsetDateTime voor = bijgewerkt();
            onderwerp.fill(woord);
            page.waitForCondition(() -> !Objects.equals(bijgewerkt(), voor));
            Thread.sleep(2_000);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByText("Het contact is geregistreerd.", new Page.GetByTextOptions()))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact opnemen"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder zonder bekende klant"))
                .click();
        page.getByLabel("Onderwerp").fill("Iets wat Sanne typte");
        assertThat(page.locator("#concept-status")).containsText("Uw invoer is bewaard");
        logout();

        String ander = account("ruben", "Ruben Smit", actor("Ruben Smit", "medewerker"), List.of(), false);
        login("ruben", ander);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contact opnemen")))
                .isVisible();
        assertThat(page.getByText("Niet opgeslagen contact")).hasCount(0);
        page.navigate(werkplek("/contact?concept=ja"));
        assertThat(page.getByLabel("Onderwerp")).hasValue("");
    }

    private long count() {
        return jdbc.sql("select count(*) from klantcontact").query(Long.class).single();
    }

    /**
     * What the end of a session does, without waiting for it: the sessions are kept in PostgreSQL and end when their
     * row goes (a wait on a busy machine would also end the session in the middle of the test's own steps).
     */
    private void sessionsExpire() {
        jdbc.sql("delete from spring_session").update();
    }

    private OffsetDateTime bijgewerkt() {
        return jdbc.sql("select max(bijgewerkt) from werkplek_concept")
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .list()
                .getFirst();
    }
}
