package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may use the werkplek and what they see: login and logout, slowed-down guessing, forms
 * that only work with their CSRF token, safe cookies and headers, a disabled account, and a medewerker without the
 * confidential role who finds a confidential klantcontact and a secret partij nowhere.
 */
class WerkplekBeveiligingIT extends BrowserIT {

    private UUID afdeling;
    private UUID partij;
    private UUID vertrouwelijkContact;
    private String sanneWachtwoord;
    private String daanWachtwoord;

    @BeforeEach
    void seed() {
        afdeling = actor("Belastingen", "organisatorische_eenheid");
        sanneWachtwoord =
                account("sanne", "Sanne de Boer", actor("Sanne de Boer", "medewerker"), List.of(afdeling), false);
        daanWachtwoord = account("daan", "Daan Smit", actor("Daan Smit", "medewerker"), List.of(afdeling), true);
        partij = persoon("Jansen", "999990020", false);
        vertrouwelijkContact = klantcontact(partij, "Schuldhulp aangevraagd", true);
        klantcontact(partij, "Vraag over de hondenbelasting", false);
    }

    @Test
    void loginLogoutAndWhatAStrangerSees() {
        page.navigate(werkplek(""));
        assertThat(page).hasURL(werkplek("/inloggen"));
        screen("20-inloggen");

        login("sanne", "fout-wachtwoord");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(LoginController.LOGIN_MISLUKT);
        login("niemand", "fout-wachtwoord");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(LoginController.LOGIN_MISLUKT);

        login("sanne", sanneWachtwoord);
        assertThat(page.getByText("Sanne de Boer")).isVisible();
        var cookie = context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.secure).isTrue();
        assertThat(cookie.sameSite.name()).isEqualTo("LAX");
        var headers = page.request().get(werkplek("")).headers();
        assertThat(headers.get("content-security-policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(headers.get("cache-control")).isEqualTo("no-store");

        logout();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent uitgelogd.");
        page.navigate(werkplek("/taken"));
        assertThat(page).hasURL(werkplek("/inloggen"));
    }

    @Test
    void repeatedFailedLoginsAreSlowedDownWithoutTellingWhichAccountsExist() {
        for (int i = 0; i < 5; i++) {
            login("sanne", "fout-" + i);
            login("niemand", "fout-" + i);
        }
        login("sanne", sanneWachtwoord);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(LoginController.LOGIN_MISLUKT);
        String sanne = page.url();
        login("niemand", "fout-6");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(LoginController.LOGIN_MISLUKT);
        assertThat(page.url()).isEqualTo(sanne);
        page.navigate(werkplek("/taken"));
        assertThat(page).hasURL(werkplek("/inloggen"));

        // The wait passes; the count stays, so the next wrong password waits again.
        jdbc.sql("update medewerker_account set last_failed_login_at = now() - interval '31 seconds'")
                .update();
        login("sanne", sanneWachtwoord);
        assertThat(page.getByText("Sanne de Boer")).isVisible();
    }

    @Test
    void aResetPasswordEndsTheSessionsOpenedWithTheOldOne() {
        login("sanne", sanneWachtwoord);
        assertThat(page.getByText("Sanne de Boer")).isVisible();
        String nieuw = accounts.reset("sanne").orElseThrow();
        page.navigate(werkplek("/taken"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Uw sessie is beëindigd. Log opnieuw in.");
        login("sanne", sanneWachtwoord);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(LoginController.LOGIN_MISLUKT);
        login("sanne", nieuw);
        assertThat(page.getByText("Sanne de Boer")).isVisible();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndStoresNothing() {
        login("sanne", sanneWachtwoord);
        long before =
                jdbc.sql("select count(*) from klantcontact").query(Long.class).single();

        var response = page.request()
                .post(
                        werkplek("/contact"),
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("kanaal", "telefoon")
                                        .set("onderwerp", "Vervalst formulier")
                                        .set("gelukt", "ja")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("Niet toegestaan").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from klantcontact")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aDisabledAccountsSessionEnds() {
        login("sanne", sanneWachtwoord);
        assertThat(page.getByText("Sanne de Boer")).isVisible();
        accounts.disable("sanne");
        page.navigate(werkplek("/taken"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Uw sessie is beëindigd. Log opnieuw in.");
        login("sanne", sanneWachtwoord);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(LoginController.LOGIN_MISLUKT);
    }

    @Test
    void withoutTheConfidentialRoleAConfidentialContactAndASecretPartijAreNowhere() {
        UUID geheim = persoon("Geheim", "999990032", true);
        klantcontact(geheim, "Adres afgeschermd", false);
        UUID geheimeTaak = taak(vertrouwelijkContact, afdeling, "");
        taak(klantcontact(partij, "Vraag over de afvalpas", false), afdeling, "");

        login("sanne", sanneWachtwoord);
        page.navigate(werkplek("/partijen/" + partij));
        assertThat(page.getByText("Vraag over de hondenbelasting")).isVisible();
        assertThat(page.getByText("Schuldhulp aangevraagd")).hasCount(0);
        assertThat(page.getByText("Contacthistorie (2)")).isVisible();

        page.navigate(werkplek("/klantcontacten?zoekOp=nummer&zoekterm=9000001"));
        assertThat(page.getByText("Geen klantcontact gevonden.")).isVisible();
        page.navigate(werkplek("/klantcontacten?zoekOp=partij&zoekterm=999990020"));
        assertThat(page.getByText("2 klantcontacten gevonden.")).isVisible();
        assertThat(page.getByText("Schuldhulp aangevraagd")).hasCount(0);
        page.navigate(werkplek("/klantcontacten?zoekOp=partij&zoekterm=999990032"));
        assertThat(page.getByText("Geen klantcontact gevonden.")).isVisible();
        assertThat(page.getByText("Adres afgeschermd")).hasCount(0);

        page.navigate(werkplek("/taken"));
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("Vraag over de afvalpas");
        assertThat(page.navigate(werkplek("/taken/" + geheimeTaak)).status()).isEqualTo(404);
        assertThat(page.navigate(werkplek("/geschiedenis/partijen/" + geheim)).status())
                .isEqualTo(404);

        var direct = page.navigate(werkplek("/klantcontacten/" + vertrouwelijkContact));
        assertThat(direct.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Niet gevonden");
        screen("21-niet-gevonden");
        assertThat(page.navigate(werkplek("/geschiedenis/klantcontacten/" + vertrouwelijkContact))
                        .status())
                .isEqualTo(404);

        page.navigate(werkplek("?zoekOp=bsn&zoekterm=999990032"));
        assertThat(page.getByText("Geen klant gevonden.")).isVisible();
        page.navigate(werkplek("?zoekOp=naam&zoekterm=Geheim"));
        assertThat(page.getByText("Geen klant gevonden.")).isVisible();
        assertThat(page.navigate(werkplek("/partijen/" + geheim)).status()).isEqualTo(404);

        logout();
        login("daan", daanWachtwoord);
        page.navigate(werkplek("/partijen/" + partij));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schuldhulp aangevraagd")))
                .isVisible();
        page.navigate(werkplek("?zoekOp=bsn&zoekterm=999990032"));
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        page.navigate(werkplek("/taken"));
        assertThat(page.locator("tbody tr")).hasCount(2);
        assertThat(page.getByText("Schuldhulp aangevraagd")).isVisible();
    }

    @Test
    void anAddressTheWerkplekDoesNotHaveIsAPageInDutch() {
        login("sanne", sanneWachtwoord);
        var response = page.navigate(werkplek("/bestaat-niet"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Niet gevonden");
        assertThat(page.navigate(werkplek("/taken/geen-uuid")).status()).isEqualTo(404);
    }

    private UUID persoon(String achternaam, String bsn, boolean geheim) {
        return UUID.fromString(viaApi().body(Map.of(
                        "soortPartij",
                        "persoon",
                        "indicatieActief",
                        true,
                        "indicatieGeheimhouding",
                        geheim,
                        "partijIdentificatie",
                        Map.of("contactnaam", Map.of("achternaam", achternaam)),
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "partijIdentificator",
                                Map.of(
                                        "codeRegister", "brp",
                                        "codeObjecttype", "natuurlijk_persoon",
                                        "codeSoortObjectId", "bsn",
                                        "objectId", bsn)))))
                .post("/partijen")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("uuid"));
    }

    private UUID klantcontact(UUID partij, String onderwerp, boolean vertrouwelijk) {
        return UUID.fromString(viaApi().body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal",
                                "telefoon",
                                "onderwerp",
                                onderwerp,
                                "referentienummer",
                                vertrouwelijk ? "9000001" : "90000" + onderwerp.length(),
                                "indicatieContactGelukt",
                                true,
                                "taal",
                                "nld",
                                "vertrouwelijk",
                                vertrouwelijk),
                        "betrokkene",
                        Map.of("wasPartij", Map.of("uuid", partij), "rol", "klant", "initiator", true)))
                .post("/maak-klantcontact")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid"));
    }
}
