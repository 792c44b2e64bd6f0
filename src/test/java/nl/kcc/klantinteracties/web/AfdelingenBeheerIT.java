package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.security.Medewerker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A functioneel beheerder keeps the afdelingen and groepen that tasks are assigned to: makes a groep as KISS identifies
 * one, renames it and takes it out of use, and sees who works for an afdeling; all of it in the audit trail as theirs.
 */
class AfdelingenBeheerIT extends BrowserIT {

    private UUID kcc;
    private String beheerderWachtwoord;

    @BeforeEach
    void seed() {
        kcc = actor("KCC", "organisatorische_eenheid");
        beheerderWachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
    }

    @Test
    void aBeheerderMakesRenamesAndDeactivatesAGroep() {
        login("bea", beheerderWachtwoord);
        page.navigate(werkplek("/beheer"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Beheer"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Afdelingen"))
                .click();
        var kccRegel = page.locator("tbody tr", new Page.LocatorOptions().setHasText("KCC"));
        assertThat(kccRegel).containsText("Afdeling");
        assertThat(kccRegel).containsText("Actief");
        assertThat(kccRegel.locator("td").nth(3)).hasText("1");

        // Refused: no name; nothing is made.
        long before = actoren();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef een naam");
        assertThat(page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
        assertThat(actoren()).isEqualTo(before);

        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Terugbellen");
        page.getByLabel("Groep (een team binnen of over afdelingen)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Groep: Terugbellen");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De groep Terugbellen is gemaakt.");
        screen("beheer-afdeling");
        // Made as KISS identifies a groep, so that the tasks KISS assigns to it reach the same actor.
        String uuid = viaApi().queryParam("actoridentificatorCodeObjecttype", "grp")
                .queryParam("actoridentificatorCodeRegister", "obj")
                .queryParam("actoridentificatorCodeSoortObjectId", "idf")
                .queryParam("actoridentificatorObjectId", "Terugbellen")
                .get("/actoren")
                .then()
                .body("count", equalTo(1))
                .body("results[0].soortActor", equalTo("organisatorische_eenheid"))
                .extract()
                .path("results[0].uuid");

        // The same groep again is refused by its identificatie.
        page.navigate(werkplek("/beheer/afdelingen"));
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Terugbellen");
        page.getByLabel("Groep (een team binnen of over afdelingen)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Er is al een groep met de identificatie 'Terugbellen'");
        screen("beheer-afdelingen");

        page.navigate(werkplek("/beheer/afdelingen/" + uuid));
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Terugbelteam");
        page.getByLabel("Actief: taken kunnen eraan worden toegewezen").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("nieuwe taken kunnen er niet meer aan");
        assertThat(page.locator("dl.facts")).containsText("Niet actief");
        viaApi().get("/actoren/" + uuid)
                .then()
                .body("naam", equalTo("Terugbelteam"))
                .body("indicatieActief", equalTo(false));
        assertThat(jdbc.sql("select string_agg(action || ' ' || application || ' ' || user_name, ', ' order by id)"
                                + " from audit_entry where object_uuid = ?::uuid")
                        .param(uuid)
                        .query(String.class)
                        .single())
                .isEqualTo("create werkplek Bea Beheer, partial_update werkplek Bea Beheer");

        // The afdeling's page names who works for it.
        page.navigate(werkplek("/beheer/afdelingen/" + kcc));
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Medewerkers")))
                .containsText("Nicole van Dijk");
        accessible();
    }

    @Test
    void whatIsNoAfdelingIsNotFoundAndAMedewerkerWithoutTheRoleIsRefused() {
        UUID medewerker = actor("Petra Willems", "medewerker");
        login("bea", beheerderWachtwoord);
        assertThat(page.navigate(werkplek("/beheer/afdelingen/" + medewerker)).status())
                .isEqualTo(404);
        assertThat(page.navigate(werkplek("/beheer/afdelingen/geen-uuid")).status())
                .isEqualTo(404);
        logout();

        String wachtwoord = accounts.reset("nicole").orElseThrow();
        login("nicole", wachtwoord);
        assertThat(page.navigate(werkplek("/beheer/afdelingen")).status()).isEqualTo(403);
        assertThat(page.navigate(werkplek("/beheer/afdelingen/" + kcc)).status())
                .isEqualTo(403);
    }

    @Test
    void aDoubleClickMakesOneAfdelingAndShowsIt() {
        login("bea", beheerderWachtwoord);
        page.navigate(werkplek("/beheer/afdelingen"));
        long before = actoren();
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Burgerzaken");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maken"))
                .dblclick();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("De afdeling Burgerzaken is gemaakt.");
        assertThat(actoren()).isEqualTo(before + 1);

        // A human's double click comes slower than Playwright's, while the first is on its way: the page sends the
        // form once. Counted by the page itself, which is kept from leaving to count.
        page.navigate(werkplek("/beheer/afdelingen"));
        Object verstuurd = page.evaluate("""
                () => {
                    const form = document.querySelector("form[action$='/werkplek/beheer/afdelingen']");
                    let verstuurd = 0;
                    document.addEventListener("submit", event => {
                        if (!event.defaultPrevented) {
                            verstuurd++;
                        }
                        event.preventDefault();
                    });
                    form.requestSubmit();
                    form.requestSubmit();
                    return verstuurd;
                }""");
        assertThat(verstuurd).isEqualTo(1);
    }

    private long actoren() {
        return viaApi().get("/actoren").then().extract().<Integer>path("count");
    }
}
