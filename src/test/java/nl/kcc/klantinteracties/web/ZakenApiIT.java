package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a Zaken API configured (here a small server on loopback answering as the ZGW Zaken API 1.5 does, paginated,
 * with {@code expand=status.statustype}), the klantbeeld shows the klant's zaken with their status and the contact
 * form offers them; when the zaaksysteem fails, the werkplek still works and says so.
 */
class ZakenApiIT extends BrowserIT {

    private static final String SECRET = "geheim-van-de-zaken-api";
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private static final HttpServer ZAKEN = start();

    @DynamicPropertySource
    static void zaken(DynamicPropertyRegistry registry) {
        registry.add(
                "klantinteracties.zaken.url",
                () -> "http://127.0.0.1:" + ZAKEN.getAddress().getPort() + "/zaken/api/v1");
        registry.add("klantinteracties.zaken.client-id", () -> "klantinteracties");
        registry.add("klantinteracties.zaken.secret", () -> SECRET);
    }

    @AfterAll
    static void stop() {
        ZAKEN.stop(0);
    }

    private UUID karel;
    private String wachtwoord;

    @BeforeEach
    void seed() {
        down = false;
        AUTHORIZATIONS.clear();
        UUID kcc = actor("KCC", "organisatorische_eenheid");
        wachtwoord = account("nicole", "Nicole Bakker", actor("Nicole Bakker", "medewerker"), List.of(kcc), false);
        karel = UUID.fromString(viaApi().body(Map.of(
                        "soortPartij",
                        "persoon",
                        "indicatieActief",
                        true,
                        "partijIdentificatie",
                        Map.of("contactnaam", Map.of("voornaam", "Karel", "achternaam", "Deurne")),
                        "partijIdentificatoren",
                        List.of(Map.of(
                                "partijIdentificator",
                                Map.of(
                                        "codeRegister", "brp",
                                        "codeObjecttype", "natuurlijk_persoon",
                                        "codeSoortObjectId", "bsn",
                                        "objectId", "999990019")))))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
    }

    @Test
    void theKlantbeeldShowsTheZakenAndAContactIsLinkedToOne() {
        login("nicole", wachtwoord);
        page.navigate(werkplek("/partijen/" + karel));
        var zaken = page.locator("section[aria-labelledby=zaaksysteem-titel]");
        assertThat(zaken).containsText("ZAAK-2026-0042");
        assertThat(zaken).containsText("Aanvraag parkeervergunning");
        assertThat(zaken).containsText("In behandeling");
        assertThat(zaken).containsText("3 november 2026");
        assertThat(zaken).containsText("ZAAK-2025-0007");
        assertThat(zaken).containsText("Afgesloten");
        accessible();
        screen("klantbeeld-zaken");
        assertThat(AUTHORIZATIONS).isNotEmpty().allSatisfy(ZakenApiIT::signedWithTheSecret);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact registreren"))
                .click();
        assertThat(page.locator("#zaken-van-klant option[value='ZAAK-2026-0042']"))
                .hasCount(1);
        page.getByLabel("Onderwerp").fill("Vraag over de parkeervergunning");
        page.getByLabel("Zaak (optioneel)").fill("ZAAK-2026-0042");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByText("Het contact is geregistreerd.", new Page.GetByTextOptions()))
                .isVisible();
        assertThat(jdbc.sql("select identificator_object_id from onderwerpobject")
                        .query(String.class)
                        .list())
                .containsExactly("ZAAK-2026-0042");
    }

    @Test
    void aZaakThatAClientLinkedByItsUuidIsNamedByItsZaaknummer() {
        String klantcontact = viaApi().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        viaApi().body(Map.of(
                        "hadKlantcontact",
                        Bodies.ref(klantcontact),
                        "wasPartij",
                        Bodies.ref(karel.toString()),
                        "rol",
                        "klant",
                        "initiator",
                        true))
                .post("/betrokkenen")
                .then()
                .statusCode(201);
        // As KISS links a contact to a zaak: by the zaak's uuid in the zaaksysteem.
        viaApi().body(Map.of(
                        "klantcontact",
                        Bodies.ref(klantcontact),
                        "onderwerpobjectidentificator",
                        Map.of(
                                "objectId", "7c1a0d6e-1111-4f0e-9d3c-0a4b5c6d7e8f",
                                "codeObjecttype", "zaak",
                                "codeRegister", "openzaak",
                                "codeSoortObjectId", "uuid")))
                .post("/onderwerpobjecten")
                .then()
                .statusCode(201);
        login("nicole", wachtwoord);
        page.navigate(werkplek("/partijen/" + karel));
        Locator gelinkt = page.locator("section[aria-labelledby=zaken-titel]");
        assertThat(gelinkt).containsText("Zaak ZAAK-2026-0042");
        assertThat(gelinkt).not().containsText("7c1a0d6e");

        down = true;
        page.navigate(werkplek("/partijen/" + karel));
        assertThat(gelinkt).containsText("Zaak (nummer niet bekend in het register)");
    }

    @Test
    void aZaakFoundByItsNumberIsShownAboveTheContactsAboutIt() {
        login("nicole", wachtwoord);
        page.navigate(werkplek("/klantcontacten?zoekOp=zaak&zoekterm=ZAAK-2026-0042"));
        var zaak = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In het zaaksysteem"));
        assertThat(zaak).containsText("Aanvraag parkeervergunning");
        assertThat(zaak).containsText("In behandeling");
        accessible();
        page.navigate(werkplek("/klantcontacten?zoekOp=zaak&zoekterm=ZAAK-1999-0001"));
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("In het zaaksysteem")))
                .containsText("Het zaaksysteem kent geen zaak ZAAK-1999-0001.");
    }

    @Test
    void aCompanysZakenAreFoundByItsKvkNummer() {
        UUID bedrijf = UUID.fromString(viaApi().body(Map.of(
                        "soortPartij",
                        "organisatie",
                        "indicatieActief",
                        true,
                        "partijIdentificatie",
                        Map.of("naam", "Bouwbedrijf De Vries"),
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
                .path("uuid"));
        login("nicole", wachtwoord);
        page.navigate(werkplek("/partijen/" + bedrijf));
        var zaken = page.locator("section[aria-labelledby=zaaksysteem-titel]");
        assertThat(zaken).containsText("ZAAK-2026-0042");
        assertThat(zaken).containsText("In behandeling");
    }

    @Test
    void aZaaksysteemThatFailsLeavesTheWerkplekWorking() {
        down = true;
        login("nicole", wachtwoord);
        page.navigate(werkplek("/partijen/" + karel));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantbeeld: Karel Deurne");
        assertThat(page.locator("section[aria-labelledby=zaaksysteem-titel]"))
                .containsText("Het zaaksysteem gaf geen antwoord (503).");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact registreren"))
                .click();
        assertThat(page.getByLabel("Zaak (optioneel)")).isVisible();
    }

    private static void signedWithTheSecret(String authorization) {
        assertThat(authorization).startsWith("Bearer ");
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        assertThat(parts).hasSize(3);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .contains("\"client_id\":\"klantinteracties\"");
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/zaken/api/v1/zaken", ZakenApiIT::zaken);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void zaken(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        AUTHORIZATIONS.add(authorization == null ? "" : authorization);
        String query = exchange.getRequestURI().getQuery();
        String base = "http://127.0.0.1:" + ZAKEN.getAddress().getPort();
        String body;
        int status = 200;
        if (down) {
            status = 503;
            body = "{\"title\":\"Service Unavailable\",\"status\":503}";
        } else if (query == null
                || !(query.contains("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999990019")
                        || query.contains("rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer=69599084")
                        || query.contains("identificatie=ZAAK-2026-0042"))
                || !"EPSG:4326".equals(exchange.getRequestHeaders().getFirst("Accept-Crs"))) {
            body = "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}";
        } else {
            body = """
                    {"count": 2, "next": null, "previous": null, "results": [
                      {"url": "%1$s/zaken/api/v1/zaken/7c1a0d6e-1111-4f0e-9d3c-0a4b5c6d7e8f",
                       "uuid": "7c1a0d6e-1111-4f0e-9d3c-0a4b5c6d7e8f", "identificatie": "ZAAK-2026-0042",
                       "bronorganisatie": "002220647", "omschrijving": "Aanvraag parkeervergunning",
                       "zaaktype": "%1$s/catalogi/api/v1/zaaktypen/1", "startdatum": "2026-11-03", "einddatum": null,
                       "status": "%1$s/zaken/api/v1/statussen/2",
                       "_expand": {"status": {"url": "%1$s/zaken/api/v1/statussen/2",
                         "statustype": "%1$s/catalogi/api/v1/statustypen/3", "datumStatusGezet": "2026-11-04T10:00:00Z",
                         "statustoelichting": "", "_expand": {"statustype": {"url": "%1$s/catalogi/api/v1/statustypen/3",
                         "omschrijving": "In behandeling", "volgnummer": 2}}}}},
                      {"url": "%1$s/zaken/api/v1/zaken/8d2b1e7f-2222-4f0e-9d3c-0a4b5c6d7e8f",
                       "uuid": "8d2b1e7f-2222-4f0e-9d3c-0a4b5c6d7e8f", "identificatie": "ZAAK-2025-0007",
                       "bronorganisatie": "002220647", "omschrijving": "Melding losliggende stoeptegel",
                       "zaaktype": "%1$s/catalogi/api/v1/zaaktypen/2", "startdatum": "2025-03-10",
                       "einddatum": "2025-03-20", "status": null}
                    ]}""".formatted(base);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
