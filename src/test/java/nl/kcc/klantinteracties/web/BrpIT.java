package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the BRP configured (here a small server on loopback answering as Haal Centraal BRP Personen Bevragen 2 does:
 * one POST endpoint, the question's type in its body, the fields asked for), a medewerker finds a resident by name and
 * geboortedatum, registers them as a klant on their first contact, sees the BRP's data in the klantbeeld, and tells
 * two klanten of one name apart by their geboortedatum. When the BRP fails, the werkplek says so and works on.
 */
class BrpIT extends BrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API_KEY = "sleutel-van-de-brp";
    private static final List<JsonNode> VRAGEN = new CopyOnWriteArrayList<>();
    private static final List<String> SLEUTELS = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private static final HttpServer BRP = start();

    /** The residents the BRP knows: BSN, voornamen, geslachtsnaam, geboortedatum, adresregels. */
    private static final List<List<String>> INGEZETENEN = List.of(
            List.of("999993653", "Jan", "Jansen", "1980-03-17", "Dennenstraat 35", "3552 RA  UTRECHT"),
            List.of("999990020", "Piet", "Bakker", "1962-11-02", "Kerkstraat 1", "3511 AA  UTRECHT"),
            List.of("999990032", "Piet", "Bakker", "1991-05-23", "Laan 8", "3512 BB  UTRECHT"));

    @DynamicPropertySource
    static void brp(DynamicPropertyRegistry registry) {
        registry.add(
                "klantinteracties.brp.url",
                () -> "http://127.0.0.1:" + BRP.getAddress().getPort() + "/haalcentraal/api/brp");
        registry.add("klantinteracties.brp.api-key", () -> API_KEY);
    }

    @AfterAll
    static void stop() {
        BRP.stop(0);
    }

    private String wachtwoord;

    @BeforeEach
    void seed() {
        down = false;
        VRAGEN.clear();
        SLEUTELS.clear();
        wachtwoord = account("nicole", "Nicole Bakker", actor("Nicole Bakker", "medewerker"), List.of(), false);
        for (String bsn : List.of("999990020", "999990032")) {
            viaApi().body(Bodies.persoon("Piet", "Bakker", bsn))
                    .post("/partijen")
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void aResidentFoundInTheBrpBecomesAKlantOnTheirFirstContact() {
        login("nicole", wachtwoord);
        page.getByLabel("Zoeken op").selectOption("naam_geboortedatum");
        page.getByLabel("Zoekterm").fill("Jansen 17-03-1980");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByText("1 persoon gevonden in de BRP.")).isVisible();
        Locator jan = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Jan Jansen"));
        assertThat(jan).containsText("geboren 17 maart 1980");
        assertThat(jan).containsText("Dennenstraat 35");
        screen("brp-gevonden");
        JsonNode vraag = VRAGEN.getLast();
        assertThat(vraag.path("type").asString()).isEqualTo("ZoekMetGeslachtsnaamEnGeboortedatum");
        assertThat(vraag.path("geboortedatum").asString()).isEqualTo("1980-03-17");
        assertThat(SLEUTELS).containsOnly(API_KEY);

        jan.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantbeeld: Jan Jansen");
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Jan Jansen is als klant geregistreerd, met de gegevens uit de BRP.");
        Locator inBrp = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In de BRP"));
        assertThat(inBrp).containsText("17 maart 1980");
        assertThat(inBrp).containsText("Dennenstraat 35");
        screen("brp-klantbeeld");
        viaApi().get("/partijen?partijIdentificator__objectId=999993653")
                .then()
                .body("count", equalTo(1))
                .body("results[0].partijIdentificatie.contactnaam.achternaam", equalTo("Jansen"));

        // Found again, the resident leads to their klantbeeld instead.
        page.navigate(werkplek("?zoekOp=naam_geboortedatum&zoekterm=jansen+1980-03-17"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Klantbeeld van Jan Jansen")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als klant registreren: Jan Jansen")))
                .hasCount(0);
    }

    @Test
    void twoKlantenOfOneNameAreToldApartByTheirGeboortedatum() {
        login("nicole", wachtwoord);
        page.getByLabel("Zoeken op").selectOption("naam");
        page.getByLabel("Zoekterm").fill("Piet Bakker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByText("2 klanten gevonden.")).isVisible();
        assertThat(page.locator("#resultaten")).containsText("geboren 2 november 1962");
        assertThat(page.locator("#resultaten")).containsText("geboren 23 mei 1991");
        // One question for both, by their BSNs.
        JsonNode vraag = VRAGEN.getLast();
        assertThat(vraag.path("type").asString()).isEqualTo("RaadpleegMetBurgerservicenummer");
        assertThat(StreamSupport.stream(vraag.path("burgerservicenummer").spliterator(), false)
                        .map(JsonNode::asString)
                        .toList())
                .containsExactlyInAnyOrder("999990020", "999990032");
        accessible();
    }

    @Test
    void whenTheBrpFailsTheWerkplekSaysSoAndWorksOn() {
        down = true;
        login("nicole", wachtwoord);
        page.navigate(werkplek("?zoekOp=naam_geboortedatum&zoekterm=Jansen+17-03-1980"));
        assertThat(page.locator("#resultaten")).containsText("De BRP gaf geen antwoord (503).");
        page.navigate(werkplek("?zoekOp=naam&zoekterm=Piet+Bakker"));
        assertThat(page.getByText("2 klanten gevonden.")).isVisible();
        assertThat(page.locator("#resultaten")).not().containsText("geboren");
        page.getByRole(AriaRole.LINK)
                .filter(new Locator.FilterOptions().setHasText("Piet Bakker"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In de BRP")))
                .containsText("De BRP gaf geen antwoord (503).");
        accessible();

        // A term that is no name with a date is said, not sent.
        down = false;
        int gesteld = VRAGEN.size();
        page.navigate(werkplek("?zoekOp=naam_geboortedatum&zoekterm=Jansen"));
        assertThat(page.locator("#resultaten")).containsText("Geef de achternaam en de geboortedatum op");
        assertThat(VRAGEN).hasSize(gesteld);
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/haalcentraal/api/brp/personen", BrpIT::personen);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void personen(HttpExchange exchange) throws IOException {
        SLEUTELS.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-API-KEY")));
        JsonNode vraag = JSON.readTree(exchange.getRequestBody().readAllBytes());
        VRAGEN.add(vraag);
        String type = vraag.path("type").asString();
        var personen = new ArrayList<Map<String, Object>>();
        for (List<String> i : INGEZETENEN) {
            boolean past = switch (type) {
                case "RaadpleegMetBurgerservicenummer" ->
                    StreamSupport.stream(vraag.path("burgerservicenummer").spliterator(), false)
                            .anyMatch(bsn -> bsn.asString().equals(i.get(0)));
                case "ZoekMetGeslachtsnaamEnGeboortedatum" ->
                    vraag.path("geslachtsnaam").asString().equalsIgnoreCase(i.get(2))
                            && vraag.path("geboortedatum").asString().equals(i.get(3));
                default -> false;
            };
            if (past) {
                personen.add(Map.of(
                        "burgerservicenummer", i.get(0),
                        "naam",
                                Map.of(
                                        "voornamen", i.get(1),
                                        "geslachtsnaam", i.get(2),
                                        "volledigeNaam", i.get(1) + " " + i.get(2)),
                        "geboorte",
                                Map.of(
                                        "datum",
                                        Map.of("type", "Datum", "datum", i.get(3), "langFormaat", "(niet gebruikt)")),
                        "adressering", Map.of("adresregel1", i.get(4), "adresregel2", i.get(5))));
            }
        }
        byte[] body;
        int status;
        if (down) {
            status = 503;
            body = "{\"type\":\"https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.4\",\"status\":503}"
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            status = 200;
            body = JSON.writeValueAsBytes(Map.of("type", type, "personen", personen));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
