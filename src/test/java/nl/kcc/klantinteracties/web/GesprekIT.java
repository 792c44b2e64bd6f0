package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One call, several vragen (as KISS registers a contactmoment): each vraag is a klantcontact of its own with its
 * onderwerp, afdeling and gespreksresultaat, registered together in one save; the terugbelverzoek hangs under the
 * vraag it is about, and each contact shows when the conversation was and what else was asked in it.
 */
class GesprekIT extends BrowserIT {

    private UUID vergunningen;
    private UUID belastingen;
    private String klant;
    private String wachtwoord;

    @BeforeEach
    void seed() {
        UUID kcc = actor("KCC", "organisatorische_eenheid");
        vergunningen = actor("Vergunningen", "organisatorische_eenheid");
        belastingen = actor("Belastingen", "organisatorische_eenheid");
        wachtwoord = account("nicole", "Nicole van Dijk", actor("Nicole van Dijk", "medewerker"), List.of(kcc), false);
        klant = viaApi().body(Bodies.persoon("Karel", "Deurne", "999990019"))
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    @Test
    void aCallerAsksTwoThingsAndBothAreRegisteredInOneSave() {
        OffsetDateTime voor = OffsetDateTime.now().withNano(0);
        login("nicole", wachtwoord);
        page.navigate(werkplek("/contact?kanaal=telefoon&partij=" + klant));
        Locator eerste = vraag("De vraag");
        eerste.getByLabel("Onderwerp").fill("Vergunning voor een dakkapel");
        eerste.getByLabel("Vraag", new Locator.GetByLabelOptions().setExact(true))
                .fill("Is een vergunning nodig voor een dakkapel aan de achterkant?");
        eerste.getByLabel("Afdeling").selectOption(vergunningen.toString());
        eerste.getByLabel("Gespreksresultaat")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Zelfstandig afgehandeld"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een vraag"))
                .click();
        Locator tweede = vraag("Vraag 2");
        assertThat(tweede.getByLabel("Onderwerp")).isFocused();
        assertThat(vraag("Vraag 1").getByLabel("Onderwerp")).hasValue("Vergunning voor een dakkapel");
        screen("gesprek-twee-vragen");

        // A vraag added by mistake goes again, and what was typed in the others stays.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een vraag"))
                .click();
        vraag("Vraag 3").getByLabel("Onderwerp").fill("Per ongeluk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag 3 verwijderen"))
                .click();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Vraag 3")))
                .hasCount(0);
        assertThat(vraag("Vraag 1").getByLabel("Afdeling")).hasValue(vergunningen.toString());

        // The second vraag without an onderwerp: refused there, and the first is not stored either.
        tweede = vraag("Vraag 2");
        tweede.getByLabel("Afdeling").selectOption(belastingen.toString());
        page.getByLabel("Terugbelverzoek maken (interne taak)").check();
        page.getByLabel("Over vraag").selectOption("2");
        page.getByLabel("Voor afdeling, groep of medewerker").fill("Belastingen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is niets opgeslagen");
        assertThat(vraag("Vraag 2").getByLabel("Onderwerp")).hasAttribute("aria-invalid", "true");
        assertThat(vraag("Vraag 1").getByLabel("Onderwerp")).not().hasAttribute("aria-invalid", "true");
        assertThat(count()).isZero();
        accessible();

        // Enter in a field saves the contact, as in any form; it adds no vraag.
        vraag("Vraag 2").getByLabel("Onderwerp").fill("Aanslag afvalstoffenheffing");
        vraag("Vraag 2").getByLabel("Onderwerp").press("Enter");
        String jaar = String.valueOf(
                java.time.Year.now(java.time.ZoneId.of("Europe/Amsterdam")).getValue() % 100);
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("De 2 vragen en het terugbelverzoek zijn geregistreerd. Referentienummers voor de klant: "
                        + jaar + "000001, " + jaar + "000002.");
        OffsetDateTime na = OffsetDateTime.now();

        // The first vraag's screen: its afdeling, the conversation, and the other vraag.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Klantcontact: Vergunning voor een dakkapel");
        assertThat(fact("Afdeling")).hasText("Vergunningen");
        assertThat(fact("Gespreksresultaat")).hasText("Zelfstandig afgehandeld");
        assertThat(fact("Vraag")).hasText("1 van 2 in dit gesprek");
        assertThat(fact("Gesprek")).containsText(" tot ");
        screen("gesprek-vraag-1");
        String eersteUuid = page.url().replaceAll(".*/klantcontacten/", "");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanslag afvalstoffenheffing"))
                .click();
        assertThat(fact("Afdeling")).hasText("Belastingen");
        assertThat(fact("Vraag")).hasText("2 van 2 in dit gesprek");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergunning voor een dakkapel")))
                .isVisible();
        String tweedeUuid = page.url().replaceAll(".*/klantcontacten/", "");

        // In the register: two klantcontacten of one klant, at the moment the registration began; the task under the
        // second.
        for (String uuid : List.of(eersteUuid, tweedeUuid)) {
            String plaatsgevonden = viaApi().get("/klantcontacten/" + uuid + "?expand=hadBetrokkenen")
                    .then()
                    .statusCode(200)
                    .body("_expand.hadBetrokkenen[0].wasPartij.uuid", equalTo(klant))
                    .extract()
                    .path("plaatsgevondenOp");
            assertThat(OffsetDateTime.parse(plaatsgevonden)).isBetween(voor, na);
        }
        viaApi().get("/klantcontacten/" + tweedeUuid).then().body("leiddeTotInterneTaken.size()", equalTo(1));
        viaApi().get("/klantcontacten/" + eersteUuid).then().body("leiddeTotInterneTaken.size()", equalTo(0));
    }

    @Test
    void theOtherVraagOfAConfidentialConversationIsNotShownWithoutTheRole() {
        String geheim = viaApi().body(Bodies.with(Bodies.klantcontact(), "vertrouwelijk", true))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String open = viaApi().body(Map.of(
                        "kanaal", "telefoon", "onderwerp", "Openbare vraag", "taal", "nld", "vertrouwelijk", false))
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        // As the werkplek records a conversation of these two vragen.
        UUID gesprek = UUID.randomUUID();
        OffsetDateTime begin = OffsetDateTime.now().minusMinutes(7);
        int vraag = 1;
        for (String uuid : List.of(open, geheim)) {
            jdbc.sql("insert into werkplek_gesprek_vraag values (?::uuid, ?, ?, null, ?, now())")
                    .params(uuid, gesprek, vraag++, begin)
                    .update();
        }
        login("nicole", wachtwoord);
        page.navigate(werkplek("/klantcontacten/" + open));
        assertThat(fact("Vraag")).hasText("1 van 2 in dit gesprek");
        assertThat(fact("Gesprek")).containsText("(7 minuten)");
        assertThat(page.getByText("Ook gevraagd in dit gesprek")).hasCount(0);
        assertThat(page.locator("a[href*='" + geheim + "']")).hasCount(0);
    }

    private Locator vraag(String titel) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(titel).setExact(true));
    }

    private Locator fact(String term) {
        return page.locator("dt", new Page.LocatorOptions().setHasText(term))
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^" + term + "$")))
                .locator("xpath=following-sibling::dd[1]");
    }

    private long count() {
        return jdbc.sql("select count(*) from klantcontact").query(Long.class).single();
    }
}
