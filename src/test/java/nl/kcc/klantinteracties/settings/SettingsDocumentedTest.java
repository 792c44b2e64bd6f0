package nl.kcc.klantinteracties.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every setting the register reads has a row in the README's tables, under the name an operator gives it. */
class SettingsDocumentedTest {

    @Test
    void everySettingIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        JsonNode metadata = JsonMapper.builder()
                .build()
                .readTree(Path.of("target/classes/META-INF/spring-configuration-metadata.json")
                        .toFile());

        List<String> settings = new ArrayList<>();
        for (JsonNode property : metadata.path("properties")) {
            settings.add(property.path("name").asString());
        }
        assertThat(settings).contains("klantinteracties.database.port", "notificaties.api-url");

        List<String> undocumented = settings.stream()
                .map(SettingsCheck::environmentName)
                .filter(variable ->
                        !readme.contains("| `" + variable + "`") && !readme.contains(", `" + variable + "`"))
                .toList();
        assertThat(undocumented).as("settings without a row in the README").isEmpty();
    }
}
