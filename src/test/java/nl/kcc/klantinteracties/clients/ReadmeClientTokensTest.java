package nl.kcc.klantinteracties.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.security.Scope;
import org.junit.jupiter.api.Test;

/**
 * The tokens the README's "Switching from Open Klant" tells a municipality to make are the ones the client flow tests
 * make: a README that drifts from the tested scopes fails here.
 */
class ReadmeClientTokensTest {

    private static final Pattern COMMAND = Pattern.compile("`tokens create ([a-z-]+)((?: --scope [a-z:]+)*)`");

    @Test
    void theReadmesCommandsAreTheTestedTokens() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section =
                readme.substring(readme.indexOf("## Switching from Open Klant"), readme.indexOf("### 2. The cut-over"));
        Map<String, Set<Scope>> documented = new HashMap<>();
        var matcher = COMMAND.matcher(section);
        while (matcher.find()) {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            for (String part : matcher.group(2).split(" --scope ")) {
                if (!part.isBlank()) {
                    scopes.add(Scope.parse(part.strip()).orElseThrow());
                }
            }
            documented.put(matcher.group(1), scopes);
        }
        assertThat(documented).isEqualTo(ClientTokens.BY_NAME);
    }
}
