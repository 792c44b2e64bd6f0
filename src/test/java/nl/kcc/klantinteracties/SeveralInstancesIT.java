package nl.kcc.klantinteracties;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.database.EmbeddedPostgresServer;
import nl.kcc.klantinteracties.notificatie.Eventually;
import nl.kcc.klantinteracties.notificatie.Receiver;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two registers on one external PostgreSQL behind a round-robin client, as behind a load balancer: the register of
 * this test and a second one started from the jar. A medewerker's session, an If-Match conflict, a revoked token and
 * the notifications behave as with one register.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "notificaties.poll-interval=1s",
            "notificaties.source=urn:test:klantinteracties",
            "klantinteracties.public-base-url=" + SeveralInstancesIT.PUBLIC
        })
class SeveralInstancesIT {

    /** The one address both registers have behind the balancer, which their object URLs (and so ETags) name. */
    static final String PUBLIC = "http://klanten.example.nl";

    private static final Path JAR = Path.of("target/klantinteracties.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final EmbeddedPostgresServer DATABASE = EmbeddedPostgresServer.startEphemeral();
    private static final Receiver RECEIVER = Receiver.onFreePort();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static Process second;
    private static int secondPort;
    private static Path work;

    @DynamicPropertySource
    static void shared(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE.jdbcUrl("postgres"));
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("spring.datasource.password", () -> "");
        registry.add("notificaties.cloudevents-subscribers", () -> RECEIVER.url("/events"));
    }

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MedewerkerAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final AtomicInteger turn = new AtomicInteger();

    @BeforeAll
    static void startSecond() throws Exception {
        work = Files.createTempDirectory("several-instances");
        secondPort = freePort();
        var builder = new ProcessBuilder(JAVA, "-jar", JAR.toAbsolutePath().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("second.log").toFile());
        builder.environment()
                .putAll(Map.of(
                        "SPRING_DATASOURCE_URL",
                        DATABASE.jdbcUrl("postgres"),
                        "SPRING_DATASOURCE_USERNAME",
                        DATABASE.user(),
                        "SPRING_DATASOURCE_PASSWORD",
                        "",
                        "NOTIFICATIES_CLOUDEVENTS_SUBSCRIBERS",
                        RECEIVER.url("/events"),
                        "NOTIFICATIES_SOURCE",
                        "urn:test:klantinteracties",
                        "NOTIFICATIES_POLL_INTERVAL",
                        "1s",
                        "KLANTINTERACTIES_PUBLIC_BASE_URL",
                        PUBLIC,
                        "SERVER_PORT",
                        Integer.toString(secondPort)));
        second = builder.start();
        waitUntilReady();
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.destroy();
        }
        RECEIVER.close();
        DATABASE.close();
    }

    /** The next register in turn, as a round-robin balancer would pick it. */
    private int next() {
        return turn.getAndIncrement() % 2 == 0 ? port : secondPort;
    }

    @Test
    void aMedewerkersSessionHoldsOnBothInstances() {
        UUID actor = actor("Sanne de Boer");
        String wachtwoord = accounts.create(new Medewerker("sanne", "Sanne de Boer", actor, List.of(), false));
        String session = login("sanne", wachtwoord);

        for (int i = 0; i < 4; i++) {
            Response page = werkplek(next(), session).get("/werkplek");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.asString()).contains("Sanne de Boer");
        }
        // Logging out on one ends the session on the other.
        int here = next();
        String form = werkplek(here, session).get("/werkplek").asString();
        werkplek(here, session)
                .formParam("_csrf", csrf(form))
                .post("/werkplek/uitloggen")
                .then()
                .statusCode(302);
        werkplek(next(), session)
                .get("/werkplek")
                .then()
                .statusCode(302)
                .header("Location", org.hamcrest.Matchers.containsString("/werkplek/inloggen"));
    }

    @Test
    void anIfMatchConflictIsSeenAcrossInstances() {
        String key = tokens.create("instanties-" + UUID.randomUUID(), Scope.ALL, null);
        String uuid = api(next(), key)
                .body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String etag = api(next(), key).get("/klantcontacten/" + uuid).header("ETag");
        api(next(), key)
                .header("If-Match", etag)
                .body(Map.of("onderwerp", "Eerste"))
                .patch("/klantcontacten/" + uuid)
                .then()
                .statusCode(200);
        api(next(), key)
                .header("If-Match", etag)
                .body(Map.of("onderwerp", "Tweede"))
                .patch("/klantcontacten/" + uuid)
                .then()
                .statusCode(412);
        assertThat(api(next(), key).get("/klantcontacten/" + uuid).<String>path("onderwerp"))
                .isEqualTo("Eerste");
    }

    @Test
    void aTokenRevokedOnOneIsRefusedByTheOther() {
        String name = "intrekken-" + UUID.randomUUID();
        String key = tokens.create(name, Scope.ALL, null);
        api(port, key).get("/klantcontacten").then().statusCode(200);
        api(secondPort, key).get("/klantcontacten").then().statusCode(200);

        UUID actor = actor("Bram Beheer");
        String wachtwoord = accounts.create(new Medewerker("bram", "Bram Beheer", actor, List.of(), false, true));
        String session = login("bram", wachtwoord);
        UUID id = jdbc.sql("select id from api_token where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
        String page =
                werkplek(port, session).get("/werkplek/beheer/applicaties").asString();
        werkplek(port, session)
                .formParam("_csrf", csrf(page))
                .post("/werkplek/beheer/applicaties/" + id + "/intrekken")
                .then()
                .statusCode(302);

        api(secondPort, key).get("/klantcontacten").then().statusCode(401);
        api(port, key).get("/klantcontacten").then().statusCode(401);
    }

    @Test
    void notificationsAreSentOnce() {
        RECEIVER.reset();
        String key = tokens.create("meldingen-" + UUID.randomUUID(), Scope.ALL, null);
        for (int i = 0; i < 10; i++) {
            api(next(), key)
                    .body(Bodies.klantcontact())
                    .post("/klantcontacten")
                    .then()
                    .statusCode(201);
        }
        Eventually.await(
                "every message delivered",
                Duration.ofSeconds(60),
                () -> jdbc.sql("select count(*) from notificatie_outbox where status = 'pending'")
                                .query(Integer.class)
                                .single()
                        == 0);
        var delivered = RECEIVER.accepted("/events");
        var ids = new HashSet<String>();
        delivered.forEach(request -> assertThat(ids.add(request.header("Idempotency-Key")))
                .as("sent once: %s", request.header("Idempotency-Key"))
                .isTrue());
        assertThat(ids).hasSize(10);
    }

    private String login(String gebruikersnaam, String wachtwoord) {
        // The form from one register, the login on the other: the CSRF token lives in the shared session.
        Response form = RestAssured.given().port(next()).get("/werkplek/inloggen");
        Response login = RestAssured.given()
                .port(next())
                .cookie("JSESSIONID", form.cookie("JSESSIONID"))
                .formParam("_csrf", csrf(form.asString()))
                .formParam("gebruikersnaam", gebruikersnaam)
                .formParam("wachtwoord", wachtwoord)
                .redirects()
                .follow(false)
                .post("/werkplek/inloggen");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("inloggen");
        return login.cookie("JSESSIONID");
    }

    private static RequestSpecification werkplek(int port, String session) {
        return RestAssured.given()
                .port(port)
                .cookie("JSESSIONID", session)
                .redirects()
                .follow(false);
    }

    private static RequestSpecification api(int port, String key) {
        return RestAssured.given()
                .port(port)
                .basePath("/klantinteracties/api/v1")
                .header("Authorization", "Token " + key)
                .contentType("application/json");
    }

    private UUID actor(String naam) {
        String key = tokens.create("actoren-" + UUID.randomUUID(), Scope.ALL, null);
        return UUID.fromString(api(next(), key)
                .body(Map.of("naam", naam, "soortActor", "medewerker", "indicatieActief", true))
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid"));
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static void waitUntilReady() throws Exception {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(second.isAlive())
                    .as(Files.readString(work.resolve("second.log")))
                    .isTrue();
            try {
                var health = http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + secondPort + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the second register did not start: " + Files.readString(work.resolve("second.log")));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
