package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.kcc.klantinteracties.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox with the register as an operator runs it: the built jar as a process, configured through environment
 * variables, on a PostgreSQL server of the municipality (started by the test), killed with messages pending, and two
 * instances on one database. The external server lets the registers and their command line start side by side and
 * lets the test read the outbox; that the embedded database survives a crash is {@code RegisterProcessIT}'s concern.
 */
class NotificatieProcessIT {

    private static final Path JAR = Path.of("target/klantinteracties.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String NOTIFICATIES = "/api/v1/notificaties";
    private static final String KLANTCONTACTEN = "/klantinteracties/api/v1/klantcontacten";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    /** The municipality's PostgreSQL; each test gets a database of its own on it. */
    private static EmbeddedPostgresServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> started = new ArrayList<>();
    private final Receiver receiver = Receiver.onFreePort();

    @TempDir
    Path workDirectory;

    private String database;

    @BeforeAll
    static void startDatabaseServer() {
        server = EmbeddedPostgresServer.startEphemeral();
    }

    @AfterAll
    static void stopDatabaseServer() {
        server.close();
    }

    @BeforeEach
    void createDatabase(TestInfo test) throws SQLException {
        database = "t_" + test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT);
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
                var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
    }

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
        receiver.close();
    }

    @Test
    void messagesPendingWhenTheRegisterIsKilledArriveAfterItStartsAgain() throws Exception {
        receiver.answer(request -> request.path().equals(NOTIFICATIES) ? 500 : 201);
        Path directory = Files.createDirectory(workDirectory.resolve("register"));
        int port = freePort();
        var environment = environment();
        Process register = launch(directory, port, environment);
        String key = launchCli(directory, environment, "tokens", "create", "kcc")
                .result()
                .strip();
        awaitReady(register, port);

        var urls = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            String url = create(port, key);
            patch(port, key, url);
            urls.add(url);
        }
        Eventually.await(
                "failed attempts",
                DEADLINE,
                () -> receiver.received(NOTIFICATIES).size() >= 5);
        assertThat(count("pending")).isEqualTo(10);

        register.destroyForcibly();
        assertThat(register.waitFor(30, TimeUnit.SECONDS)).isTrue();
        receiver.answerAll(201);
        start(directory, port, environment);

        Eventually.await("every message delivered", DEADLINE, () -> count("delivered") == 10);
        assertEveryMessageOnceInOrder(10, urls);
    }

    @Test
    void twoInstancesOnOneDatabaseDeliverEveryMessageOnce() throws Exception {
        receiver.answer(request -> request.path().equals(NOTIFICATIES) ? 500 : 201);
        var environment = environment();
        int portA = freePort();
        int portB = freePort();
        Path a = Files.createDirectory(workDirectory.resolve("a"));
        Path b = Files.createDirectory(workDirectory.resolve("b"));
        Process first = launch(a, portA, environment);
        Process second = launch(b, portB, environment);
        var token = launchCli(a, environment, "tokens", "create", "kcc");
        var kanalen = launchCli(b, environment, "notificaties", "kanalen");
        String key = token.result().strip();
        assertThat(kanalen.result())
                .isEqualTo("partijen registered\nklantcontacten registered\ninternetaken registered\n");
        awaitReady(first, portA);
        awaitReady(second, portB);

        // Each object's changes go through both instances, so its order is kept across them.
        var urls = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            String url = create(i % 2 == 0 ? portA : portB, key);
            patch(i % 2 == 0 ? portB : portA, key, url);
            patch(i % 2 == 0 ? portA : portB, key, url);
            urls.add(url);
        }
        Eventually.await(
                "failed attempts",
                DEADLINE,
                () -> receiver.received(NOTIFICATIES).size() >= 10);
        receiver.delay(Duration.ofMillis(20));
        receiver.answerAll(201);

        Eventually.await("every message delivered", DEADLINE, () -> count("delivered") == 30);
        assertEveryMessageOnceInOrder(30, urls);
    }

    private void assertEveryMessageOnceInOrder(int messages, List<String> urls) {
        Eventually.await(
                messages + " messages",
                DEADLINE,
                () -> receiver.accepted(NOTIFICATIES).stream()
                                .map(r -> r.header("Idempotency-Key"))
                                .distinct()
                                .count()
                        == messages,
                receiver::received);
        var accepted = receiver.accepted(NOTIFICATIES);
        assertThat(accepted).hasSize(messages);
        // Each instance writes URLs with the host it was reached on (behind a proxy they agree): compare uuids.
        var perObject = NotificatieApiIT.inOrderPerObject(
                receiver.received(NOTIFICATIES),
                r -> uuidOf(r.json().path("resourceUrl").asString()));
        assertThat(perObject.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        urls.stream().map(NotificatieProcessIT::uuidOf).toList());
        var acties = new ArrayList<String>(List.of("create"));
        while (acties.size() < messages / urls.size()) {
            acties.add("partial_update");
        }
        perObject.forEach((url, taken) -> assertThat(taken)
                .extracting(r -> r.json().path("actie").asString())
                .as("messages about %s", url)
                .containsExactlyElementsOf(acties));
    }

    private static String uuidOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private int count(String status) {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), "");
                var statement =
                        connection.prepareStatement("select count(*) from notificatie_outbox where status = ?")) {
            statement.setString(1, status);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The settings of both registers, as environment variables: the database, and notifications to the receiver. */
    private Map<String, String> environment() {
        var environment = new HashMap<String, String>();
        environment.put("SPRING_DATASOURCE_URL", server.jdbcUrl(database));
        environment.put("SPRING_DATASOURCE_USERNAME", server.user());
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("NOTIFICATIES_POLL_INTERVAL", "200ms");
        environment.put("NOTIFICATIES_API_URL", receiver.url("/api/v1"));
        environment.put("NOTIFICATIES_CLIENT_ID", "klantinteracties");
        environment.put("NOTIFICATIES_SECRET", "geheim");
        environment.put("NOTIFICATIES_RETRY_INITIAL_DELAY", "100ms");
        environment.put("NOTIFICATIES_RETRY_MAX_DELAY", "500ms");
        environment.put("NOTIFICATIES_MAX_ATTEMPTS", "1000");
        return environment;
    }

    private String create(int port, String key) throws IOException, InterruptedException {
        var response = send("POST", port, KLANTCONTACTEN, key, """
                {"kanaal": "telefoon", "onderwerp": "Paspoort verlengen", "taal": "nld", "vertrouwelijk": false}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private void patch(int port, String key, String url) throws IOException, InterruptedException {
        var response = send("PATCH", port, URI.create(url).getPath(), key, """
                {"indicatieContactGelukt": false}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private Process start(Path directory, int port, Map<String, String> environment)
            throws IOException, InterruptedException {
        Process process = launch(directory, port, environment);
        awaitReady(process, port);
        return process;
    }

    private Process launch(Path directory, int port, Map<String, String> environment) throws IOException {
        // C1 only: the register starts several times in these tests, and it starts faster without C2.
        var builder = new ProcessBuilder(
                        JAVA,
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        directory.resolve("register.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        var process = builder.start();
        started.add(process);
        return process;
    }

    private void awaitReady(Process process, int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("register stopped while starting: %s", logs())
                    .isTrue();
            try {
                if (send("GET", port, "/actuator/health/readiness", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("register did not start: " + logs());
    }

    /** Starts a command of the register's command line; its result is what it prints on standard output. */
    private Cli launchCli(Path directory, Map<String, String> environment, String... args) throws IOException {
        var command = new ArrayList<>(List.of(
                JAVA, "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        String name = String.join("-", args).replaceAll("[^a-z-]", "");
        Path out = directory.resolve(name + ".out");
        Path err = directory.resolve(name + ".err");
        var builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        started.add(process);
        return new Cli(List.of(args), process, out, err);
    }

    /** A command of the command line, running. */
    private record Cli(List<String> args, Process process, Path out, Path err) {

        String result() throws Exception {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as("exit code of %s: %s", args, Files.readString(err))
                    .isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(String method, int port, String path, String key, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Token " + key);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logs() {
        // The registers' logs are in their working directories, beside the embedded database's files.
        try (var files = Files.walk(workDirectory, 2)) {
            var text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .toList()) {
                text.append(file).append(":\n").append(Files.readString(file));
            }
            return text.toString();
        } catch (IOException | java.io.UncheckedIOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
