package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The beheerder's audit search (issue 17): a change found by the klantcontact's nummer, and by the medewerker who made
 * it within a period (a name no other test uses: the audit trail keeps what earlier test classes did), shown in the words Geschiedenis uses. A beheerder without the vertrouwelijk role finds nothing
 * of a confidential contact, by nummer, uuid or who made it; one with the role does. Bad dates are refused in Dutch.
 */
class AuditZoekenIT extends BrowserIT {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private UUID kcc;
    private UUID gewoon;
    private UUID geheim;
    private String noorWachtwoord;
    private String beaWachtwoord;
    private String vikWachtwoord;
    private String openFormulieren;

    @BeforeEach
    void seed() {
        kcc = actor("KCC", "organisatorische_eenheid");
        noorWachtwoord = account("noor", "Noor Visser", actor("Noor Visser", "medewerker"), List.of(kcc), false);
        beaWachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(kcc), false, true));
        vikWachtwoord = accounts.create(
                new Medewerker("vik", "Vik Vertrouwd", actor("Vik Vertrouwd", "medewerker"), List.of(kcc), true, true));
        gewoon = klantcontact("9000001", "Vraag over de afvalpas", false);
        geheim = klantcontact("9000002", "Melding huiselijk geweld", true);
    }

    @Test
    void aBeheerderFindsAChangeByNummerAndByMedewerkerAndPeriod() {
        login("noor", noorWachtwoord);
        page.navigate(werkplek("/klantcontacten/" + gewoon));
        page.getByLabel("Antwoord toevoegen").fill("De afvalpas wordt opnieuw opgestuurd.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord toevoegen"))
                .click();
        assertThat(page.navigate(werkplek("/beheer/audit")).status()).isEqualTo(403);
        page.navigate(werkplek(""));
        logout();

        login("bea", beaWachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer"))
                .click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Beheer"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audittrail"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Audittrail");
        screen("beheer-audit");

        page.getByLabel("Object", EXACT).fill("9000001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2 wijzigingen gevonden")))
                .isVisible();
        var kopjes = page.locator("ol.cards h2");
        assertThat(kopjes).hasText(new String[] {
            "Klantcontact 9000001 (Vraag over de afvalpas) gewijzigd",
            "Klantcontact 9000001 (Vraag over de afvalpas) aangemaakt"
        });
        var antwoord = page.locator("tr", new Page.LocatorOptions().setHas(page.locator("th:text-is('Antwoord')")));
        assertThat(antwoord.locator("td")).hasText(new String[] {"(leeg)", "De afvalpas wordt opnieuw opgestuurd."});
        assertThat(page.getByText("Door Noor Visser (werkplek)")).hasCount(1);
        assertThat(page.locator("main").innerText())
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .doesNotContain("{", "nld", "true");
        screen("beheer-audit-nummer");

        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        page.getByLabel("Object", EXACT).fill("");
        page.getByLabel("Door", EXACT).fill("noor visser");
        page.getByLabel("Van", EXACT).fill(vandaag);
        page.getByLabel("Tot en met", EXACT).fill(vandaag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2 wijzigingen gevonden")))
                .isVisible();
        assertThat(kopjes).hasText(new String[] {
            "Noor Visser gekoppeld aan klantcontact 9000001", "Klantcontact 9000001 (Vraag over de afvalpas) gewijzigd"
        });
        accessible();

        String morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        page.getByLabel("Van", EXACT).fill(morgen);
        page.getByLabel("Tot en met", EXACT).fill(morgen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen wijzigingen gevonden")))
                .isVisible();

        // Refused in Dutch, at the field, and nothing is searched.
        var refused = page.navigate(werkplek("/beheer/audit?door=Nicole&van=gisteren&tot=" + vandaag));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef een datum op als 2026-12-03");
        assertThat(page.getByLabel("Van", EXACT)).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("ol.cards")).hasCount(0);
        refused = page.navigate(werkplek("/beheer/audit?van=" + morgen + "&tot=" + vandaag));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("De laatste dag ligt vóór de eerste dag");
        screen("beheer-audit-fout");
    }

    @Test
    void aBeheerderWithoutVertrouwelijkFindsNothingOfAHiddenObject() {
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        login("bea", beaWachtwoord);
        for (String object : List.of("9000002", geheim.toString())) {
            page.navigate(werkplek("/beheer/audit?object=" + object));
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen wijzigingen gevonden")))
                    .isVisible();
        }
        // Everything that application did today: the ordinary contact, and not a word of the confidential one.
        page.navigate(werkplek("/beheer/audit?door=Open-Formulieren&van=" + vandaag + "&tot=" + vandaag));
        assertThat(page.locator("main")).containsText("Vraag over de afvalpas");
        String html = page.content();
        assertThat(html).doesNotContain("9000002", "huiselijk geweld", geheim.toString());
        accessible();
        logout();

        login("vik", vikWachtwoord);
        page.navigate(werkplek("/beheer/audit?object=9000002"));
        assertThat(page.locator("ol.cards h2").first())
                .hasText("Klantcontact 9000002 (Melding huiselijk geweld) aangemaakt");
        assertThat(page.locator("dt:text-is('Vertrouwelijk') + dd")).hasText("Ja");
    }

    @Test
    void aPageOfManyChangesCostsWhatAPageOfOneCosts() {
        UUID contact = klantcontact("9000003", "Vraag over parkeren", false);
        login("bea", beaWachtwoord);
        var een = page.navigate(werkplek("/beheer/audit?object=9000003"));
        assertThat(page.locator("ol.cards h2")).hasCount(1);
        for (int i = 1; i <= 6; i++) {
            alsOpenFormulieren()
                    .body(Map.of("onderwerp", "Parkeren " + i))
                    .patch("/klantcontacten/" + contact)
                    .then()
                    .statusCode(200);
        }
        var zeven = page.navigate(werkplek("/beheer/audit?object=9000003"));
        assertThat(page.locator("ol.cards h2")).hasCount(7);
        assertThat(zeven.headers().get("x-sql-statements"))
                .isNotNull()
                .isEqualTo(een.headers().get("x-sql-statements"));
    }

    /** An application with a name a beheerder knows it by, allowed to write confidential contacts. */
    private RequestSpecification alsOpenFormulieren() {
        if (openFormulieren == null) {
            openFormulieren = tokenFor(
                    "open-formulieren",
                    Set.of(
                            Scope.KLANTINTERACTIES_LEZEN,
                            Scope.KLANTINTERACTIES_SCHRIJVEN,
                            Scope.KLANTINTERACTIES_VERTROUWELIJK));
        }
        return anonymous()
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + openFormulieren)
                .contentType(ContentType.JSON);
    }

    private UUID klantcontact(String nummer, String onderwerp, boolean vertrouwelijk) {
        return UUID.fromString(alsOpenFormulieren()
                .body(Map.of(
                        "nummer",
                        nummer,
                        "kanaal",
                        "telefoon",
                        "onderwerp",
                        onderwerp,
                        "inhoud",
                        "",
                        "indicatieContactGelukt",
                        true,
                        "taal",
                        "nld",
                        "vertrouwelijk",
                        vertrouwelijk,
                        "plaatsgevondenOp",
                        "2026-12-03T07:14:00Z"))
                .post("/klantcontacten")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("uuid"));
    }
}
