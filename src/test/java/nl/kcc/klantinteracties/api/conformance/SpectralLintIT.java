package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * Spectral's own {@code spectral:oas} ruleset finds neither errors nor warnings in the OpenAPI documents the register
 * serves. Spectral is the npm package pinned in {@code src/test/spectral}; it is installed under {@code target/} on the
 * first run (and again when the lock file changes), so a clean clone needs node and npm, nothing else.
 */
class SpectralLintIT extends ApiIT {

    private static final Path PINNED = Path.of("src/test/spectral");
    private static final Path WORK = Path.of("target/spectral");

    @Test
    void theServedDocumentsLintCleanUnderSpectralOas() throws Exception {
        installSpectral();
        var documents = new ArrayList<String>();
        for (String api : List.of("klantinteracties", "contactgegevens")) {
            String json = anonymous()
                    .get("/" + api + "/api/v1/openapi.yaml")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            String file = api + "-openapi.yaml";
            Files.writeString(WORK.resolve(file), json);
            documents.add(file);
        }

        var command = new ArrayList<>(
                List.of("node_modules/.bin/spectral", "lint", "--ruleset", ".spectral.yaml", "--fail-severity=warn"));
        command.addAll(documents);
        var lint = run(command);

        assertThat(lint.exitCode())
                .as("Spectral (spectral:oas) on %s found problems:%n%s", documents, lint.output())
                .isZero();
    }

    /** Runs {@code npm ci} in target/spectral unless what is installed there came from the same lock file. */
    private static void installSpectral() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path lock = PINNED.resolve("package-lock.json");
        Path installedLock = WORK.resolve("package-lock.json");
        Files.copy(
                PINNED.resolve(".spectral.yaml"), WORK.resolve(".spectral.yaml"), StandardCopyOption.REPLACE_EXISTING);
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
