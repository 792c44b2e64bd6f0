package nl.kcc.klantinteracties.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.notificatie.Eventually;
import nl.kcc.klantinteracties.notificatie.Receiver;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A klant was registered twice, once with a BSN and once, at the desk, without: the beheerder compares both and makes
 * them one. Everything of the one that goes is then the other's, in the audit trail as the beheerder's, and the
 * subscribers hear of both partijen.
 */
class SamenvoegenBeheerIT extends BrowserIT {

    private static final Receiver RECEIVER = Receiver.onFreePort();

    @DynamicPropertySource
    static void notifications(DynamicPropertyRegistry registry) {
        registry.add("notificaties.cloudevents-subscribers", () -> RECEIVER.url("/events"));
        registry.add("notificaties.poll-interval", () -> "1s");
    }

    private String metBsn;
    private String zonderBsn;
    private String betrokkene;
    private String eigenAdres;
    private String overgenomenAdres;
    private String beheerderWachtwoord;

    @BeforeEach
    void seed() {
        metBsn = partij(Bodies.persoon("Jan", "Jansen", "111222333"));
        var zonder = Bodies.persoon("J.", "Jansen", "0");
        zonder.remove("partijIdentificatoren");
        zonder.put("nummer", "4711");
        zonderBsn = partij(zonder);
        overgenomenAdres = adres(zonderBsn, "j.jansen@example.nl");
        eigenAdres = adres(metBsn, "jan@example.nl");
        String klantcontact = viaApi().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        betrokkene = viaApi().body(Map.of(
                        "hadKlantcontact",
                        Bodies.ref(klantcontact),
                        "wasPartij",
                        Bodies.ref(zonderBsn),
                        "rol",
                        "klant",
                        "initiator",
                        true))
                .post("/betrokkenen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        beheerderWachtwoord = accounts.create(
                new Medewerker("bea", "Bea Beheer", actor("Bea Beheer", "medewerker"), List.of(), false, true));
        // The seed's own announcements go out a poll later; they must not be counted as the merge's.
        Eventually.await(
                "the seed's notifications delivered",
                Duration.ofSeconds(30),
                () -> pendingNotificaties() == 0,
                this::events);
        RECEIVER.reset();
    }

    @Test
    void aBeheerderComparesTwoPartijenAndMakesThemOne() {
        login("bea", beheerderWachtwoord);
        page.navigate(werkplek("/beheer"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Beheer"))
                .getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Samenvoegen"))
                .click();
        page.getByLabel("Partij die vervalt").fill("4711");
        page.getByLabel("Partij die blijft").fill("111222333");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken"))
                .click();
        var weg = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Vervalt: J. Jansen"));
        var blijft = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Blijft: Jan Jansen"));
        assertThat(weg).containsText("Contacten1");
        assertThat(blijft).containsText("111222333");
        screen("beheer-samenvoegen");
        accessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvoegen"))
                .click();
        assertThat(page).hasURL(werkplek("/partijen/" + metBsn));
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("J. Jansen (4711) is samengevoegd met Jan Jansen: 1 contact, 1 digitale adres en 0"
                        + " identificatoren overgenomen.");

        viaApi().get("/partijen/" + zonderBsn).then().statusCode(404);
        viaApi().get("/betrokkenen/" + betrokkene).then().statusCode(200).body("wasPartij.uuid", equalTo(metBsn));
        viaApi().get("/partijen/" + metBsn)
                .then()
                .body("betrokkenen.uuid", containsInAnyOrder(betrokkene))
                .body("digitaleAdressen.uuid", containsInAnyOrder(eigenAdres, overgenomenAdres))
                .body("partijIdentificatoren[0].partijIdentificator.objectId", equalTo("111222333"));
        // One standaard e-mail address per partij: the one that stays keeps its own.
        viaApi().get("/digitaleadressen/" + eigenAdres).then().body("isStandaardAdres", equalTo(true));
        viaApi().get("/digitaleadressen/" + overgenomenAdres)
                .then()
                .body("verstrektDoorPartij.uuid", equalTo(metBsn))
                .body("isStandaardAdres", equalTo(false));

        assertThat(audit(betrokkene)).startsWith("create ").endsWith(", partial_update werkplek Bea Beheer");
        assertThat(audit(zonderBsn)).endsWith("destroy werkplek Bea Beheer");
        assertThat(audit(metBsn)).endsWith("partial_update werkplek Bea Beheer");
        assertThat(audit(overgenomenAdres)).endsWith("partial_update werkplek Bea Beheer");

        // Of the objects that changed, partijen are announced (betrokkenen and digitale adressen are not, by any
        // write, as in Open Klant).
        Eventually.await(
                "the subscribers heard of both partijen",
                Duration.ofSeconds(30),
                () -> events().size() >= 2,
                this::events);
        assertThat(events())
                .containsExactlyInAnyOrder("partij.partial_update " + metBsn, "partij.destroy " + zonderBsn);
    }

    @Test
    void twoPartijenWithTheirOwnBsnAreNotMadeOneAndNothingChanges() {
        String ander = partij(Bodies.persoon("Jan", "Jansen", "999990020"));
        login("bea", beheerderWachtwoord);
        page.navigate(werkplek("/beheer/samenvoegen?vervalt=" + ander + "&blijft=" + metBsn));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Beide hebben een identificator van soort bsn");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvoegen")))
                .hasCount(0);
        accessible();

        // Sent anyway (an old page, a script), the merge is refused as well.
        page.navigate(werkplek("/beheer/samenvoegen?vervalt=" + zonderBsn + "&blijft=" + metBsn));
        page.evaluate("uuid => document.querySelector('input[name=vervalt][type=hidden]').value = uuid", ander);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Beide hebben een identificator van soort bsn");
        viaApi().get("/partijen/" + ander).then().statusCode(200);
        assertThat(audit(ander)).startsWith("create ").doesNotContain(",");
    }

    @Test
    void aSecretPartijIsNotFoundWithoutTheVertrouwelijkRole() {
        String geheim =
                partij(Bodies.with(Bodies.persoon("Geheim", "Persoon", "999999990"), "indicatieGeheimhouding", true));
        login("bea", beheerderWachtwoord);
        page.navigate(werkplek("/beheer/samenvoegen"));
        page.getByLabel("Partij die vervalt").fill(geheim);
        page.getByLabel("Partij die blijft").fill(metBsn);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geen partij gevonden met '" + geheim + "'");
        page.getByLabel("Partij die vervalt").fill("999999990");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geen partij gevonden met '999999990'");

        // Nor when its uuid is sent straight to the merge.
        page.navigate(werkplek("/beheer/samenvoegen?vervalt=" + zonderBsn + "&blijft=" + metBsn));
        page.evaluate("uuid => document.querySelector('input[name=vervalt][type=hidden]').value = uuid", geheim);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("De partij " + geheim + " is niet gevonden.");
        viaApi().get("/partijen/" + geheim).then().statusCode(200);
        assertThat(audit(geheim)).doesNotContain(",");
    }

    private String partij(Map<String, Object> body) {
        return viaApi().body(body)
                .post("/partijen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    private String adres(String partij, String email) {
        return viaApi().body(Map.of(
                        "verstrektDoorPartij",
                        Bodies.ref(partij),
                        "soortDigitaalAdres",
                        "email",
                        "adres",
                        email,
                        "isStandaardAdres",
                        true))
                .post("/digitaleadressen")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
    }

    private String audit(String uuid) {
        return jdbc.sql("select string_agg(action || ' ' || application || ' ' || coalesce(user_name, '-'), ', '"
                        + " order by id) from audit_entry where object_uuid = ?::uuid")
                .param(uuid)
                .query(String.class)
                .single();
    }

    private int pendingNotificaties() {
        return jdbc.sql("select count(*) from notificatie_outbox where status = 'pending'")
                .query(Integer.class)
                .single();
    }

    private List<String> events() {
        return RECEIVER.received("/events").stream()
                .map(request -> request.json().path("type").asString().replace("nl.kcc.klantinteracties.", "") + " "
                        + request.json().path("subject").asString())
                .toList();
    }
}
