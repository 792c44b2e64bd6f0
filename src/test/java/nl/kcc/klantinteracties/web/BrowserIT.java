package nl.kcc.klantinteracties.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The base of the werkplek's browser tests: Debian's headless Chromium, driven by Playwright, against the register
 * the test started. One browser per test class, a fresh browser context (cookies, session) per test. Every screen a
 * test looks at can be checked with axe-core and kept as a screenshot in {@code target/werkplek-screenshots}.
 */
public abstract class BrowserIT extends ApiIT {

    static final Path SCREENSHOTS = Paths.get("target", "werkplek-screenshots");
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;
    private BrowserContext colleague;

    @Autowired
    protected MedewerkerAccounts accounts;

    @BeforeAll
    static void startBrowser() {
        assertThat(CHROMIUM)
                .as("Chromium is needed for the browser tests: apt-get install chromium")
                .exists();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        // An assertion waits as long as an action may (15 s instead of 5): on a loaded machine a save that debounces
        // for a second and then goes to the server can take longer than 5 s to show.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openBrowserContext() {
        context = newContext();
        page = context.newPage();
    }

    /** A second browser, with a session of its own, for a colleague working at the same time. */
    protected Page colleaguesBrowser(String gebruikersnaam, String wachtwoord) {
        colleague = newContext();
        Page other = colleague.newPage();
        other.navigate(werkplek("/inloggen"));
        other.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        other.getByLabel("Wachtwoord").fill(wachtwoord);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        return other;
    }

    private static BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 900)
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam"));
        created.setDefaultTimeout(15_000);
        return created;
    }

    /** The page each test ended on, to see what a failing test saw. */
    @AfterEach
    void closeBrowserContext(TestInfo test) {
        try {
            Files.createDirectories(SCREENSHOTS.resolve("end"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS
                            .resolve("end")
                            .resolve(test.getTestMethod().orElseThrow().getName() + ".png"))
                    .setFullPage(true));
        } catch (IOException | RuntimeException e) {
            // Only a help for reading a failure; the test's own outcome stands.
        }
        context.close();
        if (colleague != null) {
            colleague.close();
            colleague = null;
        }
    }

    protected String werkplek(String path) {
        return "http://localhost:" + port + "/werkplek" + path;
    }

    /**
     * A request to the Klantinteracties API for setting up a test's data, as any client would; the API tests check
     * these responses against the standard, these tests check the screens.
     */
    protected RequestSpecification viaApi() {
        return anonymous()
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key())
                .contentType(ContentType.JSON);
    }

    /** An actor made through the API, as any client would. */
    protected UUID actor(String naam, String soortActor) {
        return UUID.fromString(viaApi().body(Map.of("naam", naam, "soortActor", soortActor, "indicatieActief", true))
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
    }

    /** An open interne taak for the actor about the klantcontact, made through the API. */
    protected UUID taak(UUID klantcontact, UUID actor, String toelichting) {
        return UUID.fromString(viaApi().body(Map.of(
                        "aanleidinggevendKlantcontact",
                        Map.of("uuid", klantcontact),
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "toelichting",
                        toelichting,
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

    /** A medewerker account; returns its password. */
    protected String account(
            String gebruikersnaam, String naam, UUID actor, List<UUID> afdelingen, boolean vertrouwelijk) {
        return accounts.create(new Medewerker(gebruikersnaam, naam, actor, afdelingen, vertrouwelijk));
    }

    protected void login(String gebruikersnaam, String wachtwoord) {
        page.navigate(werkplek("/inloggen"));
        page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        page.getByLabel("Wachtwoord").fill(wachtwoord);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
    }

    protected void logout() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
    }

    /** Keeps a screenshot of the page as it is now, for the CI artifact and the README. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** No serious or critical violation of WCAG 2.1 A and AA that axe-core can find on the page as it is now. */
    protected void accessible() {
        var results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(
                        "axe-core on %s:%n%s",
                        page.url(),
                        serious.stream()
                                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Checks the page for accessibility and keeps its screenshot. */
    protected void screen(String name) {
        accessible();
        screenshot(name);
    }
}
