package nl.kcc.klantinteracties.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.kcc.klantinteracties.KlantinteractiesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The boundaries between the register's modules, one per top-level package (ADR 0001): no cycles between them, and
 * no module reaching into another's sub-packages except the open ones, {@code api} and {@code gegevensgroep}.
 */
class ModularityTest {

    private static final Path DIAGRAM = Path.of("docs", "modules", "components.puml");

    private static final ApplicationModules MODULES = ApplicationModules.of(KlantinteractiesApplication.class);

    @Test
    void theModulesDependOnEachOtherOnlyThroughWhatTheyExposeAndWithoutCycles() {
        MODULES.verify();
    }

    /** Run with {@code -Dmodules.update=true} to write the diagram after a change of the modules. */
    @Test
    void theModuleDiagramInTheDocsShowsTheModulesAsTheyAre() throws IOException {
        Path generated = Path.of("target", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml();
        Path written = generated.resolve("components.puml");
        if (Boolean.getBoolean("modules.update")) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.copy(written, DIAGRAM, StandardCopyOption.REPLACE_EXISTING);
        }

        // The Documenter writes the modules and their arrows in an order of its own, different from run to run.
        assertThat(Files.readAllLines(DIAGRAM))
                .as("docs/modules/components.puml is behind the code: run ./mvnw test -Dtest=ModularityTest"
                        + " -Dmodules.update=true")
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(written));
    }
}
