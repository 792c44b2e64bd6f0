package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A round through the werkplek as medewerkers work in it, case by case of the standard (C0992, C9167, C4161, C2984,
 * C1199, C6114, A8694): every screen reached, including each htmx swap that shows new
 * content, is read as the medewerker reads it and must show no raw register values: no uuids, no ISO or UTC times, no
 * field names of the API, no codes instead of words (nld, true/false, snake_case codes, JSON).
 *
 * <p>A screen that shows a raw value does not stop the round: {@link #geenRauweWaarden(String)} notes every raw value
 * of every screen, and the test fails at its end with all of them, so that one run names every screen to fix.
 */
class RondgangIT extends BrowserIT {

    private static final String UUID_RE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** What a medewerker must never read, by what it is. */
    private static final List<Map.Entry<String, Pattern>> RAUW = List.of(
            Map.entry("uuid", Pattern.compile(UUID_RE)),
            Map.entry("ISO-tijd", Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}")),
            Map.entry("ISO-datum", Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])")),
            Map.entry(
                    "tijd met zone",
                    Pattern.compile("\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z\\b|\\+\\d{2}:?\\d{2})"
                            + "|\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?-\\d{2}:\\d{2}")),
            Map.entry("UTC", Pattern.compile("\\b(?:UTC|GMT)\\b")),
            Map.entry("camelCase", Pattern.compile("\\b[a-z]+(?:[A-Z][a-z0-9]*)+\\b")),
            Map.entry("snake_case", Pattern.compile("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b")),
            Map.entry("taalcode", Pattern.compile("\\bnld\\b")),
            Map.entry("true/false/null", Pattern.compile("\\b(?:true|false|null)\\b")),
            Map.entry("JSON", Pattern.compile("\\{\\s*\"|\\[\\s*\\{|\"\\s*:\\s*[\\[{\"]")));

    /** Dutch words that are written in camelCase themselves. */
    private static final Set<String> GEWONE_WOORDEN = Set.of("eHerkenning", "iDEAL");

    /** The names of the tokens the test support makes for itself (ApiIT): test data, not the register's values. */
    private static final Pattern TESTTOKEN = Pattern.compile("(?:tests|beperkt)-" + UUID_RE);

    @Autowired
    ApiTokens tokens;

    private final List<String> bevindingen = new ArrayList<>();
    private final List<String> schermen = new ArrayList<>();
    private String test = "";

    private UUID kcc;
    private UUID vergunningen;
    private UUID openbareRuimte;
    private UUID nicole;
    private String nicoleWachtwoord;
    private String veraWachtwoord;
    private String kiss;
    private String mailbox;

    @BeforeEach
    void seed(TestInfo info) {
        test = info.getTestMethod().orElseThrow().getName();
        kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        openbareRuimte = actor("Openbare ruimte", "organisatorische_eenheid");
        nicole = actor("Nicole van Dijk", "medewerker");
        nicoleWachtwoord = account("nicole", "Nicole van Dijk", nicole, List.of(kcc), false);
        veraWachtwoord =
                account("vera", "Vera Jansen", actor("Vera Jansen", "medewerker"), List.of(vergunningen), false);
        // The applications that registered what the medewerkers find, under the names the audit trail shows.
        kiss = tokenFor("kiss", Set.of(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN));
        mailbox = tokenFor("mailbox-info", Set.of(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN));
    }

    /** Every raw value of every screen of the test, at once. */
    @AfterEach
    void geenSchermMetRauweWaarden() {
        System.out.printf(
                "RONDGANG %s: %d schermen, %d met bevindingen%n%s%n",
                test, schermen.size(), bevindingen.size(), String.join("\n", schermen));
        assertThat(bevindingen)
                .as("Schermen van %s met rauwe registerwaarden:%n%s%n", test, String.join("\n", bevindingen))
                .isEmpty();
    }

    /** C0992: a klant calls with a question the KCC answers at once; the contact is in the klantbeeld afterwards. */
    @Test
    void c0992EenVraagDieDirectWordtBeantwoord() {
        karel();

        login("nicole", nicoleWachtwoord);
        assertThat(kop()).hasText("Contact opnemen");
        scherm("c0992-01-contact-opnemen");

        page.getByLabel("Zoeken op").selectOption("bsn");
        page.getByLabel("Zoekterm").fill("999990019");
        knop("Zoeken").click();
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        scherm("c0992-02-klant-gevonden");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Karel van Deurne"))
                .click();
        assertThat(kop()).hasText("Klantbeeld: Karel van Deurne");
        scherm("c0992-03-klantbeeld");

        page.locator("#notitieblok summary").click();
        page.getByLabel("Notities bij dit gesprek").fill("Karel belt over het milieustation.");
        assertThat(page.locator("#notitieblok-status")).containsText("Uw invoer is bewaard");
        scherm("c0992-04-notitieblok");

        link("Contact registreren").click();
        assertThat(kop()).hasText("Contact registreren");
        scherm("c0992-05-contact-registreren");

        // Without an onderwerp nothing is stored, and the form says why.
        page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true))
                .fill("Wanneer is het milieustation op zaterdag open?");
        knop("Contact opslaan").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is niets opgeslagen");
        scherm("c0992-06-contact-registreren-fout");

        page.getByLabel("Onderwerp").fill("Openingstijden milieustation");
        page.getByLabel("Antwoord", new Page.GetByLabelOptions().setExact(true)).fill("Op zaterdag van 9 tot 16 uur.");
        page.getByLabel("Gespreksresultaat").selectOption(new SelectOption().setLabel("Zelfstandig afgehandeld"));
        page.getByLabel("Afdeling", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Openbare ruimte"));
        knop("Contact opslaan").click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Het contact is geregistreerd");
        assertThat(kop()).hasText("Klantcontact: Openingstijden milieustation");
        scherm("c0992-07-klantcontact");

        link("Geschiedenis van dit contact").click();
        assertThat(kop()).containsText("Geschiedenis van");
        assertThat(page.getByText("Door Nicole van Dijk (werkplek)").first()).isVisible();
        scherm("c0992-08-geschiedenis-klantcontact");

        page.goBack();
        page.getByRole(AriaRole.MAIN)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Karel van Deurne"))
                .click();
        assertThat(page.locator("section[aria-labelledby=historie-titel]"))
                .containsText("Openingstijden milieustation");
        scherm("c0992-09-klantbeeld-met-het-contact");

        link("Klantcontact zoeken").click();
        assertThat(kop()).hasText("Klantcontact zoeken");
        scherm("c0992-10-klantcontact-zoeken");
        page.getByLabel("Zoeken op").selectOption("partij");
        page.getByLabel("Zoekterm").fill("999990019");
        knop("Zoeken").click();
        assertThat(page.getByText("2 klantcontacten gevonden.")).isVisible();
        scherm("c0992-11-klantcontacten-van-de-klant");
    }

    /**
     * C9167: a caller the register does not know asks what the KCC cannot answer; a terugbelverzoek goes to
     * Vergunningen, with the number to call (variant A: an ongekende persoon).
     */
    @Test
    void c9167EenTerugbelverzoekVoorEenAfdeling() {
        String morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        login("nicole", nicoleWachtwoord);
        link("Verder zonder bekende klant").click();
        assertThat(kop()).hasText("Contact registreren");
        scherm("c9167-01-contact-zonder-klant");

        page.getByLabel("Onderwerp").fill("Vergunning voor een dakkapel");
        page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true))
                .fill("Is een vergunning nodig voor een dakkapel aan de voorkant?");
        page.getByLabel("Voornaam").fill("Karel");
        page.getByLabel("Voorvoegsel").fill("van");
        page.getByLabel("Achternaam").fill("Deurne");
        page.getByLabel("Telefoonnummer", new Page.GetByLabelOptions().setExact(true))
                .fill("0612345678");
        page.getByLabel("Omschrijving", new Page.GetByLabelOptions().setExact(true))
                .fill("mobiel");
        page.getByLabel("Terugbelverzoek maken (interne taak)").check();
        assertThat(page.getByLabel("Voor afdeling, groep of medewerker")).isVisible();
        scherm("c9167-02-terugbelverzoek-velden");

        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vergunning");
        page.getByLabel("Toelichting voor de collega").fill("Klant is bereikbaar tot 17 uur.");
        page.getByLabel("Uiterlijk klaar op (optioneel)").fill(morgen);
        knop("Contact opslaan").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is niets opgeslagen");
        scherm("c9167-03-terugbelverzoek-fout");

        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vergunningen (Afdeling)");
        knop("Contact opslaan").click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Het contact en het terugbelverzoek zijn geregistreerd.");
        assertThat(page.locator("section[aria-labelledby=taken-titel]")).containsText("Vergunningen");
        scherm("c9167-04-klantcontact-met-taak");

        page.locator("section[aria-labelledby=taken-titel]")
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(kop()).hasText("Taak: Terugbellen");
        assertThat(page.getByText("0612345678")).isVisible();
        scherm("c9167-05-taak");

        link("Geschiedenis van de taak").click();
        assertThat(kop()).containsText("Geschiedenis van");
        scherm("c9167-06-geschiedenis-taak");

        page.goBack();
        link("Vergunning voor een dakkapel").click();
        link("Geschiedenis van dit contact").click();
        assertThat(kop()).containsText("Geschiedenis van");
        scherm("c9167-07-geschiedenis-klantcontact");

        // The next call is cut off halfway: the werkplek keeps what was typed and offers it again.
        link("Contact opnemen").click();
        link("Verder zonder bekende klant").click();
        page.getByLabel("Onderwerp").fill("Vraag over de hondenbelasting");
        assertThat(page.locator("#concept-status")).containsText("Uw invoer is bewaard");
        scherm("c9167-08-invoer-bewaard");
        link("Contact opnemen").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niet opgeslagen contact")))
                .isVisible();
        scherm("c9167-09-niet-opgeslagen-contact");
        link("Verder met dit contact").click();
        assertThat(page.getByLabel("Onderwerp")).hasValue("Vraag over de hondenbelasting");
        scherm("c9167-10-verder-met-het-contact");
    }

    /**
     * C4161: a klant who is known calls and is authenticated; the klantbeeld shows their data, contacts, open tasks,
     * digitale adressen and the zaken their contacts were about.
     */
    @Test
    void c4161EenBekendeKlantEnHetKlantbeeld() {
        UUID karel = karel();
        UUID overDeZaak = klantcontact(
                karel,
                "Bezwaar tegen de WOZ-waarde",
                "2026-02-03T10:15:00+01:00",
                Map.of(
                        "onderwerpobjectidentificator",
                        Map.of(
                                "objectId", "ZAAK-2026-0042",
                                "codeObjecttype", "zaak",
                                "codeRegister", "openzaak",
                                "codeSoortObjectId", "identificatie")));
        taakVoor(overDeZaak, "Terugbellen", "Klant wil weten hoe het met het bezwaar staat.", vergunningen);
        // A zaak as the case tests link one (KccCase.zaak): by its uuid in the Zaken API.
        klantcontact(
                karel,
                "Melding losliggende tegels",
                "2026-02-10T14:40:00+01:00",
                Map.of(
                        "onderwerpobjectidentificator",
                        Map.of(
                                "objectId", UUID.randomUUID().toString(),
                                "codeObjecttype", "zaak",
                                "codeRegister", "open-zaak",
                                "codeSoortObjectId", "uuid")));

        login("nicole", nicoleWachtwoord);
        page.getByLabel("Zoeken op").selectOption("telefoon");
        page.getByLabel("Zoekterm").fill("06 12345678");
        knop("Zoeken").click();
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        scherm("c4161-01-klant-gevonden-op-telefoonnummer");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Karel van Deurne"))
                .click();
        assertThat(kop()).hasText("Klantbeeld: Karel van Deurne");
        assertThat(page.locator("section[aria-labelledby=adressen-titel]")).containsText("karel@example.nl");
        assertThat(page.locator("section[aria-labelledby=taken-titel]")).containsText("Bezwaar tegen de WOZ-waarde");
        assertThat(page.locator("section[aria-labelledby=zaken-titel]")).containsText("ZAAK-2026-0042");
        assertThat(page.locator("section[aria-labelledby=historie-titel]")).containsText("Melding losliggende tegels");
        scherm("c4161-02-klantbeeld");

        page.locator("section[aria-labelledby=taken-titel]")
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(kop()).hasText("Taak: Terugbellen");
        scherm("c4161-03-taak-uit-het-klantbeeld");

        link("Klantbeeld openen").click();
        page.locator("section[aria-labelledby=zaken-titel] li", new Page.LocatorOptions().setHasText("ZAAK-2026-0042"))
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(kop()).hasText("Klantcontact: Bezwaar tegen de WOZ-waarde");
        assertThat(page.getByText("Zaak ZAAK-2026-0042")).isVisible();
        scherm("c4161-04-klantcontact-over-de-zaak");

        page.goBack();
        page.locator(
                        "section[aria-labelledby=zaken-titel] li",
                        new Page.LocatorOptions().setHasNotText("ZAAK-2026-0042"))
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(kop()).hasText("Klantcontact: Melding losliggende tegels");
        scherm("c4161-05-klantcontact-over-een-zaak-met-uuid");

        page.goBack();
        link("Geschiedenis").click();
        assertThat(kop()).containsText("Geschiedenis van");
        scherm("c4161-06-geschiedenis-partij");

        link("Klantcontact zoeken").click();
        page.getByLabel("Zoeken op").selectOption("zaak");
        page.getByLabel("Zoekterm").fill("ZAAK-2026-0042");
        knop("Zoeken").click();
        page.waitForURL(Pattern.compile(".*zoekOp=zaak.*"));
        assertThat(page.locator("#resultaten")).containsText("gevonden");
        scherm("c4161-07-klantcontacten-over-de-zaak");
        // The contact about the zaak, found above in the klantbeeld, is found by the zaak's number too.
        assertThat(page.getByText("1 klantcontact gevonden.")).isVisible();
    }

    /** C2984: Vergunningen calls the klant back on the KCC's request: the inbox, taking the task up, two calls. */
    @Test
    void c2984EenMedewerkerBeltDeKlantTerug() {
        UUID karel = karel();
        UUID vraag = klantcontact(karel, "Vergunning voor een overkapping", "2026-03-02T11:05:00+01:00", null);
        taakVoor(vraag, "Terugbellen", "Klant is bereikbaar tot 17 uur.", vergunningen);

        login("vera", veraWachtwoord);
        link("Mijn taken").click();
        assertThat(kop()).hasText("Mijn taken");
        assertThat(page.locator("tbody tr").first()).containsText("Vergunning voor een overkapping");
        scherm("c2984-01-mijn-taken");

        page.getByLabel("Taken van").selectOption(new SelectOption().setLabel("Vergunningen"));
        page.waitForURL(Pattern.compile(".*voor=.*"));
        assertThat(page.locator("#takenlijst tbody tr").first()).containsText("Karel van Deurne");
        scherm("c2984-02-taken-van-de-afdeling");

        page.locator("#takenlijst tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(kop()).hasText("Taak: Terugbellen");
        scherm("c2984-03-taak");

        knop("Ik pak hem op").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("U hebt de taak opgepakt");
        scherm("c2984-04-taak-opgepakt");

        page.getByLabel("Nee, niet bereikt: de taak blijft open").check();
        page.getByLabel("Wat is besproken").fill("Voicemail ingesproken.");
        knop("Terugbelgesprek opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De mislukte terugbelpoging is geregistreerd");
        assertThat(page.getByText("Eerdere terugbelgesprekken")).isVisible();
        scherm("c2984-05-terugbelpoging-mislukt");

        page.getByLabel("Ja, gesproken: de taak is verwerkt").check();
        page.getByLabel("Wat is besproken").fill("Voor deze overkapping geldt alleen een meldingsplicht.");
        knop("Terugbelgesprek opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Het terugbelgesprek is geregistreerd en de taak is verwerkt.");
        scherm("c2984-06-taak-verwerkt");

        link("Klantcontact zoeken").click();
        page.getByLabel("Zoeken op").selectOption("nummer");
        page.getByLabel("Zoekterm").fill(referentienummer(vraag));
        knop("Zoeken").click();
        assertThat(page.getByText("1 klantcontact gevonden.")).isVisible();
        assertThat(page.locator("#resultaten")).containsText("Terugbellen: afgehandeld");
        scherm("c2984-07-klantcontact-gevonden");

        link("Vergunning voor een overkapping").click();
        assertThat(kop()).hasText("Klantcontact: Vergunning voor een overkapping");
        scherm("c2984-08-klantcontact");

        link("Geschiedenis van dit contact").click();
        assertThat(page.getByText("Door Vera Jansen (werkplek)").first()).isVisible();
        scherm("c2984-09-geschiedenis-klantcontact");

        page.goBack();
        page.locator("section[aria-labelledby=taken-titel]")
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(page.locator("dt:text-is('Status') + dd")).hasText("Verwerkt");
        scherm("c2984-10-verwerkte-taak");

        link("Geschiedenis van de taak").click();
        assertThat(kop()).containsText("Geschiedenis van");
        scherm("c2984-11-geschiedenis-taak");
    }

    /**
     * C1199: the mailbox software registered a mail with its attachments and a task for the KCC; a KCC medewerker
     * answers it by e-mail and so closes the task.
     */
    @Test
    void c1199EenMailDieHetKccBeantwoordt() {
        UUID verwerking = UUID.fromString(als(kiss)
                .body(Map.of(
                        "naam",
                        "E-mailverwerking info@",
                        "soortActor",
                        "geautomatiseerde_actor",
                        "indicatieActief",
                        true))
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
        var gemaakt = als(mailbox)
                .body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal", "e-mail",
                                "onderwerp", "Ophaalschema vuilnis",
                                "inhoud",
                                        "LS, Ik vraag me af wanneer het huisvuil wordt opgehaald rond 1e kerstdag."
                                                + " Met vriendelijke groet, Jan Janssen",
                                "indicatieContactGelukt", true,
                                "taal", "nld",
                                "vertrouwelijk", false,
                                "plaatsgevondenOp", "2026-11-20T09:12:00+01:00"),
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
                                        "achternaam", "Janssen")),
                        "actoren",
                        List.of(Map.of("uuid", verwerking)),
                        "digitaleAdressen",
                        List.of(Map.of(
                                "soortDigitaalAdres",
                                "email",
                                "adres",
                                "jan.janssen@example.nl",
                                "omschrijving",
                                "Afzender ontvangen e-mail")),
                        "interneTaak",
                        Map.of(
                                "gevraagdeHandeling", "Lezen en bepalen benodigde actie",
                                "toelichting", "Aangemaakt naar aanleiding van een ontvangen e-mail",
                                "status", "te_verwerken",
                                "toegewezenAanActoren", List.of(Map.of("uuid", kcc)))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract();
        String mail = gemaakt.path("klantcontact.uuid");
        // The mail itself and its attachment are informatieobjecten in the Documenten API.
        for (int i = 0; i < 2; i++) {
            als(mailbox)
                    .body(Map.of(
                            "wasBijlageVanKlantcontact",
                            Map.of("uuid", mail),
                            "bijlageidentificator",
                            Map.of(
                                    "objectId", UUID.randomUUID().toString(),
                                    "codeObjecttype", "informatieobject",
                                    "codeRegister", "documentenregister",
                                    "codeSoortObjectId", "uuid")))
                    .post("/bijlagen")
                    .then()
                    .statusCode(201);
        }

        login("nicole", nicoleWachtwoord);
        link("Mijn taken").click();
        assertThat(page.locator("tbody tr").first()).containsText("Ophaalschema vuilnis");
        scherm("c1199-01-mijn-taken");

        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Beantwoorden en afronden")))
                .isVisible();
        assertThat(page.getByText("jan.janssen@example.nl")).isVisible();
        scherm("c1199-02-taak-beantwoorden");

        knop("Antwoord opslaan en taak afronden").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Schrijf het antwoord aan de klant.");
        scherm("c1199-03-taak-beantwoorden-fout");

        page.getByLabel("Antwoord aan de klant").fill("Rond kerst wordt het huisvuil op zaterdag opgehaald.");
        knop("Antwoord opslaan en taak afronden").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het antwoord is geregistreerd en de taak is verwerkt.");
        scherm("c1199-04-beantwoord");

        link("Klantcontact zoeken").click();
        page.getByLabel("Zoeken op").selectOption("adres");
        page.getByLabel("Zoekterm").fill("jan.janssen@example.nl");
        knop("Zoeken").click();
        assertThat(page.getByText("1 klantcontact gevonden.")).isVisible();
        scherm("c1199-05-klantcontact-gevonden-op-e-mailadres");

        link("Ophaalschema vuilnis").click();
        assertThat(kop()).hasText("Klantcontact: Ophaalschema vuilnis");
        assertThat(page.getByText("E-mailverwerking info@")).isVisible();
        scherm("c1199-06-de-mail");

        link("Geschiedenis van dit contact").click();
        assertThat(page.getByText("Door applicatie mailbox-info").first()).isVisible();
        scherm("c1199-07-geschiedenis-van-de-mail");
    }

    /**
     * C6114: the KCC routed a call-back wrongly; Vergunningen sends it back (variant A), the KCC routes it on to
     * Openbare ruimte (variant B), and the contact's history tells it all.
     */
    @Test
    void c6114EenVerkeerdeRouteringVanuitHetKcc() {
        UUID karel = karel();
        UUID vraag = klantcontact(karel, "Losliggende stoeptegels", "2026-03-09T08:50:00+01:00", null);
        taakVoor(vraag, "Terugbellen", "Tegels liggen los voor nummer 12.", vergunningen);

        login("vera", veraWachtwoord);
        link("Mijn taken").click();
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(kop()).hasText("Taak: Terugbellen");
        scherm("c6114-01-taak-bij-vergunningen");

        knop("Terugsturen naar KCC").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef een toelichting");
        scherm("c6114-02-terugsturen-fout");

        page.getByLabel("Toelichting").nth(1).fill("Dit is voor Openbare ruimte, niet voor Vergunningen.");
        knop("Terugsturen naar KCC").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De taak is teruggestuurd naar KCC en hier afgesloten.");
        scherm("c6114-03-teruggestuurd");
        logout();

        login("nicole", nicoleWachtwoord);
        link("Mijn taken").click();
        assertThat(page.locator("tbody tr").first()).containsText("Opnieuw routeren");
        scherm("c6114-04-mijn-taken-kcc");

        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(kop()).hasText("Taak: Opnieuw routeren");
        scherm("c6114-05-taak-opnieuw-routeren");

        page.getByLabel("Naar afdeling of medewerker")
                .selectOption(new SelectOption().setLabel("Openbare ruimte (Afdeling)"));
        page.getByLabel("Toelichting").fill("Graag de klant terugbellen over de stoeptegels.");
        knop("Doorsturen").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("De taak is doorgestuurd naar Openbare ruimte en hier afgesloten.");
        scherm("c6114-06-doorgestuurd");

        link("Klantcontact zoeken").click();
        page.getByLabel("Zoeken op").selectOption("nummer");
        page.getByLabel("Zoekterm").fill(referentienummer(vraag));
        knop("Zoeken").click();
        assertThat(page.getByText("1 klantcontact gevonden.")).isVisible();
        scherm("c6114-07-klantcontact-gevonden");

        link("Losliggende stoeptegels").click();
        assertThat(page.locator("section[aria-labelledby=taken-titel] li")).hasCount(3);
        scherm("c6114-08-klantcontact-met-drie-taken");

        link("Geschiedenis van dit contact").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(Pattern.compile("teruggestuurd naar KCC"))))
                .hasCount(1);
        scherm("c6114-09-geschiedenis-klantcontact");

        page.goBack();
        page.locator(
                        "section[aria-labelledby=taken-titel] li",
                        new Page.LocatorOptions().setHasText(Pattern.compile("\\bVerwerkt\\b")))
                .first()
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(page.locator("dt:text-is('Status') + dd")).hasText("Verwerkt");
        scherm("c6114-10-afgesloten-taak");

        link("Geschiedenis van de taak").click();
        assertThat(kop()).containsText("Geschiedenis van");
        scherm("c6114-11-geschiedenis-afgesloten-taak");
    }

    /**
     * A8694: the history of a partij, a klantcontact and a task as a medewerker reads it, after changes by the
     * werkplek and by another application.
     */
    @Test
    void a8694DeGeschiedenisVanPartijKlantcontactEnTaak() {
        login("nicole", nicoleWachtwoord);
        page.getByLabel("Zoekterm").fill("111222333");
        knop("Zoeken").click();
        assertThat(page.getByText("Geen klant gevonden.")).isVisible();
        scherm("a8694-01-geen-klant-gevonden");

        link("Nieuwe klant registreren").click();
        scherm("a8694-02-nieuwe-klant");
        page.getByLabel("BSN").fill("111222333");
        page.getByLabel("Voornaam").fill("Anna");
        page.getByLabel("Achternaam").fill("Bakker");
        page.getByLabel("Telefoonnummer (optioneel)").fill("0201234567");
        knop("Klant registreren").click();
        assertThat(kop()).hasText("Klantbeeld: Anna Bakker");
        scherm("a8694-03-klantbeeld-nieuwe-klant");
        UUID anna = UUID.fromString(page.url().replaceAll(".*/partijen/([^?]+).*", "$1"));

        // KISS adds what the klant told there: an e-mailadres, a visiting address and English as her language.
        als(kiss)
                .body(Map.of(
                        "verstrektDoorPartij",
                        Map.of("uuid", anna),
                        "soortDigitaalAdres",
                        "email",
                        "adres",
                        "anna.bakker@example.nl",
                        "omschrijving",
                        "privé"))
                .post("/digitaleadressen")
                .then()
                .statusCode(201);
        als(kiss)
                .body(Map.of(
                        "voorkeurstaal",
                        "eng",
                        "bezoekadres",
                        Map.of(
                                "straatnaam", "Dorpsstraat",
                                "huisnummer", 7,
                                "postcode", "3552 RA",
                                "stad", "Utrecht",
                                "land", "NL")))
                .patch("/partijen/" + anna)
                .then()
                .statusCode(200);

        page.reload();
        link("Contact registreren").click();
        page.getByLabel("Onderwerp").fill("Verhuizing en parkeervergunning");
        page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true))
                .fill("Kan de parkeervergunning mee naar het nieuwe adres?");
        page.getByLabel("Terugbelverzoek maken (interne taak)").check();
        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vergunningen (Afdeling)");
        page.getByLabel("Toelichting voor de collega").fill("Klant spreekt liever Engels.");
        knop("Contact opslaan").click();
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS))
                .containsText("Het contact en het terugbelverzoek zijn geregistreerd.");
        String contact = page.url().replaceAll(".*/klantcontacten/", "");
        logout();

        login("vera", veraWachtwoord);
        link("Mijn taken").click();
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        knop("Ik pak hem op").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("U hebt de taak opgepakt");
        knop("Vrijgeven voor de afdeling").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De taak is weer voor de hele afdeling.");
        page.getByLabel("Naar afdeling of medewerker")
                .selectOption(new SelectOption().setLabel("Nicole van Dijk (Medewerker)"));
        page.getByLabel("Toelichting").first().fill("Nicole kent deze klant.");
        knop("Doorsturen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("doorgestuurd naar Nicole van Dijk");
        logout();

        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/klantcontacten/" + contact));
        assertThat(kop()).hasText("Klantcontact: Verhuizing en parkeervergunning");
        scherm("a8694-04-klantcontact");

        link("Geschiedenis van dit contact").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(Pattern.compile("opgepakt door Vera Jansen"))))
                .hasCount(1);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(Pattern.compile("doorgestuurd naar Nicole van Dijk"))))
                .hasCount(1);
        scherm("a8694-05-geschiedenis-klantcontact");

        page.goBack();
        page.getByRole(AriaRole.MAIN)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Anna Bakker"))
                .click();
        assertThat(kop()).hasText("Klantbeeld: Anna Bakker");
        scherm("a8694-06-klantbeeld-na-wijzigingen");

        link("Geschiedenis").click();
        assertThat(page.getByText("Door applicatie kiss").first()).isVisible();
        assertThat(page.getByText("Door Nicole van Dijk (werkplek)").first()).isVisible();
        scherm("a8694-07-geschiedenis-partij");

        link("Mijn taken").click();
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("dt:text-is('Voor') + dd")).hasText("Nicole van Dijk");
        scherm("a8694-08-doorgestuurde-taak");

        link("Geschiedenis van de taak").click();
        assertThat(kop()).containsText("Geschiedenis van");
        scherm("a8694-09-geschiedenis-doorgestuurde-taak");

        page.navigate(werkplek("/klantcontacten/" + contact));
        page.locator(
                        "section[aria-labelledby=taken-titel] li",
                        new Page.LocatorOptions().setHasText(Pattern.compile("\\bVerwerkt\\b")))
                .first()
                .getByRole(AriaRole.LINK)
                .click();
        link("Geschiedenis van de taak").click();
        assertThat(kop()).containsText("Geschiedenis van");
        scherm("a8694-10-geschiedenis-eerste-taak");
    }

    /**
     * The screen as it is now, read as the medewerker reads it: no raw register values in its visible text.
     * Accessibility (axe-core) and screenshots are the work of each screen's own test.
     */
    private void scherm(String naam) {
        geenRauweWaarden(naam);
    }

    /**
     * Notes every raw register value in the visible text of the page as it is now (the page's title and the body's
     * rendered text, visually hidden text for screen readers included): the test fails on them at its end, naming
     * the screen, its address and each offending string in its context.
     */
    private void geenRauweWaarden(String scherm) {
        page.waitForLoadState();
        String tekst = page.title() + "\n" + page.locator("body").innerText();
        for (var token : tokens.list()) {
            if (TESTTOKEN.matcher(token.name()).matches()) {
                tekst = tekst.replace(token.name(), "«testtoken»");
            }
        }
        var gevonden = new ArrayList<String>();
        for (var soort : RAUW) {
            Matcher m = soort.getValue().matcher(tekst);
            while (m.find()) {
                if (soort.getKey().equals("camelCase") && GEWONE_WOORDEN.contains(m.group())) {
                    continue;
                }
                gevonden.add(soort.getKey() + " «" + m.group() + "» in \"" + context(tekst, m.start(), m.end()) + "\"");
            }
        }
        schermen.add(String.format(
                "  %-45s %-45s %s", scherm, pad(), gevonden.isEmpty() ? "ok" : gevonden.size() + " rauw"));
        if (!gevonden.isEmpty()) {
            bevindingen.add(scherm + " [" + pad() + "]:\n    "
                    + gevonden.stream().distinct().collect(Collectors.joining("\n    ")));
        }
    }

    private static String context(String tekst, int begin, int einde) {
        return tekst.substring(Math.max(0, begin - 40), Math.min(tekst.length(), einde + 40))
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The address of the page, without the host, with the uuids in it as {uuid}. */
    private String pad() {
        return page.url().replaceFirst("^https?://[^/]+", "").replaceAll(UUID_RE, "{uuid}");
    }

    private Locator kop() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator knop(String naam) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
    }

    private Locator link(String naam) {
        return page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(naam).setExact(true))
                .first();
    }

    /** A request to the Klantinteracties API as the application with this key. */
    private RequestSpecification als(String key) {
        return anonymous()
                .basePath(ApiPaths.KLANTINTERACTIES)
                .header("Authorization", "Token " + key)
                .contentType(ContentType.JSON);
    }

    /**
     * Karel van Deurne as KISS registered him after an authentication: BSN, address, Dutch, a telephone number he
     * prefers and an e-mailadres, and a contact of last year.
     */
    private UUID karel() {
        UUID partij = UUID.fromString(als(kiss)
                .body(Map.of(
                        "soortPartij",
                        "persoon",
                        "indicatieActief",
                        true,
                        "voorkeurstaal",
                        "nld",
                        "partijIdentificatie",
                        Map.of(
                                "contactnaam",
                                Map.of(
                                        "voorletters", "K",
                                        "voornaam", "Karel",
                                        "voorvoegselAchternaam", "van",
                                        "achternaam", "Deurne")),
                        "bezoekadres",
                        Map.of(
                                "straatnaam", "Dennenstraat",
                                "huisnummer", 35,
                                "postcode", "3552 RA",
                                "stad", "Utrecht",
                                "land", "NL"),
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
        String telefoon = digitaalAdres(partij, "telefoonnummer", "0612345678", "mobiel");
        digitaalAdres(partij, "email", "karel@example.nl", "");
        als(kiss)
                .body(Map.of("voorkeursDigitaalAdres", Map.of("uuid", telefoon)))
                .patch("/partijen/" + partij)
                .then()
                .statusCode(200);
        klantcontact(partij, "Afvalinzameling rond kerst", "2025-12-20T10:00:00+01:00", null);
        return partij;
    }

    private String digitaalAdres(UUID partij, String soort, String adres, String omschrijving) {
        return als(kiss)
                .body(Map.of(
                        "verstrektDoorPartij",
                        Map.of("uuid", partij),
                        "soortDigitaalAdres",
                        soort,
                        "adres",
                        adres,
                        "omschrijving",
                        omschrijving,
                        "isStandaardAdres",
                        true))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    /** A telephone contact of the klant as KISS registers it, with a referentienummer; about a zaak if given. */
    private UUID klantcontact(
            UUID partij, String onderwerp, String plaatsgevonden, Map<String, Object> onderwerpobject) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put(
                "klantcontact",
                Map.of(
                        "kanaal",
                        "telefoon",
                        "onderwerp",
                        onderwerp,
                        "referentienummer",
                        "26" + (100000 + Math.abs(onderwerp.hashCode() % 900000)),
                        "inhoud",
                        "De klant vroeg: " + onderwerp.toLowerCase(java.util.Locale.ROOT) + ".",
                        "indicatieContactGelukt",
                        true,
                        "taal",
                        "nld",
                        "vertrouwelijk",
                        false,
                        "plaatsgevondenOp",
                        plaatsgevonden));
        body.put("betrokkene", Map.of("wasPartij", Map.of("uuid", partij), "rol", "klant", "initiator", true));
        if (onderwerpobject != null) {
            body.put("onderwerpobject", onderwerpobject);
        }
        return UUID.fromString(als(kiss)
                .body(body)
                .post("/maak-klantcontact")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid"));
    }

    private void taakVoor(UUID klantcontact, String handeling, String toelichting, UUID actor) {
        als(kiss)
                .body(Map.of(
                        "aanleidinggevendKlantcontact",
                        Map.of("uuid", klantcontact),
                        "gevraagdeHandeling",
                        handeling,
                        "toelichting",
                        toelichting,
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", actor)),
                        "status",
                        "te_verwerken"))
                .post("/internetaken")
                .then()
                .statusCode(201);
    }

    private String referentienummer(UUID klantcontact) {
        return jdbc.sql("select referentienummer from klantcontact where uuid = ?")
                .param(klantcontact)
                .query(String.class)
                .single();
    }
}
