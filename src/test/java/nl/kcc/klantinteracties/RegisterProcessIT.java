package nl.kcc.klantinteracties;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register as an operator runs it: the built jar, started and stopped as a process, its data in a directory of its
 * own, tokens made with its command line ({@code ./klantinteracties}) whether it runs or not, health and metrics beside
 * the APIs.
 */
class RegisterProcessIT {

    private static final Path JAR = Path.of("target/klantinteracties.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Path LAUNCHER = Path.of("klantinteracties").toAbsolutePath();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path workDirectory;

    private int port;

    @AfterEach
    void stopAll() throws InterruptedException {
        // Stopped, a register stops its embedded PostgreSQL; killed, it would leave the postmaster writing into the
        // directory JUnit deletes next.
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void keepsItsDataAcrossAStopAndACrash() throws Exception {
        port = freePort();
        Process register = start();
        assertThat(send("GET", "/actuator/health/liveness", null, null).body()).contains("UP");
        var metrics = send("GET", "/actuator/prometheus", null, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");

        String key = cli("tokens", "create", "kcc-test").strip();
        assertThat(key).matches("[0-9a-f]{48}");

        var created = send("POST", "/klantinteracties/api/v1/klantcontacten", key, """
                {"kanaal": "telefoon", "onderwerp": "Paspoort verlengen", "taal": "nld", "vertrouwelijk": false}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String url = created.headers().firstValue("Location").orElseThrow();
        String path = URI.create(url).getPath();

        register.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        register = start();
        var afterCrash = send("GET", path, key, null);
        assertThat(afterCrash.statusCode()).isEqualTo(200);
        assertThat(afterCrash.body()).contains("Paspoort verlengen");

        register.destroy();
        assertThat(register.waitFor(60, TimeUnit.SECONDS)).isTrue();
        start();
        assertThat(send("GET", path, key, null).body()).contains("Paspoort verlengen");
    }

    @Test
    void theCommandLineManagesTokensWithOrWithoutARunningRegister() throws Exception {
        port = freePort();
        String key = cli("tokens", "create", "formulieren").strip();
        assertThat(key).matches("[0-9a-f]{48}");
        String listed = cli("tokens", "list");
        assertThat(listed).contains("formulieren").doesNotContain(key);

        start();
        assertThat(send("GET", "/klantinteracties/api/v1/klantcontacten", key, null)
                        .statusCode())
                .isEqualTo(200);
        cli("tokens", "revoke", "formulieren");
        assertThat(send("GET", "/klantinteracties/api/v1/klantcontacten", key, null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theDemoFillsAFreshRegisterOnceAndTheRegisterServesIt() throws Exception {
        port = freePort();
        String made = cli("demo");
        assertThat(made).contains("200 klantcontacten");

        var refused = run("demo");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("--force");

        start();
        String key = cli("tokens", "create", "kiss").strip();
        var klantcontacten = send("GET", "/klantinteracties/api/v1/klantcontacten?pageSize=1", key, null);
        assertThat(klantcontacten.statusCode()).isEqualTo(200);
        // Without the vertrouwelijk scope the confidential ones are not there; the demo made some.
        int count = JsonMapper.builder()
                .build()
                .readTree(klantcontacten.body())
                .get("count")
                .asInt();
        assertThat(count).isBetween(150, 199);
        assertThat(send("GET", "/klantinteracties/api/v1/internetaken?status=te_verwerken", key, null)
                        .body())
                .contains("Terugbellen");
    }

    @Test
    void aSetupFileProvisionsTheRegisterAtItsStart() throws Exception {
        port = freePort();
        String key = "f0rmul1eren-0123456789abcdef0123456789";
        Files.writeString(workDirectory.resolve("formulieren.key"), key);
        Files.writeString(workDirectory.resolve("setup.yaml"), """
                tokens:
                  - name: openformulieren
                    keyFile: formulieren.key
                afdelingen:
                  - naam: KCC
                """);
        assertThat(cli("setup", "check", "setup.yaml")).contains("1 tokens, 1 afdelingen");

        start(Map.of("KLANTINTERACTIES_SETUP_FILE", "setup.yaml"));

        assertThat(log()).contains("Applied the setup file setup.yaml: 2 entries");
        assertThat(send("GET", "/klantinteracties/api/v1/klantcontacten", key, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/klantinteracties/api/v1/actoren?actoridentificatorObjectId=KCC", key, null)
                        .body())
                .contains("\"count\":1");
        // Applied again beside the running register, the file finds nothing to do.
        assertThat(cli("setup", "apply", "setup.yaml")).contains("token openformulieren: unchanged");
    }

    private Process start() throws IOException, InterruptedException {
        return start(Map.of());
    }

    private Process start(Map<String, String> environment) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(JAVA, "-jar", JAR.toAbsolutePath().toString())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDirectory
                        .resolve("register-" + started.size() + ".log")
                        .toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        var process = builder.start();
        started.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("register stopped while starting: %s", log())
                    .isTrue();
            try {
                if (send("GET", "/actuator/health/readiness", null, null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("register did not start: " + log());
    }

    /** Runs a command of the register's command line and returns what it printed on standard output. */
    private String cli(String... args) throws Exception {
        var result = run(args);
        assertThat(result.exitCode())
                .as("exit code of %s: %s", List.of(args), result.err())
                .isZero();
        return result.out();
    }

    private record Result(int exitCode, String out, String err) {}

    /** Runs a command as the README writes it: {@code ./klantinteracties}, the build's extracted jar (ADR 22). */
    private Result run(String... args) throws Exception {
        var command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = workDirectory.resolve("cli.out");
        Path err = workDirectory.resolve("cli.err");
        var builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment()
                .put("JAVA_HOME", Path.of(JAVA).getParent().getParent().toString());
        var process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    private HttpResponse<String> send(String method, String path, String key, String json)
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

    private String log() {
        try (var logs = Files.list(workDirectory)) {
            var text = new StringBuilder();
            for (Path file : logs.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .toList()) {
                text.append(Files.readString(file));
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
