package nl.kcc.klantinteracties.notificatie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.support.Bodies;
import nl.kcc.klantinteracties.web.BrowserIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The confirmation of a contactverzoek for the klant, as a mail or SMS service receives it: one CloudEvent per new
 * interne taak whose klantcontact has a klant with an e-mail address or telephone number, only at the subscribers
 * configured for confirmations, with the referentienummer, what happens next and the address the klant prefers;
 * the referentienummer is the one the werkplek gave the medewerker to read out.
 */
class BevestigingIT extends BrowserIT {

    private static final Receiver RECEIVER = Receiver.onFreePort();
    private static final String BEVESTIGINGEN = "/bevestigingen";
    private static final String EVENTS = "/events";

    @DynamicPropertySource
    static void notificaties(DynamicPropertyRegistry registry) {
        registry.add("notificaties.cloudevents-subscribers", () -> RECEIVER.url(EVENTS));
        registry.add("notificaties.bevestiging-subscribers", () -> RECEIVER.url(BEVESTIGINGEN));
        registry.add("notificaties.source", () -> "urn:test:klantinteracties");
        registry.add("notificaties.retry-initial-delay", () -> "100ms");
        registry.add("notificaties.retry-max-delay", () -> "1s");
    }

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    @BeforeEach
    void reset() {
        RECEIVER.reset();
    }

    @Test
    void aContactverzoekAsKissMakesItIsConfirmedToTheAddressTheCallerGave() {
        String klantcontact =
                create("/klantcontacten", Bodies.with(Bodies.klantcontact(), "referentienummer", "26000042"));
        String betrokkene = create(
                "/betrokkenen",
                Map.of(
                        "hadKlantcontact",
                        Bodies.ref(klantcontact),
                        "rol",
                        "klant",
                        "initiator",
                        true,
                        "contactnaam",
                        Map.of("voornaam", "Jan", "voorvoegselAchternaam", "van", "achternaam", "Dijk")));
        for (var adres : List.of(List.of("telefoonnummer", "0612345678"), List.of("email", "jan@example.nl"))) {
            create(
                    "/digitaleadressen",
                    Map.of(
                            "verstrektDoorBetrokkene", Bodies.ref(betrokkene),
                            "soortDigitaalAdres", adres.get(0),
                            "adres", adres.get(1)));
        }
        String afdeling = create(
                "/actoren",
                Map.of("naam", "Vergunningen", "soortActor", "organisatorische_eenheid", "indicatieActief", true));
        String taak = create(
                "/internetaken",
                Map.of(
                        "aanleidinggevendKlantcontact", Bodies.ref(klantcontact),
                        "gevraagdeHandeling", "Terugbellen",
                        "toelichting", "Vraagt naar de stand van zijn aanvraag",
                        "toegewezenAanActoren", List.of(Bodies.ref(afdeling)),
                        "status", "te_verwerken"));

        JsonNode event = eenBevestiging();
        assertThat(event.path("type").asString()).isEqualTo("nl.kcc.klantinteracties.contactverzoek.bevestiging");
        assertThat(event.path("subject").asString()).isEqualTo(taak);
        assertThat(event.path("source").asString()).isEqualTo("urn:test:klantinteracties");
        JsonNode data = event.path("data");
        assertThat(data.path("referentienummer").asString()).isEqualTo("26000042");
        assertThat(data.path("naam").asString()).isEqualTo("Jan van Dijk");
        assertThat(data.path("taal").asString()).isEqualTo("nld");
        assertThat(data.path("digitaalAdres").path("soortDigitaalAdres").asString())
                .isEqualTo("email");
        assertThat(data.path("digitaalAdres").path("adres").asString()).isEqualTo("jan@example.nl");
        assertThat(data.path("vervolg").asString()).isEqualTo("Een medewerker van Vergunningen belt u terug.");
        assertThat(data.path("internetaak").asString()).endsWith("/internetaken/" + taak);
        assertThat(data.path("klantcontact").asString()).endsWith("/klantcontacten/" + klantcontact);
        // Nothing of what was said goes to the mail service.
        assertThat(event.toString()).doesNotContain("stand van zijn aanvraag").doesNotContain("Afvalinzameling");

        // The subscribers of every change never get the klant's address; the confirmation's never get the changes.
        Eventually.await(
                "the changes delivered",
                Duration.ofSeconds(30),
                () -> RECEIVER.accepted(EVENTS).stream()
                        .anyMatch(r -> r.json().path("type").asString().endsWith("internetaak.create")));
        assertThat(RECEIVER.accepted(EVENTS))
                .extracting(r -> r.json().path("type").asString())
                .doesNotContain("nl.kcc.klantinteracties.contactverzoek.bevestiging");
        assertThat(RECEIVER.received(EVENTS).toString()).doesNotContain("jan@example.nl");
        assertThat(RECEIVER.received(BEVESTIGINGEN)).hasSize(1);

        // Handling the task later confirms nothing again.
        api().body(Map.of("status", "verwerkt"))
                .patch("/internetaken/" + taak)
                .then()
                .statusCode(200);
        Eventually.await(
                "the change delivered",
                Duration.ofSeconds(30),
                () -> RECEIVER.accepted(EVENTS).stream()
                        .anyMatch(r -> r.json().path("type").asString().endsWith("internetaak.partial_update")));
        assertThat(RECEIVER.received(BEVESTIGINGEN)).hasSize(1);
    }

    @Test
    void aTerugbelverzoekFromTheWerkplekIsConfirmedWithTheNumberTheMedewerkerGave() {
        UUID kcc = UUID.fromString(create(
                "/actoren", Map.of("naam", "KCC", "soortActor", "organisatorische_eenheid", "indicatieActief", true)));
        create(
                "/actoren",
                Map.of("naam", "Vergunningen", "soortActor", "organisatorische_eenheid", "indicatieActief", true));
        String wachtwoord =
                account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
        login("nicole", wachtwoord);
        page.navigate(werkplek("/contact?kanaal=telefoon"));
        page.getByLabel("Onderwerp").fill("Dakkapel aan de voorkant");
        page.getByLabel("Voornaam").fill("Piet");
        page.getByLabel("Achternaam").fill("de Vries");
        page.getByLabel("E-mailadres").fill("piet@example.nl");
        page.getByLabel("Terugbelverzoek maken (interne taak)").check();
        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vergunningen (Afdeling)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        var melding = page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS);
        assertThat(melding).containsText("Referentienummer voor de klant: ");
        String referentienummer =
                melding.textContent().replaceAll("(?s).*Referentienummer voor de klant: ([^.\\s]+)\\..*", "$1");

        JsonNode data = eenBevestiging().path("data");
        assertThat(data.path("referentienummer").asString()).isEqualTo(referentienummer);
        assertThat(data.path("naam").asString()).isEqualTo("Piet de Vries");
        assertThat(data.path("digitaalAdres").path("adres").asString()).isEqualTo("piet@example.nl");
        assertThat(data.path("vervolg").asString()).isEqualTo("Een medewerker van Vergunningen belt u terug.");
    }

    @Test
    void aKnownKlantIsConfirmedOnTheirVoorkeurAndACallerWithoutAddressIsNot() {
        String partij = create("/partijen", Bodies.persoon("Karel", "Appel", "999993653"));
        String telefoon = create(
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij", Bodies.ref(partij),
                        "soortDigitaalAdres", "telefoonnummer",
                        "adres", "0201234567"));
        create(
                "/digitaleadressen",
                Map.of(
                        "verstrektDoorPartij",
                        Bodies.ref(partij),
                        "soortDigitaalAdres",
                        "email",
                        "adres",
                        "karel@example.nl"));
        api().body(Map.of("voorkeursDigitaalAdres", Bodies.ref(telefoon)))
                .patch("/partijen/" + partij)
                .then()
                .statusCode(200);
        String medewerker = create(
                "/actoren", Map.of("naam", "Nicole Bakker", "soortActor", "medewerker", "indicatieActief", true));
        extended()
                .body(Map.of(
                        "klantcontact", Bodies.with(Bodies.klantcontact(), "kanaal", "email"),
                        "betrokkene", Map.of("wasPartij", Bodies.ref(partij), "rol", "klant", "initiator", true),
                        "interneTaak",
                                Map.of(
                                        "gevraagdeHandeling", "Vraag beantwoorden",
                                        "toegewezenAanActoren", List.of(Bodies.ref(medewerker)),
                                        "status", "te_verwerken")))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201);

        JsonNode data = eenBevestiging().path("data");
        assertThat(data.path("naam").asString()).isEqualTo("Karel Appel");
        assertThat(data.path("digitaalAdres").path("adres").asString()).isEqualTo("0201234567");
        assertThat(data.path("digitaalAdres").path("soortDigitaalAdres").asString())
                .isEqualTo("telefoonnummer");
        // A medewerker is not named to the klant; a klantcontact without any number has none to quote.
        assertThat(data.path("vervolg").asString())
                .isEqualTo("Een medewerker van de gemeente beantwoordt uw vraag per e-mail.");
        assertThat(data.has("referentienummer")).isFalse();

        RECEIVER.reset();
        String anoniem = create("/klantcontacten", Bodies.klantcontact());
        create("/betrokkenen", Map.of("hadKlantcontact", Bodies.ref(anoniem), "rol", "klant", "initiator", true));
        create(
                "/internetaken",
                Map.of(
                        "aanleidinggevendKlantcontact",
                        Bodies.ref(anoniem),
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "toegewezenAanActoren",
                        List.of(Bodies.ref(medewerker)),
                        "status",
                        "te_verwerken"));
        Eventually.await(
                "the changes delivered",
                Duration.ofSeconds(30),
                () -> RECEIVER.accepted(EVENTS).stream()
                        .anyMatch(r -> r.json().path("type").asString().endsWith("internetaak.create")));
        assertThat(RECEIVER.received(BEVESTIGINGEN)).isEmpty();
    }

    private JsonNode eenBevestiging() {
        Eventually.await(
                "a confirmation delivered",
                Duration.ofSeconds(30),
                () -> !RECEIVER.accepted(BEVESTIGINGEN).isEmpty(),
                () -> jdbc.sql("select destination, status, attempts, last_error from notificatie_outbox order by id")
                        .query()
                        .listOfRows());
        assertThat(RECEIVER.accepted(BEVESTIGINGEN)).hasSize(1);
        return RECEIVER.accepted(BEVESTIGINGEN).getFirst().json();
    }

    private String create(String path, Map<String, Object> body) {
        return api().body(body).post(path).then().statusCode(201).extract().path("uuid");
    }
}
