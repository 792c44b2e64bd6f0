package nl.kcc.klantinteracties.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong setting stops the built jar before it serves anything, with a message that names the setting. */
class WrongSettingsIT {

    private static final Path JAR = Path.of("target/klantinteracties.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    Path workDirectory;

    @Test
    void aMisspeltSettingStopsTheRegisterAndSaysWhatWasMeant() throws Exception {
        var result = run(Map.of("KLANTINTERACTIES_DATABSE_PORT", "5433"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("The environment variable KLANTINTERACTIES_DATABSE_PORT is not a setting of the register.")
                .contains("Did you mean KLANTINTERACTIES_DATABASE_PORT?")
                .doesNotContain("Tomcat started");
        assertThat(workDirectory.resolve("data")).doesNotExist();
    }

    @Test
    void aValueThatCannotBeRightStopsTheRegisterAndNamesTheSetting() throws Exception {
        var result = run(Map.of("KLANTINTERACTIES_PUBLIC_BASE_URL", "klanten.gemeente.nl"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("klantinteracties.public-base-url must be http(s)://host[:port], without a path")
                .doesNotContain("Tomcat started");
    }

    @Test
    void aCommandRefusesAMisspeltSettingToo() throws Exception {
        var result = run(Map.of("NOTIFICATIES_API_UR", "https://nrc.example.nl/api/v1"), "tokens", "list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output())
                .contains("NOTIFICATIES_API_UR is not a setting")
                .contains("Did you mean NOTIFICATIES_API_URL?");
    }

    @Test
    void aWrongSetupFileStopsTheRegisterBeforeItListensAndNamesTheEntries() throws Exception {
        Files.writeString(workDirectory.resolve("setup.yaml"), """
                tokens:
                  - name: kiss
                    scopes: [klantinteracties:lees]
                    keyEnv: KISS_KEY
                medewerkers:
                  - gebruikersnaam: nicole
                """);
        var environment = Map.of("KLANTINTERACTIES_SETUP_FILE", "setup.yaml", "KISS_KEY", "k".repeat(40));

        // A pipeline checks the file before deploying it, without a register.
        var check = run(environment, "setup", "check", "setup.yaml");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.output())
                .contains("tokens[0].scopes[0]: unknown scope 'klantinteracties:lees'")
                .contains("medewerkers[0].naam: missing");
        assertThat(workDirectory.resolve("data")).doesNotExist();

        var result = run(environment);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output())
                .contains("The setup file setup.yaml (klantinteracties.setup.file) cannot be applied:")
                .contains("tokens[0].scopes[0]: unknown scope 'klantinteracties:lees'")
                .contains("medewerkers[0].naam: missing")
                .contains("nothing of the file was applied")
                .doesNotContain("Tomcat started");
    }

    private record Result(int exitCode, String output) {}

    private Result run(Map<String, String> environment, String... args) throws Exception {
        var command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path output = workDirectory.resolve("output.log");
        var builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().putAll(environment);
        var process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("stopped").isTrue();
        return new Result(process.exitValue(), Files.readString(output));
    }
}
