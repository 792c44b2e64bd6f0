package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.notificatie.Eventually;
import nl.kcc.klantinteracties.notificatie.Receiver;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Beheer as a functioneel beheerder uses it, without a shell: takes a new application into use by making its token,
 * adds a colleague to an afdeling, and sends a notification again that a receiver missed. A medewerker without the
 * role sees no Beheer menu and gets 403 on every beheer address, forms included.
 */
class BeheerIT extends BrowserIT {

    /** A CloudEvents subscriber on loopback; one failed attempt and the register gives a message up. */
    private static final Receiver RECEIVER = Receiver.onFreePort();

    private static final Pattern CSRF = Pattern.compile("\"([^\"]+)\": \"([^\"]+)\"");

    @DynamicPropertySource
    static void notificaties(DynamicPropertyRegistry registry) {
        registry.add("notificaties.cloudevents-subscribers", () -> RECEIVER.url("/events"));
        registry.add("notificaties.max-attempts", () -> 1);
        registry.add("notificaties.retry-initial-delay", () -> "100ms");
        registry.add("notificaties.poll-interval", () -> "1s");
    }

    @Autowired
    ApiTokens tokens;

    private UUID kcc;
    private UUID vergunningen;
    private String beheerderWachtwoord;

    @BeforeEach
    void seed() {
        RECEIVER.reset();
        kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        beheerderWachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(kcc), false, true));
    }

    @Test
    void aMedewerkerWithoutTheRoleSeesNoBeheerAndIsRefusedEverywhere() {
        String wachtwoord =
                account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), true);
        login("nicole", wachtwoord);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu")))
                .not()
                .containsText("Beheer");

        for (String path : List.of(
                "/beheer",
                "/beheer/applicaties",
                "/beheer/medewerkers",
                "/beheer/medewerkers/bea",
                "/beheer/afdelingen",
                "/beheer/afdelingen/" + kcc,
                "/beheer/categorieen",
                "/beheer/zoeken?q=1",
                "/beheer/kanalen",
                "/beheer/samenvoegen",
                "/beheer/gespreksresultaten",
                "/beheer/notificaties",
                "/beheer/bestaat-niet")) {
            var response = page.navigate(werkplek(path));
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Geen toegang");
        }
        screen("beheer-geen-toegang");

        // A form sent with the medewerker's own valid CSRF token is refused for the role, and changes nothing.
        page.navigate(werkplek(""));
        var csrf = CSRF.matcher(page.locator("body").getAttribute("hx-headers"));
        assertThat(csrf.find()).isTrue();
        int tokensBefore = tokens.list().size();
        var refused = page.request()
                .post(
                        werkplek("/beheer/applicaties"),
                        RequestOptions.create()
                                .setHeader(csrf.group(1), csrf.group(2))
                                .setForm(FormData.create()
                                        .set("naam", "stiekem")
                                        .set("scope", "klantinteracties:vertrouwelijk")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(tokens.list()).hasSize(tokensBefore);
        var requeue = page.request()
                .post(
                        werkplek("/beheer/notificaties/opnieuw"),
                        RequestOptions.create().setHeader(csrf.group(1), csrf.group(2)));
        assertThat(requeue.status()).isEqualTo(403);
        var reset = page.request()
                .post(
                        werkplek("/beheer/medewerkers/bea/wachtwoord"),
                        RequestOptions.create().setHeader(csrf.group(1), csrf.group(2)));
        assertThat(reset.status()).isEqualTo(403);
        logout();
        login("bea", beheerderWachtwoord);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contact opnemen")))
                .isVisible();
        logout();

        // The role counts from the account's next request, given or taken.
        login("nicole", wachtwoord);
        accounts.roles("nicole", null, true);
        page.reload();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Beheer");
        accounts.roles("nicole", null, false);
        assertThat(page.navigate(werkplek("/beheer/applicaties")).status()).isEqualTo(403);
        // Without a session, beheer asks for a login like every werkplek page.
        context.clearCookies();
        page.navigate(werkplek("/beheer/applicaties"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Inloggen");
    }

    @Test
    void aBeheerderTakesANewApplicationIntoUse() {
        tokens.create("bi-rapportage", Set.of(Scope.KLANTINTERACTIES_LEZEN), null);
        login("bea", beheerderWachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer"))
                .click();
        screen("beheer-start");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Applicaties").setExact(true))
                .first()
                .click();
        var bi = page.locator("tbody tr", new Page.LocatorOptions().setHasText("bi-rapportage"));
        assertThat(bi).containsText("klantinteracties:lezen");
        assertThat(bi).containsText("Nooit");
        assertThat(bi).containsText("Actief");

        // Refused: no scope, and a day that has passed; nothing is made.
        int before = tokens.list().size();
        page.getByLabel("Naam van de applicatie").fill("kiss");
        for (String scope : List.of(
                "Klantinteracties lezen",
                "Klantinteracties schrijven",
                "Contactgegevens lezen",
                "Contactgegevens schrijven")) {
            page.getByLabel(scope).uncheck();
        }
        page.getByLabel("Werkt tot en met").fill("2020-01-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies ten minste één scope.");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies vandaag of een latere dag");
        assertThat(page.getByLabel("Werkt tot en met")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Naam van de applicatie")).hasValue("kiss");
        assertThat(tokens.list()).hasSize(before);
        screen("beheer-token-fout");

        LocalDate laatsteDag = LocalDate.now().plusYears(1);
        page.getByLabel("Klantinteracties lezen").check();
        page.getByLabel("Klantinteracties schrijven").check();
        page.getByLabel("Werkt tot en met").fill(laatsteDag.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Token gemaakt voor kiss");
        String key = page.getByLabel("Sleutel").inputValue();
        assertThat(key).hasSizeGreaterThanOrEqualTo(32);
        screen("beheer-token-gemaakt");

        // The key works for what its scopes allow, and nothing else.
        byKey(key).get("/klantcontacten").then().statusCode(200);
        byKey(key)
                .body(Map.of("naam", "Balie", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .then()
                .statusCode(201);
        anonymous()
                .basePath(ApiPaths.CONTACTGEGEVENS)
                .header("Authorization", "Token " + key)
                .get("/personen")
                .then()
                .statusCode(403);

        // The key is shown once: the list does not have it, and the page of the application neither.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de applicaties"))
                .click();
        assertThat(page.locator("main")).not().containsText(key);
        var kiss = page.locator("tbody tr", new Page.LocatorOptions().setHasText("kiss"));
        assertThat(kiss).containsText("klantinteracties:schrijven");
        screen("beheer-applicaties");

        // A second active token under the name is refused.
        page.getByLabel("Naam van de applicatie").fill("kiss");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("heeft al een actieve token");

        // Scopes changed: the same key may no longer write, from its next request.
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("kiss").setExact(true))
                .click();
        assertThat(page.getByLabel("Werkt tot en met")).hasValue(laatsteDag.toString());
        assertThat(page.locator("main")).not().containsText(key);
        page.getByLabel("Klantinteracties schrijven").uncheck();
        page.getByLabel("Werkt tot en met").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De token van kiss is gewijzigd.");
        screen("beheer-applicatie");
        byKey(key).get("/klantcontacten").then().statusCode(200);
        byKey(key)
                .body(Map.of("naam", "Loket", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .then()
                .statusCode(403);
        assertThat(tokens.list().stream()
                        .filter(t -> t.name().equals("kiss"))
                        .findFirst()
                        .orElseThrow()
                        .expiresAt())
                .isNull();

        // Revoked: the key stops working at once.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token intrekken"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De token van kiss is ingetrokken");
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("kiss")))
                .containsText("Ingetrokken op");
        byKey(key).get("/klantcontacten").then().statusCode(401);
    }

    @Test
    void aBeheerderAddsAColleagueToAnAfdeling() {
        login("bea", beheerderWachtwoord);
        page.navigate(werkplek("/beheer/medewerkers"));
        long actorenBefore = count("actor");

        page.getByLabel("Gebruikersnaam").fill("petra willems");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Petra Willems");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Een gebruikersnaam is 1 tot 100 tekens");
        assertThat(page.getByLabel("Gebruikersnaam")).hasAttribute("aria-invalid", "true");
        page.getByLabel("Gebruikersnaam").fill("bea");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is al een account met deze gebruikersnaam.");
        assertThat(count("actor")).isEqualTo(actorenBefore);

        page.getByLabel("Gebruikersnaam").fill("petra");
        page.getByLabel("Vergunningen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Account gemaakt voor Petra Willems");
        String wachtwoord = page.getByLabel("Wachtwoord").inputValue();
        screen("beheer-account-gemaakt");
        // Her actor is made through the API's resource, in the audit trail as the beheerder's work in the werkplek.
        assertThat(jdbc.sql("select application || ' ' || user_name from audit_entry where object_uuid = ?")
                        .param(accounts.find("petra").orElseThrow().actor())
                        .query(String.class)
                        .list())
                .containsExactly("werkplek Bea Beheer");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de medewerkers"))
                .click();
        var petra = page.locator("tbody tr", new Page.LocatorOptions().setHasText("petra"));
        assertThat(petra).containsText("Vergunningen");
        assertThat(petra).containsText("Actief");
        screen("beheer-medewerkers");

        // She also works for the KCC now, and may see what is confidential.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("petra"))
                .click();
        page.getByLabel("KCC").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afdelingen opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De afdelingen van Petra Willems zijn opgeslagen.");
        page.getByLabel("Vertrouwelijk: ziet vertrouwelijke klantcontacten en geheime partijen")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollen opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De rollen van Petra Willems zijn opgeslagen.");
        screen("beheer-medewerker");
        var account = accounts.find("petra").orElseThrow();
        assertThat(account.afdelingen()).containsExactlyInAnyOrder(kcc, vergunningen);
        assertThat(account.vertrouwelijk()).isTrue();
        assertThat(account.beheerder()).isFalse();

        // A beheerder cannot lock themselves out.
        page.navigate(werkplek("/beheer/medewerkers/bea"));
        page.getByLabel("Beheerder: gebruikt de beheerschermen").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollen opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("U kunt uw eigen rol beheerder niet afnemen");
        assertThat(accounts.find("bea").orElseThrow().beheerder()).isTrue();

        logout();
        login("petra", wachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn taken"))
                .click();
        assertThat(page.locator(".counts")).containsText("Vergunningen");
        assertThat(page.locator(".counts")).containsText("KCC");
        assertThat(page.locator(".user")).containsText("Vertrouwelijk");
        logout();

        // A new password: the old one no longer works. Disabled: not even the new one.
        login("bea", beheerderWachtwoord);
        page.navigate(werkplek("/beheer/medewerkers/petra"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw wachtwoord maken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nieuw wachtwoord voor Petra Willems");
        String nieuw = page.getByLabel("Wachtwoord").inputValue();
        assertThat(nieuw).isNotEqualTo(wachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar het account"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account uitschakelen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is uitgeschakeld");
        assertThat(page.locator("dl.facts")).containsText("Uitgeschakeld op");
        logout();
        login("petra", wachtwoord);
        assertThat(page.getByText(LoginController.LOGIN_MISLUKT)).isVisible();
        login("petra", nieuw);
        assertThat(page.getByText(LoginController.LOGIN_MISLUKT)).isVisible();
    }

    @Test
    void aBeheerderSendsAFailedNotificationAgain() {
        RECEIVER.answerAll(503);
        UUID eerste = partij("999990019");
        UUID tweede = partij("999990020");
        Eventually.await("both messages given up", Duration.ofSeconds(30), () -> failed() == 2);

        login("bea", beheerderWachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Notificaties").setExact(true))
                .first()
                .click();
        assertThat(page.locator(".counts")).containsText("2 mislukt");
        var ontvanger = page.locator("tbody tr", new Page.LocatorOptions().setHasText(RECEIVER.url("/events")));
        assertThat(ontvanger).containsText("2");
        assertThat(ontvanger).containsText("geleden");
        long id = jdbc.sql("select id from notificatie_outbox where object_uuid = ?")
                .param(eerste)
                .query(Long.class)
                .single();
        var bericht = page.locator("li", new Page.LocatorOptions().setHasText("Notificatie " + id));
        assertThat(bericht).containsText("nl.kcc.klantinteracties.partij.create " + eerste);
        assertThat(bericht).containsText("503");
        screen("beheer-notificaties");

        RECEIVER.answerAll(204);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notificatie " + id + " opnieuw versturen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Notificatie " + id + " wordt opnieuw verstuurd.");
        Eventually.await("the first one delivered", Duration.ofSeconds(30), () -> delivered(eerste));
        assertThat(failed()).isEqualTo(1);

        page.reload();
        assertThat(page.locator(".counts")).containsText("1 mislukt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle mislukte opnieuw versturen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 mislukte notificatie wordt opnieuw verstuurd.");
        Eventually.await("the second one delivered", Duration.ofSeconds(30), () -> delivered(tweede));
        page.reload();
        assertThat(page.getByText("Er zijn geen mislukte notificaties.")).isVisible();
        assertThat(RECEIVER.accepted("/events")).hasSize(2);
    }

    private io.restassured.specification.RequestSpecification byKey(String key) {
        return anonymous()
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key)
                .contentType(io.restassured.http.ContentType.JSON);
    }

    private UUID partij(String bsn) {
        return UUID.fromString(viaApi().body(Bodies.persoon("Karel", "Deurne", bsn))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private int failed() {
        return jdbc.sql("select count(*) from notificatie_outbox where status = 'failed'")
                .query(Integer.class)
                .single();
    }

    private boolean delivered(UUID object) {
        return jdbc.sql("select status from notificatie_outbox where object_uuid = ?")
                .param(object)
                .query(String.class)
                .single()
                .equals("delivered");
    }
}
