package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Geschiedenis as a medewerker reads it (A8694): each change in Dutch words, values in words, local time, names
 * instead of uuids, and the moves of the contact's task (taken up, forwarded, handled with what was said) in the
 * contact's own history. A page of many changes costs the same statements as a page of one.
 */
class GeschiedenisIT extends BrowserIT {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private UUID kcc;
    private UUID vergunningen;
    private String nicoleWachtwoord;
    private String veraWachtwoord;
    private String openFormulieren;

    @BeforeEach
    void seed() {
        kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        nicoleWachtwoord =
                account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
        veraWachtwoord =
                account("vera", "Vera Jansen", actor("Vera Jansen", "medewerker"), List.of(vergunningen), false);
    }

    @Test
    void theHistoryOfAContactIsInWordsWithItsTaskMoves() {
        UUID vraag = klantcontact("Lekkende dakgoot");
        UUID taak = viaApiTaak(vraag, kcc);

        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak hem op"))
                .click();
        page.getByLabel("Naar afdeling of medewerker").selectOption(vergunningen.toString());
        page.getByLabel("Toelichting").first().fill("Graag terugbellen over de dakgoot.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorsturen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("doorgestuurd naar Vergunningen");
        logout();

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken"));
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        page.getByLabel("Ja, gesproken: de taak is verwerkt").check();
        page.getByLabel("Wat is besproken").fill("De dakgoot wordt volgende week gerepareerd.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugbelgesprek opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Het terugbelgesprek is geregistreerd en de taak is verwerkt.");
        page.navigate(werkplek("/klantcontacten/" + vraag));
        page.getByLabel("Antwoord toevoegen").fill("Melding doorgezet naar Vergunningen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord toevoegen"))
                .click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geschiedenis van dit contact"))
                .click();
        var kopjes = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2));
        assertThat(kopjes.filter(new Locator.FilterOptions().setHasText("aangemaakt voor KCC")))
                .hasCount(1);
        assertThat(kopjes.filter(new Locator.FilterOptions().setHasText("opgepakt door Nicole van Dijk")))
                .hasCount(1);
        assertThat(kopjes.filter(new Locator.FilterOptions().setHasText("doorgestuurd naar Vergunningen")))
                .hasCount(1);
        var afgehandeld = page.locator(
                "li",
                new Page.LocatorOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(Pattern.compile("afgehandeld$")))));
        assertThat(afgehandeld).hasCount(1);
        assertThat(afgehandeld).containsText("De dakgoot wordt volgende week gerepareerd.");
        assertThat(afgehandeld).containsText("Door Vera Jansen (werkplek)");

        var aangemaakt = page.locator(
                "li",
                new Page.LocatorOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(Pattern.compile("^Klantcontact .*Lekkende dakgoot.* aangemaakt$")))));
        assertThat(aangemaakt.locator("dt:text-is('Taal') + dd")).hasText("Nederlands");
        assertThat(aangemaakt.locator("dt:text-is('Kanaal') + dd")).hasText("Telefoon");
        assertThat(aangemaakt.locator("dt:text-is('Contact gelukt') + dd")).hasText("Ja");
        assertThat(aangemaakt.locator("dt:text-is('Plaatsgevonden') + dd")).hasText("3 december 2026 08:14");
        assertThat(aangemaakt).containsText("Door applicatie open-formulieren op ");

        var antwoord = page.locator("tr", new Page.LocatorOptions().setHas(page.locator("th:text-is('Antwoord')")));
        assertThat(antwoord.locator("td")).hasText(new String[] {"(leeg)", "Melding doorgezet naar Vergunningen."});
        assertThat(page.getByText("Door Vera Jansen (werkplek)").first()).isVisible();

        String tekst = page.locator("main").innerText();
        assertThat(tekst).doesNotContainPattern(UUID_PATTERN);
        assertThat(tekst)
                .doesNotContain("{", "\"", "nld", "true", "false", "te_verwerken", "toegewezenAanActoren", "kanaal");
        assertThat(tekst).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        screen("geschiedenis-klantcontact");
    }

    @Test
    void aTaskSentBackToTheKccShowsInTheContactsHistory() {
        UUID vraag = klantcontact("Boom omgewaaid");
        UUID taak = viaApiTaak(vraag, vergunningen);

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        page.getByLabel("Toelichting").nth(1).fill("Dit is voor Openbare ruimte.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen naar KCC"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De taak is teruggestuurd naar KCC en hier afgesloten.");

        page.navigate(werkplek("/geschiedenis/klantcontacten/" + vraag));
        var terug = page.locator(
                "li",
                new Page.LocatorOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName("Taak (Terugbellen) teruggestuurd naar KCC"))));
        assertThat(terug).containsText("Door Vera Jansen (werkplek)");
        assertThat(terug.locator("dt:text-is('Gevraagde handeling') + dd")).hasText("Opnieuw routeren");
        assertThat(terug.locator("dt:text-is('Toelichting') + dd")).containsText("Dit is voor Openbare ruimte.");
        accessible();
    }

    @Test
    void aPageOfManyChangesCostsWhatAPageOfOneCosts() {
        UUID een = klantcontact("Een wijziging");
        UUID veel = klantcontact("Veel wijzigingen");
        for (int i = 1; i <= 8; i++) {
            alsOpenFormulieren()
                    .body(Map.of("onderwerp", "Wijziging " + i))
                    .patch("/klantcontacten/" + veel)
                    .then()
                    .statusCode(200);
        }
        viaApi().body(Map.of("onderwerp", "Wijziging 1"))
                .patch("/klantcontacten/" + een)
                .then()
                .statusCode(200);

        login("nicole", nicoleWachtwoord);
        String eenKeer = page.navigate(werkplek("/geschiedenis/klantcontacten/" + een))
                .headers()
                .get("x-sql-statements");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasCount(2);
        String achtKeer = page.navigate(werkplek("/geschiedenis/klantcontacten/" + veel))
                .headers()
                .get("x-sql-statements");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasCount(9);
        assertThat(page.locator("tr", new Page.LocatorOptions().setHas(page.locator("th:text-is('Onderwerp')")))
                        .first()
                        .locator("td"))
                .hasText(new String[] {"Wijziging 7", "Wijziging 8"});
        assertThat(achtKeer).isNotNull().isEqualTo(eenKeer);
    }

    private UUID klantcontact(String onderwerp) {
        String key =
                tokenFor("open-formulieren", Set.of(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN));
        return UUID.fromString(anonymous()
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal",
                                "telefoon",
                                "onderwerp",
                                onderwerp,
                                "inhoud",
                                "De dakgoot lekt bij de voordeur.",
                                "indicatieContactGelukt",
                                true,
                                "taal",
                                "nld",
                                "vertrouwelijk",
                                false,
                                "plaatsgevondenOp",
                                "2026-12-03T07:14:00Z"),
                        "betrokkene",
                        Map.of(
                                "rol",
                                "klant",
                                "initiator",
                                true,
                                "contactnaam",
                                Map.of(
                                        "voorletters", "J",
                                        "voornaam", "Jan",
                                        "voorvoegselAchternaam", "",
                                        "achternaam", "Janssen"))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid"));
    }

    /** An application with a name a medewerker knows it by. */
    private RequestSpecification alsOpenFormulieren() {
        if (openFormulieren == null) {
            openFormulieren = tokenFor(
                    "open-formulieren", Set.of(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN));
        }
        return anonymous()
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + openFormulieren)
                .contentType(ContentType.JSON);
    }

    private UUID viaApiTaak(UUID klantcontact, UUID actor) {
        return UUID.fromString(alsOpenFormulieren()
                .body(Map.of(
                        "aanleidinggevendKlantcontact",
                        Map.of("uuid", klantcontact),
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "toelichting",
                        "Klant is bereikbaar tot 17 uur.",
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", actor)),
                        "status",
                        "te_verwerken"))
                .post("/internetaken")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
    }
}
