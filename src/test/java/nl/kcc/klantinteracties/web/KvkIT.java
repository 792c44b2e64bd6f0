package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the Handelsregister configured (here a small server on loopback answering as the KvK's Zoeken API 2 does: the
 * question in the query, {@code resultaten} with kvkNummer, vestigingsnummer, naam, type and adres, and 404 when
 * nothing is found), a medewerker finds a company by KvK-nummer, vestigingsnummer or postcode and huisnummer,
 * registers it as a klant on its first contact the way KISS does, and sees the Handelsregister's data in the
 * klantbeeld. When the KvK fails, the werkplek says so and works on.
 */
class KvkIT extends BrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API_KEY = "sleutel-van-de-kvk";
    private static final List<Map<String, String>> VRAGEN = new CopyOnWriteArrayList<>();
    private static final List<String> SLEUTELS = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private static final HttpServer KVK = start();

    /** The registrations the KvK knows: kvkNummer, vestigingsnummer, naam, type, straat, huisnummer, postcode, plaats. */
    private static final List<List<String>> INSCHRIJVINGEN = List.of(
            List.of("69599084", "", "Korenschoof Holding B.V.", "rechtspersoon", "", "", "", ""),
            List.of(
                    "69599084",
                    "000038509490",
                    "Bakkerij de Korenschoof",
                    "hoofdvestiging",
                    "Marktplein",
                    "1",
                    "3511AB",
                    "Utrecht"),
            List.of(
                    "69599084",
                    "000038509504",
                    "Korenschoof Zuid",
                    "nevenvestiging",
                    "Laan van Nieuw-Guinea",
                    "40",
                    "3531JK",
                    "Utrecht"));

    @DynamicPropertySource
    static void kvk(DynamicPropertyRegistry registry) {
        registry.add(
                "klantinteracties.kvk.url",
                () -> "http://127.0.0.1:" + KVK.getAddress().getPort() + "/api");
        registry.add("klantinteracties.kvk.api-key", () -> API_KEY);
    }

    @AfterAll
    static void stop() {
        KVK.stop(0);
    }

    private String wachtwoord;

    @BeforeEach
    void seed() {
        down = false;
        VRAGEN.clear();
        SLEUTELS.clear();
        wachtwoord = account("nicole", "Nicole Bakker", actor("Nicole Bakker", "medewerker"), List.of(), false);
    }

    @Test
    void aCompanyFoundInTheHandelsregisterBecomesAKlantOnItsFirstContact() {
        login("nicole", wachtwoord);
        page.getByLabel("Zoeken op").selectOption("kvk");
        page.getByLabel("Zoekterm").fill("6959 9084");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByText("3 inschrijvingen gevonden in het Handelsregister."))
                .isVisible();
        Locator zuid = inschrijving("Korenschoof Zuid");
        assertThat(zuid).containsText("Nevenvestiging");
        assertThat(zuid).containsText("vestigingsnummer 000038509504");
        assertThat(zuid).containsText("Laan van Nieuw-Guinea 40, 3531 JK Utrecht");
        screen("kvk-gevonden");
        assertThat(VRAGEN.getLast()).containsEntry("kvkNummer", "69599084");
        assertThat(SLEUTELS).containsOnly(API_KEY);

        zuid.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantbeeld: Korenschoof Zuid");
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Korenschoof Zuid is als klant geregistreerd, met de gegevens uit het Handelsregister.");
        Locator inHr = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In het Handelsregister"));
        assertThat(inHr).containsText("Nevenvestiging");
        assertThat(inHr).containsText("3531 JK Utrecht");
        screen("kvk-klantbeeld");

        // Stored as KISS stores an establishment: its vestigingsnummer under a KvK-nummer that identifies no partij.
        String kvkIdentificator = viaApi().get("/partijen?partijIdentificator__objectId=000038509504")
                .then()
                .body("count", equalTo(1))
                .body("results[0].soortPartij", equalTo("organisatie"))
                .body("results[0].partijIdentificatie.naam", equalTo("Korenschoof Zuid"))
                .extract()
                .path("results[0].partijIdentificatoren[0].uuid");
        String onder = viaApi().get("/partij-identificatoren/" + kvkIdentificator)
                .then()
                .body("partijIdentificator.codeSoortObjectId", equalTo("vestigingsnummer"))
                .extract()
                .path("subIdentificatorVan.uuid");
        viaApi().get("/partij-identificatoren/" + onder)
                .then()
                .body("partijIdentificator.objectId", equalTo("69599084"))
                .body("identificeerdePartij", nullValue());

        // The organisation itself takes that KvK-nummer over; the establishment found again leads to its klantbeeld.
        page.navigate(werkplek("?zoekOp=kvk&zoekterm=69599084"));
        assertThat(page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Klantbeeld van Korenschoof Zuid")))
                .isVisible();
        inschrijving("Korenschoof Holding B.V.").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantbeeld: Korenschoof Holding B.V.");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In het Handelsregister")))
                .containsText("Rechtspersoon");
        viaApi().get("/partij-identificatoren/" + onder)
                .then()
                .body("identificeerdePartij.uuid", equalTo(page.url().replaceAll(".*/partijen/([^?]+).*", "$1")));
        page.navigate(werkplek("?zoekOp=kvk&zoekterm=69599084"));
        assertThat(page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Klantbeeld van Korenschoof Holding B.V.")))
                .isVisible();
        assertThat(inschrijving("Bakkerij de Korenschoof").getByRole(AriaRole.BUTTON))
                .hasText("Als klant registreren: Bakkerij de Korenschoof, Marktplein 1");
        accessible();
    }

    @Test
    void aCompanyIsFoundByVestigingsnummerAndByPostcodeAndHuisnummer() {
        login("nicole", wachtwoord);
        page.navigate(werkplek("?zoekOp=vestigingsnummer&zoekterm=0000 3850 9490"));
        assertThat(page.getByText("1 inschrijving gevonden in het Handelsregister."))
                .isVisible();
        assertThat(inschrijving("Bakkerij de Korenschoof")).containsText("Hoofdvestiging");
        assertThat(VRAGEN.getLast()).containsEntry("vestigingsnummer", "000038509490");

        page.navigate(werkplek("?zoekOp=postcode&zoekterm=3511 ab 1"));
        assertThat(inschrijving("Bakkerij de Korenschoof")).containsText("Marktplein 1, 3511 AB Utrecht");
        assertThat(VRAGEN.getLast()).containsEntry("postcode", "3511AB").containsEntry("huisnummer", "1");

        page.navigate(werkplek("?zoekOp=kvk&zoekterm=12345678"));
        assertThat(page.getByText("Geen bedrijf gevonden in het Handelsregister."))
                .isVisible();
        accessible();
    }

    @Test
    void whenTheKvkFailsTheWerkplekSaysSoAndWorksOn() {
        String bedrijf = viaApi().body(Map.of(
                        "soortPartij",
                        "organisatie",
                        "indicatieActief",
                        true,
                        "partijIdentificatie",
                        Map.of("naam", "Korenschoof Holding B.V."),
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "partijIdentificator",
                                Map.of(
                                        "codeRegister", "hr",
                                        "codeObjecttype", "niet_natuurlijk_persoon",
                                        "codeSoortObjectId", "kvk_nummer",
                                        "objectId", "69599084")))))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        down = true;
        login("nicole", wachtwoord);
        page.navigate(werkplek("?zoekOp=kvk&zoekterm=69599084"));
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        assertThat(page.locator("#resultaten")).containsText("Het Handelsregister gaf geen antwoord (503).");
        page.navigate(werkplek("/partijen/" + bedrijf));
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In het Handelsregister")))
                .containsText("Het Handelsregister gaf geen antwoord (503).");
        accessible();

        // A term that is no KvK-nummer is said, not sent.
        down = false;
        int gesteld = VRAGEN.size();
        page.navigate(werkplek("?zoekOp=kvk&zoekterm=6959"));
        assertThat(page.locator("#resultaten")).containsText("Een KvK-nummer bestaat uit 8 cijfers.");
        assertThat(VRAGEN).hasSize(gesteld);
    }

    private Locator inschrijving(String naam) {
        return page.locator("section[aria-labelledby=kvk-titel] li")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(naam).setExact(true))));
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v2/zoeken", KvkIT::zoeken);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void zoeken(HttpExchange exchange) throws IOException {
        SLEUTELS.add(String.valueOf(exchange.getRequestHeaders().getFirst("apikey")));
        Map<String, String> vraag = Arrays.stream(
                        exchange.getRequestURI().getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(
                        p -> p[0],
                        p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8),
                        (a, b) -> b,
                        LinkedHashMap::new));
        VRAGEN.add(vraag);
        var resultaten = INSCHRIJVINGEN.stream()
                .filter(i -> (!vraag.containsKey("kvkNummer")
                                || vraag.get("kvkNummer").equals(i.get(0)))
                        && (!vraag.containsKey("vestigingsnummer")
                                || vraag.get("vestigingsnummer").equals(i.get(1)))
                        && (!vraag.containsKey("postcode")
                                || (vraag.get("postcode").equals(i.get(6))
                                        && vraag.get("huisnummer").equals(i.get(5)))))
                .map(KvkIT::resultaat)
                .toList();
        byte[] body;
        int status;
        if (down) {
            status = 503;
            body = "{\"fout\":[{\"code\":\"IPD0000\",\"omschrijving\":\"Niet beschikbaar\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
        } else if (resultaten.isEmpty()) {
            status = 404;
            body =
                    "{\"fout\":[{\"code\":\"IPD5200\",\"omschrijving\":\"Geen resultaten gevonden voor deze zoekvraag\"}]}"
                            .getBytes(StandardCharsets.UTF_8);
        } else {
            status = 200;
            body = JSON.writeValueAsBytes(Map.of(
                    "pagina",
                    1,
                    "resultatenPerPagina",
                    Integer.parseInt(vraag.getOrDefault("resultatenPerPagina", "10")),
                    "totaal",
                    resultaten.size(),
                    "resultaten",
                    resultaten));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, Object> resultaat(List<String> i) {
        var resultaat = new HashMap<String, Object>();
        resultaat.put("kvkNummer", i.get(0));
        if (!i.get(1).isEmpty()) {
            resultaat.put("vestigingsnummer", i.get(1));
            resultaat.put(
                    "adres",
                    Map.of(
                            "binnenlandsAdres",
                            Map.of(
                                    "type", "bezoekadres",
                                    "straatnaam", i.get(4),
                                    "huisnummer", Integer.parseInt(i.get(5)),
                                    "postcode", i.get(6),
                                    "plaats", i.get(7))));
        }
        resultaat.put("naam", i.get(2));
        resultaat.put("type", i.get(3));
        resultaat.put(
                "links",
                List.of(Map.of("rel", "basisprofiel", "href", "https://api.kvk.nl/api/v1/basisprofielen/" + i.get(0))));
        return resultaat;
    }
}
