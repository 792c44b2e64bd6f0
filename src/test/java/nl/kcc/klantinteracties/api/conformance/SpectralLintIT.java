package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Spectral's own {@code spectral:oas} ruleset finds neither errors nor warnings in the OpenAPI documents the register
 * serves, and the API Design Rules find only what they find in the standard's own documents. Spectral is the npm
 * package pinned in {@code src/test/spectral}; it is installed under {@code target/} on the first run (and again when
 * the lock file changes), so a clean clone needs node and npm, nothing else.
 */
class SpectralLintIT extends ApiIT {

    private static final Path PINNED = Path.of("src/test/spectral");
    private static final Path WORK = Path.of("target/spectral");

    @Test
    void theServedDocumentsLintCleanUnderSpectralOas() throws Exception {
        installSpectral();
        List<String> documents = servedDocuments();

        var command = new ArrayList<>(
                List.of("node_modules/.bin/spectral", "lint", "--ruleset", ".spectral.yaml", "--fail-severity=warn"));
        command.addAll(documents);
        var lint = run(command);

        assertThat(lint.exitCode())
                .as("Spectral (spectral:oas) on %s found problems:%n%s", documents, lint.output())
                .isZero();
    }

    /**
     * Under the project's rendering of the API Design Rules ({@code adr.spectral.yaml}) the served documents break no
     * rule but one, and that one only where the standard does: its query parameters such as {@code actor__uuid} are
     * not camelCase, and a client sends them as the standard names them.
     */
    @Test
    void theServedDocumentsBreakNoDesignRuleButWithTheStandardsOwnQueryParameters() throws Exception {
        installSpectral();
        List<String> documents = servedDocuments();

        Path report = WORK.resolve("adr-results.json");
        Files.deleteIfExists(report);
        var command = new ArrayList<>(List.of(
                "node_modules/.bin/spectral",
                "lint",
                "--ruleset",
                "adr.spectral.yaml",
                "--format",
                "json",
                "--output",
                report.getFileName().toString()));
        command.addAll(documents);
        var lint = run(command);
        assertThat(report).as("Spectral wrote no report:%n%s", lint.output()).exists();

        var yaml = YAMLMapper.builder().build();
        var standardNames = new HashSet<String>();
        for (String api : List.of("klantinteracties", "contactgegevens")) {
            try (InputStream in = getClass().getResourceAsStream("/contract/" + api + "-openapi.yaml")) {
                yaml.readTree(in)
                        .findValues("parameters")
                        .forEach(list -> list.forEach(parameter -> {
                            if (parameter.path("in").asString().equals("query")) {
                                standardNames.add(parameter.path("name").asString());
                            }
                        }));
            }
        }
        var ours = new HashMap<String, JsonNode>();
        for (String document : documents) {
            ours.put(
                    WORK.resolve(document).toAbsolutePath().toString(),
                    yaml.readTree(Files.readString(WORK.resolve(document))));
        }
        var broken = new ArrayList<String>();
        int inherited = 0;
        for (JsonNode result : JsonMapper.builder().build().readTree(Files.readString(report))) {
            JsonNode at = at(ours.get(result.path("source").asString()), result.path("path"));
            boolean standardsName = result.path("code").asString().equals("adr-query-camel-case")
                    && standardNames.contains(at.asString());
            if (standardsName) {
                inherited++;
            } else {
                broken.add(result.path("code").asString() + " at " + result.path("path") + ": "
                        + result.path("message").asString());
            }
        }
        assertThat(broken).as("design rules the served documents break").isEmpty();
        assertThat(inherited)
                .as("the standard's own parameter names, found by the camelCase rule")
                .isPositive();
    }

    /** The node a Spectral result's path leads to. */
    private static JsonNode at(JsonNode document, JsonNode path) {
        JsonNode at = document;
        for (JsonNode step : path) {
            at = at.isArray() ? at.path(Integer.parseInt(step.asString())) : at.path(step.asString());
        }
        return at;
    }

    /** Writes the documents the register serves under target/spectral, as a client fetches them. */
    private List<String> servedDocuments() throws IOException {
        var documents = new ArrayList<String>();
        for (String api : List.of("klantinteracties", "contactgegevens")) {
            String served = anonymous()
                    .get("/" + api + "/api/v1/openapi.yaml")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            String file = api + "-openapi.yaml";
            Files.writeString(WORK.resolve(file), served);
            documents.add(file);
        }
        return documents;
    }

    /** Runs {@code npm ci} in target/spectral unless what is installed there came from the same lock file. */
    private static void installSpectral() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path lock = PINNED.resolve("package-lock.json");
        Path installedLock = WORK.resolve("package-lock.json");
        for (String ruleset : List.of(".spectral.yaml", "adr.spectral.yaml")) {
            Files.copy(PINNED.resolve(ruleset), WORK.resolve(ruleset), StandardCopyOption.REPLACE_EXISTING);
        }
        boolean current = Files.isExecutable(WORK.resolve("node_modules/.bin/spectral"))
                && Files.exists(installedLock)
                && Files.mismatch(lock, installedLock) == -1;
        if (current) {
            return;
        }
        Files.copy(PINNED.resolve("package.json"), WORK.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
        // No install scripts: Spectral needs none, and one of its dependencies would only send usage statistics.
        var install = run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
        assertThat(install.exitCode())
                .as(
                        "npm ci in %s failed (node and npm are needed to lint the OpenAPI documents):%n%s",
                        WORK, install.output())
                .isZero();
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(WORK.toAbsolutePath(), "run", ".log");
        var process = new ProcessBuilder(command)
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A guard against a hanging npm, not a measurement: the lint itself takes a few seconds.
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return finished
                ? new Result(process.exitValue(), output)
                : new Result(-1, output + "\n(stopped after 5 minutes)");
    }

    private record Result(int exitCode, String output) {}
}
