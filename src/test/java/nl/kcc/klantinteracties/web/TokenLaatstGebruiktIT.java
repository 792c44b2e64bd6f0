package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.security.TokenUse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Beheer shows when an application's token was last used and by which instance, so that a beheerder sees which
 * tokens are unused before revoking one; the register writes it in batches, not per request.
 */
class TokenLaatstGebruiktIT extends BrowserIT {

    @Autowired
    ApiTokens tokens;

    @Autowired
    TokenUse use;

    @Test
    void aTokenInUseShowsWhenAndWhereItWasLastUsed() {
        jdbc.sql("delete from api_token where name in ('website', 'ongebruikt')")
                .update();
        String key = tokens.create("website", Scope.DEFAULT, null);
        tokens.create("ongebruikt", Scope.DEFAULT, null);
        OffsetDateTime before = OffsetDateTime.now();

        api(key).get("/klantcontacten").then().statusCode(200);
        assertThat(token("website").lastUsedAt()).as("not written per request").isNull();
        use.flush();

        var website = token("website");
        assertThat(website.lastUsedAt()).isBetween(before.minusSeconds(1), OffsetDateTime.now());
        assertThat(website.lastUsedBy()).isNotBlank();
        assertThat(token("ongebruikt").lastUsedAt()).isNull();

        // A key that no longer works is no use of the token.
        tokens.revoke("website");
        api(key).get("/klantcontacten").then().statusCode(401);
        use.flush();
        assertThat(Duration.between(website.lastUsedAt(), token("website").lastUsedAt()))
                .isZero();

        String wachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        login("bea", wachtwoord);
        page.navigate(werkplek("/beheer/applicaties"));
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("website")))
                .containsText("(" + website.lastUsedBy() + ")");
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("ongebruikt")))
                .containsText("Nog niet");
        accessible();
    }

    private ApiTokens.TokenInfo token(String name) {
        return tokens.list().stream()
                .filter(token -> token.name().equals(name))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
