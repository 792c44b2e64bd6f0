package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A werkplek session that is not used ends: the next request goes to the login page, which says why. */
@TestPropertySource(properties = "klantinteracties.werkplek.session-timeout=2s")
class SessieVerloopIT extends BrowserIT {

    @Test
    void aSessionExpiresWhenItIsNotUsed() throws InterruptedException {
        String wachtwoord = account("sanne", "Sanne de Boer", actor("Sanne de Boer", "medewerker"), List.of(), false);
        login("sanne", wachtwoord);
        assertThat(page.getByText("Sanne de Boer")).isVisible();

        Thread.sleep(3_500);
        page.navigate(werkplek("/taken"));

        assertThat(page).hasURL(werkplek("/inloggen?verlopen"));
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Uw sessie is verlopen. Log opnieuw in. Een contact dat u had ingevuld en nog niet had"
                        + " opgeslagen, vindt u daarna terug bij Contact opnemen.");
    }
}
