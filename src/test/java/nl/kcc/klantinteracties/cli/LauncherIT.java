package nl.kcc.klantinteracties.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./klantinteracties} runs the commands from the jar the build extracted, with the classes the build archived
 * (ADR 0022), as the README tells an operator to.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("klantinteracties").toAbsolutePath();
    private static final Path JAVA_HOME = ProcessHandle.current()
            .info()
            .command()
            .map(java -> Path.of(java).getParent().getParent())
            .orElseThrow();

    @TempDir
    Path workDirectory;

    @Test
    void aCommandTakesItsClassesFromTheArchiveTheBuildMade() throws Exception {
        var create = run("tokens", "create", "website");
        assertThat(create.exitCode()).as(create.errors()).isZero();
        assertThat(create.output().strip()).matches("[0-9a-f]{48}");

        var list = run("tokens", "list");
        assertThat(list.exitCode()).as(list.errors()).isZero();
        assertThat(list.output())
                .contains("website")
                .doesNotContain(create.output().strip());

        assertThat(Files.readAllLines(workDirectory.resolve("classes.log")).stream()
                        .filter(line -> line.contains(" nl.kcc.klantinteracties.cli.TokenCommands ")))
                .singleElement(STRING)
                .contains("source: shared objects file");
    }

    private record Result(int exitCode, String output, String errors) {}

    private Result run(String... args) throws Exception {
        var command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path output = workDirectory.resolve("output.txt");
        Path errors = workDirectory.resolve("errors.txt");
        var builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile());
        builder.environment().put("JAVA_HOME", JAVA_HOME.toString());
        builder.environment()
                .put(
                        "KLANTINTERACTIES_DATABASE_DATA_DIRECTORY",
                        workDirectory.resolve("data").toString());
        if (Files.notExists(workDirectory.resolve("classes.log"))) {
            builder.environment()
                    .put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + workDirectory.resolve("classes.log"));
        }
        var process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("stopped").isTrue();
        return new Result(process.exitValue(), Files.readString(output), Files.readString(errors));
    }
}
