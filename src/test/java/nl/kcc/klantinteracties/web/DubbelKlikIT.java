package nl.kcc.klantinteracties.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A medewerker who clicks "Contact opslaan" twice (or sends the same rendered form again) registers the contact once,
 * and both clicks lead to it; the same holds for a task's forms. Over HTTP, as the browser sends the form.
 */
class DubbelKlikIT extends ApiIT {

    @Autowired
    MedewerkerAccounts accounts;

    @Test
    void aDoubleClickRegistersTheContactOnce() throws Exception {
        String actor = api().body(Map.of("naam", "Nicole van Dijk", "soortActor", "medewerker"))
                .post("/actoren")
                .path("uuid");
        String gebruikersnaam = "nicole-" + UUID.randomUUID().toString().substring(0, 8);
        String wachtwoord = accounts.create(
                new Medewerker(gebruikersnaam, "Nicole van Dijk", UUID.fromString(actor), List.of(), false));
        String session = login(gebruikersnaam, wachtwoord);

        String form = anonymous()
                .cookie("JSESSIONID", session)
                .get("/werkplek/contact?kanaal=telefoon")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csrf = hidden(form, "_csrf");
        String sleutel = hidden(form, "sleutel");
        assertThat(sleutel).isNotBlank();

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var clicks = new ArrayList<Future<Response>>();
        try {
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return anonymous()
                            .cookie("JSESSIONID", session)
                            .redirects()
                            .follow(false)
                            .contentType("application/x-www-form-urlencoded")
                            .formParam("_csrf", csrf)
                            .formParam("sleutel", sleutel)
                            .formParam("kanaal", "telefoon")
                            .formParam("vragen[0].onderwerp", "Parkeervergunning")
                            .formParam("vragen[0].vraag", "Hoe vraag ik een vergunning aan?")
                            .formParam("gelukt", "ja")
                            .post("/werkplek/contact");
                }));
            }
            start.countDown();
            var targets = new ArrayList<String>();
            for (var click : clicks) {
                Response answer = click.get();
                assertThat(answer.statusCode()).isEqualTo(302);
                targets.add(answer.header("Location"));
            }
            assertThat(targets.get(0)).contains("/werkplek/klantcontacten/").isEqualTo(targets.get(1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from klantcontact")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // A new rendering of the form is a new contact.
        String again = anonymous()
                .cookie("JSESSIONID", session)
                .get("/werkplek/contact?kanaal=telefoon")
                .asString();
        assertThat(hidden(again, "sleutel")).isNotEqualTo(sleutel);
    }

    @Test
    void theSameNewKlantFormSentTwiceRegistersTheKlantOnce() {
        String actor = api().body(Map.of("naam", "Nicole van Dijk", "soortActor", "medewerker"))
                .post("/actoren")
                .path("uuid");
        String gebruikersnaam = "nicole-" + UUID.randomUUID().toString().substring(0, 8);
        String wachtwoord = accounts.create(
                new Medewerker(gebruikersnaam, "Nicole van Dijk", UUID.fromString(actor), List.of(), false));
        String session = login(gebruikersnaam, wachtwoord);
        String form = anonymous()
                .cookie("JSESSIONID", session)
                .get("/werkplek/partijen/nieuw?kanaal=telefoon")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csrf = hidden(form, "_csrf");
        String sleutel = hidden(form, "sleutel");

        var targets = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            Response answer = anonymous()
                    .cookie("JSESSIONID", session)
                    .redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", csrf)
                    .formParam("sleutel", sleutel)
                    .formParam("kanaal", "telefoon")
                    .formParam("bsn", "111222333")
                    .formParam("voornaam", "Karel")
                    .formParam("achternaam", "Deurne")
                    .post("/werkplek/partijen/nieuw");
            assertThat(answer.statusCode()).isEqualTo(302);
            targets.add(answer.header("Location"));
        }
        assertThat(targets.get(0)).contains("/werkplek/partijen/").isEqualTo(targets.get(1));
        assertThat(jdbc.sql("select count(*) from partij").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anAnswerSentTwiceIsAddedOnceAndTheSecondClickIsNoConflict() {
        String actor = api().body(Map.of("naam", "Nicole van Dijk", "soortActor", "medewerker"))
                .post("/actoren")
                .path("uuid");
        String gebruikersnaam = "nicole-" + UUID.randomUUID().toString().substring(0, 8);
        String wachtwoord = accounts.create(
                new Medewerker(gebruikersnaam, "Nicole van Dijk", UUID.fromString(actor), List.of(), false));
        String klantcontact = api().body(Map.of(
                        "kanaal", "e-mail",
                        "onderwerp", "Vraag over de hondenbelasting",
                        "inhoud", "Moet ik voor twee honden dubbel betalen?",
                        "indicatieContactGelukt", true,
                        "taal", "nld",
                        "vertrouwelijk", false,
                        "plaatsgevondenOp", "2026-11-20T09:00:00+01:00"))
                .post("/klantcontacten")
                .path("uuid");
        String session = login(gebruikersnaam, wachtwoord);
        String page = anonymous()
                .cookie("JSESSIONID", session)
                .get("/werkplek/klantcontacten/" + klantcontact)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csrf = hidden(page, "_csrf");
        // The entity tag as the browser sends it: the page writes its quotes as &quot;.
        String versie = hidden(page, "versie").replace("&quot;", "\"");
        String sleutel = hidden(page, "sleutel");

        var targets = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            Response answer = anonymous()
                    .cookie("JSESSIONID", session)
                    .redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", csrf)
                    .formParam("versie", versie)
                    .formParam("sleutel", sleutel)
                    .formParam("antwoord", "Ja, per hond.")
                    .post("/werkplek/klantcontacten/" + klantcontact + "/antwoord");
            assertThat(answer.statusCode()).as("click %d", i + 1).isEqualTo(302);
            targets.add(answer.header("Location"));
        }
        assertThat(targets.get(0))
                .endsWith("/werkplek/klantcontacten/" + klantcontact)
                .isEqualTo(targets.get(1));
        // Added twice, the answer would stand there twice.
        api().get("/klantcontacten/" + klantcontact)
                .then()
                .body("reactie", org.hamcrest.Matchers.equalTo("Ja, per hond."));
    }

    @Test
    void aFailedCallBackSentTwiceIsRegisteredOnce() {
        String afdeling = api().body(Map.of("naam", "Vergunningen", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .path("uuid");
        String actor = api().body(Map.of("naam", "Vera Jansen", "soortActor", "medewerker"))
                .post("/actoren")
                .path("uuid");
        String gebruikersnaam = "vera-" + UUID.randomUUID().toString().substring(0, 8);
        String wachtwoord = accounts.create(new Medewerker(
                gebruikersnaam, "Vera Jansen", UUID.fromString(actor), List.of(UUID.fromString(afdeling)), false));
        String klantcontact = api().body(Map.of(
                        "klantcontact",
                        Map.of(
                                "kanaal", "telefoon",
                                "onderwerp", "Vraag over een dakkapel",
                                "indicatieContactGelukt", true,
                                "taal", "nld",
                                "vertrouwelijk", false,
                                "plaatsgevondenOp", "2026-11-20T09:00:00+01:00")))
                .post("/maak-klantcontact")
                .path("klantcontact.uuid");
        String taak = api().body(Map.of(
                        "aanleidinggevendKlantcontact",
                        Map.of("uuid", klantcontact),
                        "gevraagdeHandeling",
                        "Terugbellen",
                        "toegewezenAanActoren",
                        List.of(Map.of("uuid", afdeling)),
                        "status",
                        "te_verwerken"))
                .post("/internetaken")
                .path("uuid");
        String session = login(gebruikersnaam, wachtwoord);
        String page = anonymous()
                .cookie("JSESSIONID", session)
                .get("/werkplek/taken/" + taak)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csrf = hidden(page, "_csrf");
        String sleutel = hidden(page, "sleutel");

        var targets = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            Response answer = anonymous()
                    .cookie("JSESSIONID", session)
                    .redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", csrf)
                    .formParam("sleutel", sleutel)
                    .formParam("uitkomst", "mislukt")
                    .formParam("notitie", "Voicemail ingesproken.")
                    .post("/werkplek/taken/" + taak + "/teruggebeld");
            assertThat(answer.statusCode()).isEqualTo(302);
            targets.add(answer.header("Location"));
        }
        assertThat(targets.get(0)).endsWith("/werkplek/taken/" + taak).isEqualTo(targets.get(1));
        assertThat(jdbc.sql("select count(*) from klantcontact where onderwerp like 'Teruggebeld:%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private String login(String gebruikersnaam, String wachtwoord) {
        Response page = anonymous().get("/werkplek/inloggen");
        Response login = anonymous()
                .cookie("JSESSIONID", page.cookie("JSESSIONID"))
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", hidden(page.asString(), "_csrf"))
                .formParam("gebruikersnaam", gebruikersnaam)
                .formParam("wachtwoord", wachtwoord)
                .post("/werkplek/inloggen");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("fout");
        return login.cookie("JSESSIONID") == null ? page.cookie("JSESSIONID") : login.cookie("JSESSIONID");
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(html);
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]*)\" name=\"" + Pattern.quote(name) + "\"")
                    .matcher(html);
            assertThat(m.find()).as("hidden field %s", name).isTrue();
        }
        return m.group(1);
    }
}
