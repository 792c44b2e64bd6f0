package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The werkplek as medewerkers use it: a KCC employee takes a call from a known resident, sees the klantbeeld and
 * registers a question with a terugbelverzoek for Vergunningen (C4161, C9167); a Vergunningen employee sees the task
 * on top of the list, calls back and closes it (C2984); another task goes back to the KCC (C6114); a colleague adds
 * the answer to a contact found by its nummer (C0534). Each step checks what is on the screen.
 */
class KccWerkplekIT extends BrowserIT {

    private UUID kcc;
    private UUID vergunningen;
    private UUID nicole;
    private UUID vera;
    private UUID karel;
    private String nicoleWachtwoord;
    private String veraWachtwoord;

    @BeforeEach
    void seed() {
        kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        nicole = actor("Nicole van Dijk", "medewerker");
        vera = actor("Vera Jansen", "medewerker");
        nicoleWachtwoord = account("nicole", "Nicole van Dijk", nicole, List.of(kcc), false);
        veraWachtwoord = account("vera", "Vera Jansen", vera, List.of(vergunningen), false);
        karel = partij("Karel", "van", "Deurne", "999990019", "0612345678");
    }

    @Test
    void aKnownResidentCallsAndIsCalledBack() {
        login("nicole", nicoleWachtwoord);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contact opnemen")))
                .isVisible();
        screen("01-contact-opnemen");

        page.getByLabel("Zoeken op").selectOption("bsn");
        page.getByLabel("Zoekterm").fill("999990019");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByText("1 klant gevonden.")).isVisible();
        screen("02-klant-gevonden");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Karel van Deurne"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantbeeld: Karel van Deurne");
        assertThat(page.getByText("999990019")).isVisible();
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("0612345678")))
                .containsText("Voorkeur");
        assertThat(page.getByText("Afvalinzameling rond kerst")).isVisible();
        screen("03-klantbeeld");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contact registreren"))
                .click();
        page.getByLabel("Onderwerp").fill("Vraag over de vergunning voor een overkapping");
        page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true))
                .fill("Klant wil een overkapping bouwen en vraagt of daar een vergunning voor nodig is.");
        page.getByLabel("Terugbelverzoek maken (interne taak)").check();
        page.getByLabel("Voor afdeling, groep of medewerker").fill("Vergunningen (Afdeling)");
        page.getByLabel("Toelichting voor de collega").fill("Klant is bereikbaar tot 17 uur.");
        page.getByLabel("Telefoonnummer").fill("12345");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is niets opgeslagen");
        assertThat(page.getByLabel("Telefoonnummer")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Onderwerp")).hasValue("Vraag over de vergunning voor een overkapping");
        assertThat(count("klantcontact")).isEqualTo(1);
        assertThat(count("internetaak")).isZero();
        screen("04-contact-registreren-fout");

        page.getByLabel("Telefoonnummer").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        String jaar = String.valueOf(
                java.time.Year.now(java.time.ZoneId.of("Europe/Amsterdam")).getValue() % 100);
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Het contact en het terugbelverzoek zijn geregistreerd. Referentienummer voor de klant: "
                        + jaar + "000001.");
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText(jaar + "000001")))
                .isVisible();
        assertThat(page.getByText("Vergunningen", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText("Nicole van Dijk")))
                .isVisible();
        screen("05-klantcontact");
        String vraag = page.url().replaceAll(".*/klantcontacten/", "");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geschiedenis van dit contact"))
                .click();
        assertThat(page.getByText("Door Nicole van Dijk (werkplek)").first()).isVisible();
        screen("06-geschiedenis");
        logout();
        assertThat(page.getByText("U bent uitgelogd.")).isVisible();

        login("vera", veraWachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn taken"))
                .click();
        Locator eerste = page.locator("tbody tr").first();
        assertThat(eerste).containsText("Vraag over de vergunning voor een overkapping");
        assertThat(eerste).containsText("Karel van Deurne");
        assertThat(page.locator(".counts")).containsText("1 Vergunningen");
        screen("07-mijn-taken");

        eerste.getByRole(AriaRole.LINK).click();
        assertThat(page.getByText("Klant is bereikbaar tot 17 uur.")).isVisible();
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("0612345678")))
                .containsText("Voorkeur");
        screen("08-taak");

        page.getByLabel("Ja, gesproken: de taak is verwerkt").check();
        page.getByLabel("Wat is besproken").fill("Voor deze overkapping geldt alleen een meldingsplicht.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugbelgesprek opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Het terugbelgesprek is geregistreerd en de taak is verwerkt.");
        assertThat(page.getByText("Er zijn geen openstaande taken.")).isVisible();

        Map<String, Object> taak = jdbc.sql(
                        "select status, afgehandeld_op from internetaak where klantcontact_uuid = ?")
                .param(UUID.fromString(vraag))
                .query()
                .singleRow();
        assertThat(taak.get("status")).isEqualTo("verwerkt");
        assertThat(taak.get("afgehandeld_op")).isNotNull();
        assertThat(jdbc.sql("""
                        select count(*) from onderwerpobject o join klantcontact k on k.uuid = o.klantcontact_uuid
                        join actorklantcontact a on a.klantcontact_uuid = k.uuid
                        where o.was_klantcontact_uuid = ? and a.actor_uuid = ? and k.indicatie_contact_gelukt""")
                        .params(UUID.fromString(vraag), vera)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select distinct user_name from audit_entry where application = 'werkplek'"
                                + " and object_uuid = ?")
                        .param(UUID.fromString(vraag))
                        .query(String.class)
                        .list())
                .containsExactly("Nicole van Dijk");
    }

    /** An identificator taken over from an older Open Klant, with its older codes, is shown as stored. */
    @Test
    void theKlantbeeldShowsAnIdentificatorWithOlderCodes() {
        jdbc.sql("""
                        insert into partij_identificator (uuid, partij_uuid, code_objecttype, code_soort_object_id,
                            object_id, code_register)
                        values (?, ?, 'nnp', 'vtn', '000012345678', 'hr')""").params(UUID.randomUUID(), karel).update();

        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/partijen/" + karel));
        assertThat(page.getByText("vtn 000012345678")).isVisible();
        assertThat(page.getByText("BSN 999990019")).isVisible();
    }

    @Test
    void theKlantbeeldShowsTheZakenOfAllTheKlantsContactsAndTheirOpenTasks() {
        UUID overDeZaak = UUID.fromString(viaApi().body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal", "telefoon",
                                "onderwerp", "Bezwaar tegen de aanslag",
                                "indicatieContactGelukt", true,
                                "taal", "nld",
                                "vertrouwelijk", false,
                                "plaatsgevondenOp", "2024-03-01T10:00:00+01:00"),
                        "betrokkene",
                        Map.of("wasPartij", Map.of("uuid", karel), "rol", "klant", "initiator", true),
                        "onderwerpobject",
                        Map.of(
                                "onderwerpobjectidentificator",
                                Map.of(
                                        "objectId", "ZAAK-2024-0042",
                                        "codeObjecttype", "zaak",
                                        "codeRegister", "openzaak",
                                        "codeSoortObjectId", "identificatie"))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid"));
        taak(overDeZaak, vergunningen, "Bereikbaar tot 17 uur.");
        // A whole page of later history, so that the contact about the zaak is on the next one.
        for (int i = 0; i < 20; i++) {
            klantcontact("Later contact " + i, "2301" + (9000 + i));
        }

        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/partijen/" + karel));
        assertThat(page.getByText("Bezwaar tegen de aanslag")).hasCount(1);
        assertThat(page.locator("section[aria-labelledby=taken-titel]")).containsText("Bezwaar tegen de aanslag");
        assertThat(page.locator("section[aria-labelledby=zaken-titel]")).containsText("Zaak ZAAK-2024-0042");
        assertThat(page.locator("section[aria-labelledby=zaken-titel]")).not().containsText("openzaak");
        assertThat(page.locator("section[aria-labelledby=historie-titel]"))
                .not()
                .containsText("Bezwaar tegen de aanslag");

        // A follow-up about that contact names it by its onderwerp, and the zaak by its number.
        String vervolg = viaApi().body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal", "telefoon",
                                "onderwerp", "Hoe staat het met mijn bezwaar?",
                                "indicatieContactGelukt", true,
                                "taal", "nld",
                                "vertrouwelijk", false,
                                "plaatsgevondenOp", "2024-03-08T10:00:00+01:00"),
                        "onderwerpobject",
                        Map.of("wasKlantcontact", Map.of("uuid", overDeZaak.toString()))))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid");
        page.navigate(werkplek("/klantcontacten/" + vervolg));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eerder contact: Bezwaar tegen de aanslag"))
                .click();
        assertThat(page.getByText("Zaak ZAAK-2024-0042")).isVisible();
        assertThat(page.locator("main")).not().containsText(overDeZaak.toString());
    }

    @Test
    void aTaskThatWasRoutedWronglyGoesBackToTheKcc() {
        UUID klantcontact = klantcontact("Vraag over de hondenbelasting");
        UUID taak = taak(klantcontact, vergunningen, "Bereikbaar tot 17 uur.");

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen naar KCC"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef een toelichting");
        screen("09-taak-terugsturen-fout");

        page.getByLabel("Toelichting").nth(1).fill("Dit gaat over belastingen, niet over vergunningen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugsturen naar KCC"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De taak is teruggestuurd naar KCC en hier afgesloten.");

        var taken = jdbc.sql("""
                        select t.status, t.gevraagde_handeling, t.toelichting, x.actor_uuid from internetaak t
                        join internetaak_actor x on x.internetaak_uuid = t.uuid
                        where t.klantcontact_uuid = ? order by t.status""").param(klantcontact).query().listOfRows();
        assertThat(taken).hasSize(2);
        assertThat(taken.get(0)).containsEntry("status", "te_verwerken").containsEntry("actor_uuid", kcc);
        assertThat(taken.get(0)).containsEntry("gevraagde_handeling", "Opnieuw routeren");
        assertThat(taken.get(1)).containsEntry("status", "verwerkt").containsEntry("actor_uuid", vergunningen);
        assertThat((String) taken.get(1).get("toelichting")).contains("teruggestuurd naar KCC");

        logout();
        login("nicole", nicoleWachtwoord);
        page.navigate(werkplek("/taken"));
        assertThat(page.locator("tbody tr").first()).containsText("Opnieuw routeren");
    }

    @Test
    void aCallBackThatFailsKeepsTheTaskOpenAndItIsForwardedToAColleague() {
        UUID klantcontact = klantcontact("Vraag over een dakkapel");
        UUID taak = taak(klantcontact, vergunningen, "Bereikbaar tot 17 uur.");

        login("vera", veraWachtwoord);
        page.navigate(werkplek("/taken/" + taak));
        page.getByLabel("Nee, niet bereikt: de taak blijft open").check();
        page.getByLabel("Wat is besproken").fill("Voicemail ingesproken.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugbelgesprek opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("De mislukte terugbelpoging is geregistreerd; de taak blijft openstaan.");
        assertThat(page.getByText("Eerdere terugbelgesprekken")).isVisible();
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("Voicemail ingesproken.")))
                .containsText("contact gelukt Nee");

        page.getByLabel("Naar afdeling of medewerker").selectOption(nicole.toString());
        page.getByLabel("Toelichting").first().fill("Nicole kent deze klant.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorsturen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("De taak is doorgestuurd naar Nicole van Dijk en hier afgesloten.");

        var taken = jdbc.sql("""
                        select t.status, t.toelichting, x.actor_uuid from internetaak t
                        join internetaak_actor x on x.internetaak_uuid = t.uuid
                        where t.klantcontact_uuid = ? order by t.status""").param(klantcontact).query().listOfRows();
        assertThat(taken).hasSize(2);
        assertThat(taken.get(0)).containsEntry("status", "te_verwerken").containsEntry("actor_uuid", nicole);
        assertThat((String) taken.get(0).get("toelichting"))
                .contains("Nicole kent deze klant.")
                .contains("Bereikbaar tot 17 uur.");
        assertThat(taken.get(1)).containsEntry("status", "verwerkt").containsEntry("actor_uuid", vergunningen);
        assertThat((String) taken.get(1).get("toelichting"))
                .contains("Bereikbaar tot 17 uur.")
                .contains("Nicole kent deze klant.");
    }

    @Test
    void aColleagueFindsTheContactByItsNumberAndAddsTheAnswer() {
        UUID klantcontact = klantcontact("Vraag over de overkapping");
        taak(klantcontact, vergunningen, "Bereikbaar tot 17 uur.");
        String nummer = "23019182";

        login("vera", veraWachtwoord);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Klantcontact zoeken"))
                .click();
        page.getByLabel("Zoekterm").fill(nummer);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByText("1 klantcontact gevonden.")).isVisible();
        Locator gevonden = page.locator("#resultaten li");
        assertThat(gevonden).containsText("Karel van Deurne");
        assertThat(gevonden).containsText("Taak Terugbellen: nog open");
        screen("10-klantcontact-zoeken");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vraag over de overkapping"))
                .click();
        page.getByLabel("Antwoord toevoegen").fill("Alleen een meldingsplicht.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord toevoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Het antwoord is toegevoegd en u bent aan het contact gekoppeld.");
        assertThat(page.getByText("Alleen een meldingsplicht.")).isVisible();
        screen("11-antwoord-toegevoegd");

        Map<String, Object> stored = jdbc.sql("select inhoud, reactie from klantcontact where uuid = ?")
                .param(klantcontact)
                .query()
                .singleRow();
        assertThat(stored).containsEntry("inhoud", "De vraag van de klant.");
        assertThat(stored).containsEntry("reactie", "Alleen een meldingsplicht.");
        assertThat(jdbc.sql("select count(*) from actorklantcontact where klantcontact_uuid = ? and actor_uuid = ?")
                        .params(klantcontact, vera)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownCallerIsRegisteredAsANewKlantOnATablet() {
        page.setViewportSize(820, 1180);
        login("nicole", nicoleWachtwoord);
        page.getByLabel("Zoekterm").fill("111222333");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(page.getByText("Geen klant gevonden.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe klant registreren"))
                .click();
        page.getByLabel("BSN").fill("123456789");
        page.getByLabel("Achternaam").fill("Bakker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klant registreren"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("elfproef");
        assertThat(count("partij")).isEqualTo(1);
        screen("12-nieuwe-klant-fout");

        page.getByLabel("BSN").fill("111222333");
        page.getByLabel("Telefoonnummer (optioneel)").fill("0201234567");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klant registreren"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantbeeld: Bakker");
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("0201234567")))
                .containsText("Voorkeur");
        screen("13-klantbeeld-tablet");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private UUID partij(String voornaam, String voorvoegsel, String achternaam, String bsn, String telefoonnummer) {
        UUID partij = UUID.fromString(viaApi().body(Map.of(
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
                                        "voornaam", voornaam,
                                        "voorvoegselAchternaam", voorvoegsel,
                                        "achternaam", achternaam)),
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
                                        "objectId", bsn)))))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
        String adres = viaApi().body(Map.of(
                        "verstrektDoorPartij",
                        Map.of("uuid", partij),
                        "soortDigitaalAdres",
                        "telefoonnummer",
                        "adres",
                        telefoonnummer,
                        "isStandaardAdres",
                        true))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        viaApi().body(Map.of("voorkeursDigitaalAdres", Map.of("uuid", adres)))
                .patch("/partijen/" + partij)
                .then()
                .statusCode(200);
        viaApi().body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal", "telefoon",
                                "onderwerp", "Afvalinzameling rond kerst",
                                "inhoud", "Wanneer wordt het afval opgehaald?",
                                "indicatieContactGelukt", true,
                                "taal", "nld",
                                "vertrouwelijk", false,
                                "plaatsgevondenOp", "2025-12-20T10:00:00+01:00"),
                        "betrokkene",
                        Map.of("wasPartij", Map.of("uuid", partij), "rol", "klant", "initiator", true)))
                .post("/maak-klantcontact")
                .then()
                .statusCode(201);
        return partij;
    }

    private UUID klantcontact(String onderwerp) {
        return klantcontact(onderwerp, "23019182");
    }

    private UUID klantcontact(String onderwerp, String referentienummer) {
        return UUID.fromString(viaApi().body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal",
                                "telefoon",
                                "onderwerp",
                                onderwerp,
                                "referentienummer",
                                referentienummer,
                                "inhoud",
                                "De vraag van de klant.",
                                "indicatieContactGelukt",
                                true,
                                "taal",
                                "nld",
                                "vertrouwelijk",
                                false,
                                "plaatsgevondenOp",
                                "2026-01-05T09:30:00+01:00"),
                        "betrokkene",
                        Map.of("wasPartij", Map.of("uuid", karel), "rol", "klant", "initiator", true)))
                .post("/maak-klantcontact")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("klantcontact.uuid"));
    }
}
