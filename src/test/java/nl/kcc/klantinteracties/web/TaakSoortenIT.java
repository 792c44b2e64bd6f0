package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A task is finished the way it asks: an e-mail question is answered and closed on one screen (C1199), a call-back
 * the KCC routes again still reaches the next afdeling as a call-back (C6114), a zaak task is finished by the zaak
 * (C9761), and any other task by saying what was done. The KCC's own tasks are not offered "Terug naar KCC". A
 * medewerker takes a task of their afdeling upon themselves, so that a colleague does not call the klant too.
 */
class TaakSoortenIT extends BrowserIT {

    private UUID kcc;
    private UUID vergunningen;
    private UUID openbareRuimte;
    private String nicoleWachtwoord;
    private String veraWachtwoord;

    @BeforeEach
    void seed() {
        kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        openbareRuimte = actor("Openbare ruimte", "organisatorische_eenheid");
        nicoleWachtwoord =
                account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
        veraWachtwoord =
                account("vera", "Vera Jansen", actor("Vera Jansen", "medewerker"), List.of(vergunningen), false);
    }

    @Test
    void anEmailQuestionIsAnsweredAndClosedOnOneScreen() {
        UUID vraag = klantcontact("e-mail", "Ophaalschema vuilnis", "Wanneer wordt het huisvuil opgehaald rond kerst?");
        UUID taak = taak(vraag, "Lezen en bepalen benodigde actie", kcc);

        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Beantwoorden en afronden")))
                .isVisible();
        assertThat(page.getByText("Terugbelgesprek registreren")).hasCount(0);
        assertThat(page.getByText("Klant gesproken?")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen naar KCC")))
                .hasCount(0);
        accessible();
        screen("taak-beantwoorden");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord opslaan en taak afronden"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Schrijf het antwoord aan de klant.");
        assertThat(page.getByLabel("Antwoord aan de klant")).hasAttribute("aria-invalid", "true");
        assertThat(status(taak)).isEqualTo("te_verwerken");

        page.getByLabel("Antwoord aan de klant").fill("Rond kerst wordt het huisvuil op zaterdag opgehaald.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord opslaan en taak afronden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het antwoord is geregistreerd en de taak is verwerkt.");
        assertThat(status(taak)).isEqualTo("verwerkt");
        Map<String, Object> antwoord = jdbc.sql("""
                        select k.kanaal, k.onderwerp, k.reactie from klantcontact k
                        join onderwerpobject o on o.klantcontact_uuid = k.uuid where o.was_klantcontact_uuid = ?""").param(vraag).query().singleRow();
        assertThat(antwoord)
                .containsEntry("kanaal", "e-mail")
                .containsEntry("onderwerp", "Beantwoord: Ophaalschema vuilnis")
                .containsEntry("reactie", "Rond kerst wordt het huisvuil op zaterdag opgehaald.");
    }

    @Test
    void aCallBackTheKccRoutesAgainStillAsksForACall() {
        UUID vraag = klantcontact("telefoon", "Losliggende stoeptegels", "Er liggen stoeptegels los voor nummer 12.");
        UUID taak = taak(vraag, "Terugbellen", vergunningen);

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Terugbelgesprek registreren")))
                .isVisible();
        page.getByLabel("Toelichting").nth(1).fill("Dit is voor Openbare ruimte.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen naar KCC"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De taak is teruggestuurd naar KCC en hier afgesloten.");
        logout();

        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/taken"));
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Opnieuw routeren").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen naar KCC")))
                .hasCount(0);
        accessible();
        screen("taak-opnieuw-routeren");
        page.getByLabel("Naar afdeling of medewerker").selectOption(openbareRuimte.toString());
        page.getByLabel("Toelichting").fill("Graag de klant terugbellen over de stoeptegels.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorsturen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("De taak is doorgestuurd naar Openbare ruimte en hier afgesloten.");

        assertThat(jdbc.sql("""
                        select t.gevraagde_handeling from internetaak t
                        join internetaak_actor x on x.internetaak_uuid = t.uuid
                        where t.klantcontact_uuid = ? and t.status = 'te_verwerken' and x.actor_uuid = ?""")
                        .params(vraag, openbareRuimte)
                        .query(String.class)
                        .list())
                .containsExactly("Terugbellen");
    }

    @Test
    void aZaakTaskIsFinishedByTheZaak() {
        UUID vraag = klantcontact("telefoon", "Aanvraag parkeervergunning", "Klant wil een parkeervergunning.");
        UUID taak = taak(vraag, "Zaak aanmaken voor productaanvraag", vergunningen);

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        assertThat(page.getByText("Terugbelgesprek registreren")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaak koppelen en taak afronden"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef het zaaknummer");
        accessible();

        page.getByLabel("Zaaknummer").fill("ZAAK-2026-0042");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaak koppelen en taak afronden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Zaak ZAAK-2026-0042 is aan het contact gekoppeld en de taak is verwerkt.");
        assertThat(status(taak)).isEqualTo("verwerkt");
        assertThat(jdbc.sql("select identificator_object_id from onderwerpobject where klantcontact_uuid = ?")
                        .param(vraag)
                        .query(String.class)
                        .list())
                .containsExactly("ZAAK-2026-0042");
    }

    @Test
    void anotherTaskIsFinishedWithWhatWasDone() {
        UUID vraag = klantcontact("telefoon", "Folder afvalscheiding", "Klant wil de folder over afvalscheiding.");
        UUID taak = taak(vraag, "Informatie opsturen", vergunningen);

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        assertThat(page.getByText("Terugbelgesprek registreren")).hasCount(0);
        page.getByLabel("Wat is er gedaan").fill("Folder per post verstuurd.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Taak afronden"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De taak is verwerkt.");
        assertThat(status(taak)).isEqualTo("verwerkt");
        assertThat(jdbc.sql("select toelichting from internetaak where uuid = ?")
                        .param(taak)
                        .query(String.class)
                        .single())
                .endsWith("Afgerond: Folder per post verstuurd.");
    }

    @Test
    void aColleagueSeesWhoTookUpATaskAndCannotTakeItToo() {
        String pietWachtwoord =
                account("piet", "Piet de Wit", actor("Piet de Wit", "medewerker"), List.of(vergunningen), false);
        UUID vraag = klantcontact("telefoon", "Vraag over een dakkapel", "Mag ik een dakkapel plaatsen?");
        UUID taak = taak(vraag, "Terugbellen", vergunningen);

        Page piet = colleaguesBrowser("piet", pietWachtwoord);
        piet.navigate(werkplek("/taken/" + taak));
        assertThat(piet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak hem op")))
                .isVisible();

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak hem op"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("U hebt de taak opgepakt; uw collega's zien dat u hem doet.");
        assertThat(page.locator("dt:has-text('Opgepakt door') + dd")).hasText("Vera Jansen");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak hem op")))
                .hasCount(0);
        accessible();

        // Piet's page was opened before Vera took the task up.
        piet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak hem op"))
                .click();
        assertThat(piet.getByRole(AriaRole.STATUS)).hasText("Deze taak is al opgepakt door Vera Jansen.");
        assertThat(piet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak hem op")))
                .hasCount(0);
        piet.navigate(werkplek("/taken"));
        assertThat(piet.locator("tbody tr").first()).containsText("Opgepakt door Vera Jansen");
        assertThat(jdbc.sql("select count(*) from internetaak_actor where internetaak_uuid = ?")
                        .param(taak)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vrijgeven voor de afdeling"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De taak is weer voor de hele afdeling.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik pak hem op")))
                .isVisible();
    }

    private String status(UUID taak) {
        return jdbc.sql("select status from internetaak where uuid = ?")
                .param(taak)
                .query(String.class)
                .single();
    }

    private UUID klantcontact(String kanaal, String onderwerp, String inhoud) {
        return UUID.fromString(viaApi().body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal",
                                kanaal,
                                "onderwerp",
                                onderwerp,
                                "inhoud",
                                inhoud,
                                "indicatieContactGelukt",
                                true,
                                "taal",
                                "nld",
                                "vertrouwelijk",
                                false,
                                "plaatsgevondenOp",
                                "2026-11-20T09:00:00+01:00"),
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

    private UUID taak(UUID klantcontact, String gevraagdeHandeling, UUID actor) {
        return UUID.fromString(viaApi().body(Map.of(
                        "aanleidinggevendKlantcontact",
                        Map.of("uuid", klantcontact),
                        "gevraagdeHandeling",
                        gevraagdeHandeling,
                        "toelichting",
                        "Aangemaakt door het KCC.",
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
