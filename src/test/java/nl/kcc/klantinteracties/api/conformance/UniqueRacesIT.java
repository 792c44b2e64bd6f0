package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kcc.klantinteracties.partij.Partijen;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;

/**
 * Clients that create the same unique thing at the same moment: one wins, and every other gets exactly the 400 it
 * would have got a second later, never a 500 from the database's duplicate key. One test per unique constraint that a
 * client's values decide (see {@code db/migration}); the others hold values the register makes itself.
 */
class UniqueRacesIT extends ApiIT {

    private static final int CLIENTS = 12;

    @Test
    void klantcontactNummer() throws Exception {
        race("/klantcontacten", Bodies.with(Bodies.klantcontact(), "nummer", "4711"));
    }

    @Test
    void klantcontactReferentienummer() throws Exception {
        race("/klantcontacten", Bodies.with(Bodies.klantcontact(), "referentienummer", "4712"));
    }

    @Test
    void klantcontactNummerThroughMaakKlantcontact() throws Exception {
        race("/maak-klantcontact", Map.of("klantcontact", Bodies.with(Bodies.klantcontact(), "nummer", "4713")));
    }

    @Test
    void interneTaakNummer() throws Exception {
        String klantcontact = created("/klantcontacten", Bodies.klantcontact());
        String actor = created("/actoren", actor("Fatima"));
        race(
                "/internetaken",
                Map.of(
                        "nummer", "815",
                        "gevraagdeHandeling", "Terugbellen",
                        "aanleidinggevendKlantcontact", Bodies.ref(klantcontact),
                        "toegewezenAanActoren", List.of(Bodies.ref(actor)),
                        "status", "te_verwerken"));
    }

    @Test
    void partijNummer() throws Exception {
        race("/partijen", Partijen.with(Partijen.persoon("Karel", "Deurne"), "nummer", "1234"));
    }

    @Test
    void partijIdentificator() throws Exception {
        race("/partij-identificatoren", Partijen.identificator(null, Partijen.bsnGroep(Partijen.BSN)));
    }

    @Test
    void actorOnceAtAKlantcontact() throws Exception {
        String klantcontact = created("/klantcontacten", Bodies.klantcontact());
        String actor = created("/actoren", actor("Piet"));
        race("/actorklantcontacten", Map.of("actor", Bodies.ref(actor), "klantcontact", Bodies.ref(klantcontact)));
    }

    @Test
    void vertegenwoordigingOnce() throws Exception {
        String ouder = created("/partijen", Partijen.persoon("Ouder", "Jansen"));
        String kind = created("/partijen", Partijen.persoon("Kind", "Jansen"));
        race(
                "/vertegenwoordigingen",
                Map.of("vertegenwoordigendePartij", Bodies.ref(ouder), "vertegenwoordigdePartij", Bodies.ref(kind)));
    }

    @Test
    void digitaalAdresReferentiePerPartij() throws Exception {
        String partij = created("/partijen", Partijen.persoon("Karel", "Deurne"));
        var adres = new LinkedHashMap<String, Object>();
        adres.put("adres", "karel@example.nl");
        adres.put("soortDigitaalAdres", "email");
        adres.put("referentie", "portaal");
        adres.put("verstrektDoorPartij", Bodies.ref(partij));
        race("/digitaleadressen", adres);
    }

    /**
     * Sends the same create from many clients at once, then once more on its own; the first must be created once, and
     * every refusal must be the sequential one.
     */
    private void race(String path, Map<String, Object> body) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var answers = new ArrayList<Future<Response>>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api().body(body).post(path);
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            var refusals = new ArrayList<List<Map<String, String>>>();
            for (var answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 400) {
                    refusals.add(response.path("invalidParams"));
                }
            }
            assertThat(statuses).containsOnly(201, 400).containsOnlyOnce(201);

            Response sequential = api().body(body).post(path);
            assertThat(sequential.statusCode()).isEqualTo(400);
            List<Map<String, String>> expected = sequential.path("invalidParams");
            assertThat(refusals).allSatisfy(refusal -> assertThat(refusal).isEqualTo(expected));
        } finally {
            pool.shutdownNow();
        }
    }

    private String created(String path, Map<String, Object> body) {
        return api().body(body).post(path).then().statusCode(201).extract().path("uuid");
    }

    private static Map<String, Object> actor(String naam) {
        return Map.of("naam", naam, "soortActor", "medewerker");
    }
}
