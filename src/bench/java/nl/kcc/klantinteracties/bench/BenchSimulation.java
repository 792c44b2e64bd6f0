package nl.kcc.klantinteracties.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * One measurement: a scenario at a number of clients for a time, closed-loop (each client sends its next request when
 * the previous one is answered). Started by {@link Bench} in a JVM of its own, with its settings as system properties.
 */
public class BenchSimulation extends Simulation {

    static final String KLANTCONTACT = """
            {"kanaal": "telefoon", "onderwerp": "#{onderwerp}", "inhoud": "Inwoner belt over #{onderwerp}.",
             "indicatieContactGelukt": false, "taal": "nld", "vertrouwelijk": false}""";
    static final String ACTORKLANTCONTACT = """
            {"actor": {"uuid": "#{medewerker}"}, "klantcontact": {"uuid": "#{klantcontact}"}}""";
    static final String BETROKKENE = """
            {"wasPartij": {"uuid": "#{partij}"}, "hadKlantcontact": {"uuid": "#{klantcontact}"}, "rol": "klant",
             "initiator": true, "organisatienaam": "",
             "contactnaam": {"voorletters": "#{voorletters}", "voornaam": "#{voornaam}",
                             "voorvoegselAchternaam": "#{voorvoegsel}", "achternaam": "#{achternaam}"}}""";
    static final String DIGITAAL_ADRES = """
            {"verstrektDoorBetrokkene": {"uuid": "#{betrokkene}"}, "verstrektDoorPartij": null,
             "adres": "#{telefoon}", "soortDigitaalAdres": "telefoonnummer", "omschrijving": "Terugbelnummer"}""";
    static final String INTERNETAAK = """
            {"aanleidinggevendKlantcontact": {"uuid": "#{klantcontact}"},
             "toegewezenAanActoren": [{"uuid": "#{afdeling}"}], "gevraagdeHandeling": "Terugbellen",
             "toelichting": "Graag vandaag terugbellen.", "status": "te_verwerken"}""";
    /** The whole contact in one request: the standard's parts and the register's extensions (actoren and on). */
    static final String MAAK_KLANTCONTACT = """
            {"klantcontact": %s,
             "betrokkene": {"wasPartij": {"uuid": "#{partij}"}, "rol": "klant", "initiator": true,
                            "organisatienaam": "",
                            "contactnaam": {"voorletters": "#{voorletters}", "voornaam": "#{voornaam}",
                                            "voorvoegselAchternaam": "#{voorvoegsel}", "achternaam": "#{achternaam}"}},
             "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": "#{zaak}", "codeObjecttype": "zaak",
                                 "codeRegister": "openzaak", "codeSoortObjectId": "uuid"}},
             "actoren": [{"uuid": "#{medewerker}"}],
             "digitaleAdressen": [{"adres": "#{telefoon}", "soortDigitaalAdres": "telefoonnummer",
                                   "omschrijving": "Terugbelnummer"}],
             "interneTaak": {"toegewezenAanActoren": [{"uuid": "#{afdeling}"}], "gevraagdeHandeling": "Terugbellen",
                             "toelichting": "Graag vandaag terugbellen.", "status": "te_verwerken"}}"""
            .formatted(KLANTCONTACT);

    {
        Scenario scenario = Scenario.valueOf(System.getProperty("bench.scenario"));
        int clients = Integer.getInteger("bench.clients");
        Duration duration = Duration.ofMillis(Long.getLong("bench.durationMillis"));
        String api = System.getProperty("bench.api");

        HttpProtocolBuilder protocol = http.baseUrl(api)
                .header("Authorization", "Token " + System.getProperty("bench.token"))
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                // Only this machine's register is ever called: no warm-up request to anywhere else.
                .disableWarmUp()
                .disableCaching()
                // The request lists hold URLs as the client sends them, already encoded.
                .disableUrlEncoding();

        ChainBuilder work = scenario.writes()
                ? feed(csv(System.getProperty("bench.requests")).circular()).exec(writes(scenario))
                : feed(csv(System.getProperty("bench.requests")).circular())
                        .exec(http(scenario.name()).get("#{path}").check(status().is(200)));
        // A client finishes the request (or the contact) it is on when the time is up, so that nothing is cut off.
        ScenarioBuilder users = scenario(scenario.name()).exec(during(duration, false).on(work));
        setUp(users.injectOpen(atOnceUsers(clients))).protocols(protocol);
    }

    private static ChainBuilder writes(Scenario scenario) {
        String prefix = scenario.name() + " ";
        if (scenario == Scenario.S1B) {
            return exec(http(scenario.lastRequest())
                    .post("/maak-klantcontact")
                    .body(StringBody(MAAK_KLANTCONTACT))
                    .check(status().is(201)));
        }
        return exec(http(prefix + "klantcontact")
                        .post("/klantcontacten")
                        .body(StringBody(KLANTCONTACT))
                        .check(status().is(201), jsonPath("$.uuid").saveAs("klantcontact")))
                .exec(http(prefix + "actorklantcontact")
                        .post("/actorklantcontacten")
                        .body(StringBody(ACTORKLANTCONTACT))
                        .check(status().is(201)))
                .exec(http(prefix + "betrokkene")
                        .post("/betrokkenen")
                        .body(StringBody(BETROKKENE))
                        .check(status().is(201), jsonPath("$.uuid").saveAs("betrokkene")))
                .exec(http(prefix + "digitaal adres")
                        .post("/digitaleadressen")
                        .body(StringBody(DIGITAAL_ADRES))
                        .check(status().is(201)))
                .exec(http(scenario.lastRequest())
                        .post("/internetaken")
                        .body(StringBody(INTERNETAAK))
                        .check(status().is(201)));
    }
}
