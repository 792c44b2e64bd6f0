package nl.kcc.klantinteracties.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import as an operator runs it: a second register, started as a process of its own with the demo data and more
 * (every kind of object and relation, and rows its own API would refuse), is imported into the test's register by
 * the command line, also a process of its own; behind a proxy on loopback that can slow the source down or make it
 * fail for a while.
 */
class ImportIT extends ApiIT {

    private static final Path JAR = Path.of("target/klantinteracties.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> KLANTINTERACTIES = List.of(
            "categorieen",
            "actoren",
            "partijen",
            "partij-identificatoren",
            "rekeningnummers",
            "vertegenwoordigingen",
            "categorie-relaties",
            "klantcontacten",
            "betrokkenen",
            "onderwerpobjecten",
            "bijlagen",
            "actorklantcontacten",
            "internetaken",
            "digitaleadressen");
    private static final List<String> CONTACTGEGEVENS = List.of("persoon", "organisatie");

    private static final String ODD_IBAN = "0195a000-0000-7000-8000-000000000001";
    private static final String ODD_PHONE = "0195a000-0000-7000-8000-000000000002";
    private static final String BLANK_OBJECT_ID = "0195a000-0000-7000-8000-000000000003";
    /** A random (version 4) uuid, as Open Klant makes them, with the codes of an older Open Klant. */
    private static final String OLD_CODES = "3b1f0c52-9d1e-4c59-8f0a-6a2e1d7c9b10";

    private static Path work;
    private static EmbeddedPostgres sourceDatabase;
    private static Process source;
    private static int sourcePort;
    private static String sourceKey;
    private static HttpServer proxy;
    private static final AtomicInteger failNext = new AtomicInteger();
    private static volatile long delayMillis;

    @Autowired
    private DataSource dataSource;

    @BeforeAll
    static void startSource() throws Exception {
        work = Files.createTempDirectory("import-it");
        sourceDatabase = EmbeddedPostgres.builder().start();
        sourcePort = freePort();
        var env = Map.of(
                "SPRING_DATASOURCE_URL",
                sourceDatabase.getJdbcUrl("postgres", "postgres"),
                "SPRING_DATASOURCE_USERNAME",
                "postgres",
                "SERVER_PORT",
                Integer.toString(sourcePort));
        source = start(env, "source.log");
        assertThat(run(env, "demo", "--url", "http://127.0.0.1:" + sourcePort).exitCode)
                .isZero();
        var created = run(
                env,
                "tokens",
                "create",
                "import",
                "--scope",
                "klantinteracties:lezen",
                "--scope",
                "contactgegevens:lezen",
                "--scope",
                "klantinteracties:vertrouwelijk");
        sourceKey = created.out.strip();
        fillSourceWithMore();
        startProxy();
    }

    @AfterAll
    static void stopSource() throws IOException {
        if (proxy != null) {
            proxy.stop(0);
        }
        if (source != null) {
            source.destroyForcibly();
        }
        if (sourceDatabase != null) {
            sourceDatabase.close();
        }
    }

    @Test
    void copiesEverythingSurvivesAKillAndChangesNothingTheSecondTime() throws Exception {
        long auditBefore = lastAuditId();
        delayMillis = 150;
        Process first = startImport(List.of(), "first.err");
        Path firstErr = work.resolve("first.err");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.readString(firstErr).contains("(page 2/")
                || !Files.readString(firstErr).contains("klantcontacten")) {
            assertThat(first.isAlive())
                    .as("import ended before it was killed: %s", Files.readString(firstErr))
                    .isTrue();
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(50);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int pagesBefore = pagesDone();
        assertThat(pagesBefore).isPositive();
        delayMillis = 0;

        var second = importer(List.of());
        assertThat(second.exitCode).as(second.out + second.err).isZero();
        assertThat(second.err).contains("categorieen").contains("already imported");
        assertThat(second.out).contains("0 differences").doesNotContain("DIFFERENT");
        // What the register's own API would refuse is there, and listed.
        assertThat(second.out)
                .contains("rekeningnummers")
                .contains("Imported as the source holds them")
                .contains("rekeningnummers " + ODD_IBAN)
                .contains("digitaleadressen " + ODD_PHONE)
                .contains("partij-identificatoren " + OLD_CODES);
        everyObjectReadsBackTheSame();
        long audited = audited(auditBefore);
        assertThat(audited).isEqualTo(objectsInRegister());
        assertThat(jdbc.sql("select count(*) from notificatie_outbox")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select distinct user_name from audit_entry where application = 'import' and id > ?")
                        .param(auditBefore)
                        .query(String.class)
                        .list())
                .containsExactly("http://127.0.0.1:" + proxy.getAddress().getPort());

        var third = importer(List.of());
        assertThat(third.exitCode).isZero();
        assertThat(audited(auditBefore)).isEqualTo(audited);
        everyObjectReadsBackTheSame();

        var verify = importer(List.of("--verify", "--sample", "5"));
        assertThat(verify.exitCode).isZero();
        assertThat(verify.out).contains("0 differences");
    }

    @Test
    void retriesASourceThatFailsForAWhile() throws Exception {
        failNext.set(4);
        var result = importer(List.of("--retry-wait", "20"));
        assertThat(result.exitCode).as(result.err).isZero();
        assertThat(failNext.get()).isZero();
        everyObjectReadsBackTheSame();
    }

    @Test
    void refusesARegisterWithDataUnlessMergedAndNotifiesOnlyWhenAsked() throws Exception {
        api().body("{\"naam\": \"Eigen categorie\"}")
                .post("/categorieen")
                .then()
                .statusCode(201);
        var refused = importer(List.of());
        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err).contains("--merge");
        assertThat(objectsInRegister()).isEqualTo(1);

        var merged = importer(List.of("--merge", "--notify", "--sample", "3"));
        assertThat(merged.exitCode).as(merged.err).isZero();
        assertThat(jdbc.sql("select count(*) from notificatie_outbox")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aWrongTokenStopsAtOnce() throws Exception {
        var result = run(
                targetEnv(),
                "import",
                "--from",
                "http://127.0.0.1:" + proxy.getAddress().getPort(),
                "--token",
                "0".repeat(48));
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.err).contains("refuses the token");
        assertThat(objectsInRegister()).isZero();
    }

    // The data

    /** More than the demo: every kind of object and relation, and rows the register's own API refuses. */
    private static void fillSourceWithMore() throws Exception {
        JsonNode partijen = get("/klantinteracties/api/v1/partijen?pageSize=100&soortPartij=persoon");
        String persoon = partijen.get("results").get(0).get("uuid").asString();
        String ander = partijen.get("results").get(1).get("uuid").asString();
        JsonNode klantcontacten = get("/klantinteracties/api/v1/klantcontacten?pageSize=2");
        String klantcontact = klantcontacten.get("results").get(0).get("uuid").asString();
        String eerder = klantcontacten.get("results").get(1).get("uuid").asString();
        String categorie = post("/klantinteracties/api/v1/categorieen", "{\"naam\": \"Ondernemer\"}");
        post("/klantinteracties/api/v1/categorie-relaties", """
                {"partij": {"uuid": "%s"}, "categorie": {"uuid": "%s"}, "beginDatum": "2024-01-01",
                 "eindDatum": "2025-01-01"}""".formatted(persoon, categorie));
        post("/klantinteracties/api/v1/vertegenwoordigingen", """
                {"vertegenwoordigendePartij": {"uuid": "%s"}, "vertegenwoordigdePartij": {"uuid": "%s"}}""".formatted(persoon, ander));
        String rekening = post("/klantinteracties/api/v1/rekeningnummers", """
                {"partij": {"uuid": "%s"}, "iban": "NL91ABNA0417164300", "bic": "ABNANL2A"}""".formatted(persoon));
        patch(
                "/klantinteracties/api/v1/partijen/" + persoon,
                "{\"voorkeursRekeningnummer\": {\"uuid\": \"" + rekening + "\"}}");
        String organisatie = post("/klantinteracties/api/v1/partijen", """
                {"soortPartij": "organisatie", "indicatieActief": true, "partijIdentificatie": {"naam": "Bakkerij"}}""");
        String kvk = post("/klantinteracties/api/v1/partij-identificatoren", """
                {"identificeerdePartij": {"uuid": "%s"}, "partijIdentificator": {"codeObjecttype": "niet_natuurlijk_persoon",
                 "codeSoortObjectId": "kvk_nummer", "objectId": "69599084", "codeRegister": "hr"}}""".formatted(organisatie));
        post("/klantinteracties/api/v1/partij-identificatoren", """
                {"identificeerdePartij": {"uuid": "%s"}, "subIdentificatorVan": {"uuid": "%s"},
                 "partijIdentificator": {"codeObjecttype": "vestiging", "codeSoortObjectId": "vestigingsnummer",
                 "objectId": "000038509504", "codeRegister": "hr"}}""".formatted(organisatie, kvk));
        post("/klantinteracties/api/v1/onderwerpobjecten", """
                {"klantcontact": {"uuid": "%s"}, "wasKlantcontact": {"uuid": "%s"},
                 "onderwerpobjectidentificator": {"objectId": "Z-1", "codeObjecttype": "zaak", "codeRegister": "openzaak",
                 "codeSoortObjectId": "identificatie"}}""".formatted(klantcontact, eerder));
        post("/klantinteracties/api/v1/bijlagen", """
                {"wasBijlageVanKlantcontact": {"uuid": "%s"}, "bijlageidentificator": {"objectId": "D-1",
                 "codeObjecttype": "document", "codeRegister": "drc", "codeSoortObjectId": "uuid"}}""".formatted(klantcontact));
        post("/contactgegevens/api/v1/persoon", """
                {"geboortedatum": "1980-02-03", "geslachtsnaam": "Jansen", "voornamen": "Piet",
                 "adres": {"straatnaam": "Dorpsstraat", "huisnummer": 1, "postcode": "1234 AB", "stad": "Ergens", "land": "NL"}}""");
        post(
                "/contactgegevens/api/v1/organisatie",
                "{\"handelsnaam\": \"Bakkerij Jansen\", \"oprichtingsdatum\": \"2001-01-01\"}");

        try (var connection = sourceDatabase.getPostgresDatabase().getConnection();
                var sql = connection.createStatement()) {
            // Enough klantcontacten for several pages, with betrokkenen, in the source's own order.
            sql.execute("""
                    insert into klantcontact (uuid, kanaal, onderwerp, taal, vertrouwelijk, plaatsgevonden_op)
                    select gen_random_uuid(), 'telefoon', 'Vraag ' || n, 'nld', n % 7 = 0, now() - n * interval '1 hour'
                    from generate_series(1, 250) n""");
            sql.execute("""
                    insert into betrokkene (uuid, klantcontact_uuid, partij_uuid, rol, initiator, contactnaam_voorletters,
                        contactnaam_voornaam, contactnaam_voorvoegsel_achternaam, contactnaam_achternaam)
                    select gen_random_uuid(), k.uuid, '%s', 'klant', true, 'J.', 'Jan', '', 'Jansen'
                    from klantcontact k where k.onderwerp like 'Vraag %%'""".formatted(persoon));
            // What the register's own API refuses, as an older Open Klant may hold it.
            sql.execute("insert into rekeningnummer (uuid, partij_uuid, iban) values ('" + ODD_IBAN + "', '" + ander
                    + "', 'NL91 ABNA 0417 1643 00')");
            sql.execute("insert into partij_identificator (uuid, code_objecttype, code_soort_object_id, object_id,"
                    + " code_register) values ('" + OLD_CODES + "', 'inp', 'bsn', '111222333', 'gba')");
            sql.execute("insert into digitaal_adres (uuid, partij_uuid, adres, soort_digitaal_adres) values" + " ('"
                    + ODD_PHONE + "', '" + ander + "', '0612-345678', 'telefoonnummer')");
            sql.execute("insert into onderwerpobject (uuid, klantcontact_uuid, identificator_object_id,"
                    + " identificator_code_objecttype, identificator_code_register, identificator_code_soort_object_id)"
                    + " values ('" + BLANK_OBJECT_ID + "', '" + klantcontact
                    + "', ' ', 'zaak', 'openzaak', 'identificatie')");
        }
    }

    // Comparing both sides

    /** Every object of every resource, read by uuid from the source and from the register, is the same JSON. */
    private void everyObjectReadsBackTheSame() throws Exception {
        for (String collection : KLANTINTERACTIES) {
            sameEverywhere("/klantinteracties/api/v1/" + collection);
        }
        for (String collection : CONTACTGEGEVENS) {
            sameEverywhere("/contactgegevens/api/v1/" + collection);
        }
    }

    private void sameEverywhere(String path) throws Exception {
        List<String> uuids = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode shown = get(path + "?pageSize=100&page=" + page);
            shown.get("results").forEach(o -> uuids.add(o.get("uuid").asString()));
            if (shown.get("next").isNull()) {
                break;
            }
        }
        assertThat(uuids).as(path).isNotEmpty();
        var ours = new ArrayList<String>();
        for (int page = 1; ; page++) {
            JsonNode shown = getFrom(port, key(), path + "?pageSize=100&page=" + page);
            shown.get("results").forEach(o -> ours.add(o.get("uuid").asString()));
            if (shown.get("next").isNull()) {
                break;
            }
        }
        // The same objects, listed in the same order.
        assertThat(ours).as(path).isEqualTo(uuids);
        for (String uuid : uuids) {
            String theirs = withoutHost(get(path + "/" + uuid).toString(), sourcePort);
            String mine = withoutHost(getFrom(port, key(), path + "/" + uuid).toString(), port);
            assertThat(mine).as(path + "/" + uuid).isEqualTo(theirs);
        }
    }

    private static String withoutHost(String json, int port) {
        return json.replace("http://127.0.0.1:" + port, "").replace("http://localhost:" + port, "");
    }

    private long audited(long after) {
        return jdbc.sql("select count(*) from audit_entry where application = 'import' and action = 'create'"
                        + " and id > ?")
                .param(after)
                .query(Long.class)
                .single();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry")
                .query(Long.class)
                .single();
    }

    private long objectsInRegister() {
        return jdbc.sql("""
                        select (select count(*) from categorie) + (select count(*) from actor)
                            + (select count(*) from partij) + (select count(*) from partij_identificator)
                            + (select count(*) from rekeningnummer) + (select count(*) from vertegenwoordiging)
                            + (select count(*) from categorie_relatie) + (select count(*) from klantcontact)
                            + (select count(*) from betrokkene) + (select count(*) from onderwerpobject)
                            + (select count(*) from bijlage) + (select count(*) from actorklantcontact)
                            + (select count(*) from internetaak) + (select count(*) from digitaal_adres)
                            + (select count(*) from contactgegevens_persoon)
                            + (select count(*) from contactgegevens_organisatie)""").query(Long.class).single();
    }

    private int pagesDone() {
        return jdbc.sql("select coalesce(sum(pages_done), 0) from import_resource")
                .query(Integer.class)
                .single();
    }

    // Processes

    private record Result(int exitCode, String out, String err) {}

    private Map<String, String> targetEnv() {
        var hikari = (HikariDataSource) unwrap(dataSource);
        return Map.of(
                "SPRING_DATASOURCE_URL", hikari.getJdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", hikari.getUsername(),
                "SPRING_DATASOURCE_PASSWORD", hikari.getPassword() == null ? "" : hikari.getPassword(),
                "NOTIFICATIES_CLOUDEVENTS_SUBSCRIBERS", "http://127.0.0.1:9/events",
                "SERVER_PORT", Integer.toString(port));
    }

    private static DataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class)
                    : dataSource;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> importCommand(List<String> options) {
        var command = new ArrayList<>(List.of(
                "import",
                "--from",
                "http://127.0.0.1:" + proxy.getAddress().getPort(),
                "--token",
                sourceKey,
                "--url",
                "http://localhost:" + port));
        command.addAll(options);
        return command;
    }

    private Result importer(List<String> options) throws Exception {
        return run(targetEnv(), importCommand(options).toArray(String[]::new));
    }

    private Process startImport(List<String> options, String errFile) throws IOException {
        var command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(importCommand(options));
        var builder = new ProcessBuilder(command)
                .redirectOutput(work.resolve(errFile + ".out").toFile())
                .redirectError(work.resolve(errFile).toFile());
        builder.environment().putAll(targetEnv());
        return builder.start();
    }

    private static Process start(Map<String, String> env, String log) throws Exception {
        var builder = new ProcessBuilder(JAVA, "-jar", JAR.toAbsolutePath().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile());
        builder.environment().putAll(env);
        var process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as(Files.readString(work.resolve(log)))
                    .isTrue();
            try {
                var health = HTTP.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + env.get("SERVER_PORT") + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("source did not start: " + Files.readString(work.resolve(log)));
    }

    private static Result run(Map<String, String> env, String... args) throws Exception {
        var command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        String name = UUID.randomUUID().toString();
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        var builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        var process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A proxy in front of the source that can answer 500 to the next requests, or make every request slow. */
    private static void startProxy() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                var request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + sourcePort + exchange.getRequestURI()))
                        .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .build();
                var response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                response.headers()
                        .firstValue("Content-Type")
                        .ifPresent(t -> exchange.getResponseHeaders().add("Content-Type", t));
                exchange.sendResponseHeaders(
                        response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
                exchange.getResponseBody().write(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        proxy.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        proxy.start();
    }

    private static JsonNode get(String path) throws Exception {
        return getFrom(sourcePort, sourceKey, path);
    }

    private static JsonNode getFrom(int port, String key, String path) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Token " + key)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String post(String path, String json) throws Exception {
        return send("POST", path, json).get("uuid").asString();
    }

    private static void patch(String path, String json) throws Exception {
        send("PATCH", path, json);
    }

    private static JsonNode send(String method, String path, String json) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sourcePort + path))
                        .header("Authorization", "Token " + writeKey())
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static String writer;

    private static String writeKey() throws Exception {
        if (writer == null) {
            var env = Map.of(
                    "SPRING_DATASOURCE_URL",
                    sourceDatabase.getJdbcUrl("postgres", "postgres"),
                    "SPRING_DATASOURCE_USERNAME",
                    "postgres",
                    "SERVER_PORT",
                    Integer.toString(sourcePort));
            writer = run(
                            env,
                            "tokens",
                            "create",
                            "vuller",
                            "--scope",
                            "klantinteracties:lezen",
                            "--scope",
                            "klantinteracties:schrijven",
                            "--scope",
                            "contactgegevens:schrijven",
                            "--scope",
                            "klantinteracties:vertrouwelijk")
                    .out
                    .strip();
        }
        return writer;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
