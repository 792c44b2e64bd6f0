package nl.kcc.klantinteracties.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SettingsCheckTest {

    private final SettingsCheck check = new SettingsCheck(List.of(
            "klantinteracties.database.port",
            "klantinteracties.database.data-directory",
            "klantinteracties.trusted-proxies",
            "notificaties.api-url"));

    @Test
    void knownSettingsPassInEveryFormSpringAccepts() {
        check.check(environment(
                Map.of(
                        "KLANTINTERACTIES_DATABASE_DATA_DIRECTORY", "/var/lib/klantinteracties",
                        "KLANTINTERACTIES_TRUSTED_PROXIES_0", "10.0.0.1",
                        "NOTIFICATIES_API_URL", "https://nrc.example.nl/api/v1",
                        "PATH", "/usr/bin"),
                Map.of("klantinteracties.database.port", "5433", "klantinteracties.trusted-proxies[1]", "10.0.0.2")));
    }

    @Test
    void aMisspeltEnvironmentVariableIsNamedWithTheOneThatWasMeant() {
        assertThatThrownBy(() -> check.check(environment(Map.of("KLANTINTERACTIES_DATABSE_PORT", "5433"), Map.of())))
                .isInstanceOf(UnknownSettingException.class)
                .hasMessageContaining("The environment variable KLANTINTERACTIES_DATABSE_PORT is not a setting")
                .hasMessageContaining("Did you mean KLANTINTERACTIES_DATABASE_PORT?");
    }

    @Test
    void aMisspeltPropertyIsNamedAsAProperty() {
        assertThatThrownBy(() -> check.check(environment(Map.of(), Map.of("notificaties.api-ur", "x"))))
                .hasMessageContaining("The setting notificaties.api-ur")
                .hasMessageContaining("Did you mean notificaties.api-url?");
    }

    @Test
    void somethingFarFromAnySettingGetsNoGuess() {
        assertThatThrownBy(() -> check.check(environment(Map.of("KLANTINTERACTIES_THEMA", "donker"), Map.of())))
                .hasMessageContaining("KLANTINTERACTIES_THEMA is not a setting")
                .hasMessageNotContaining("Did you mean");
    }

    @Test
    void kubernetesServiceLinksAreNotSettings() {
        check.check(environment(
                Map.of(
                        "NOTIFICATIES_PORT", "tcp://10.96.0.12:8000",
                        "NOTIFICATIES_PORT_8000_TCP", "tcp://10.96.0.12:8000",
                        "NOTIFICATIES_PORT_8000_TCP_ADDR", "10.96.0.12",
                        "NOTIFICATIES_SERVICE_HOST", "10.96.0.12",
                        "NOTIFICATIES_SERVICE_PORT_HTTP", "8000"),
                Map.of()));
    }

    @Test
    void theRegistersOwnSettingsAreAllKnown() {
        var real = new SettingsCheck();
        real.check(environment(
                Map.of(
                        "KLANTINTERACTIES_PUBLIC_BASE_URL", "https://klanten.gemeente.nl",
                        "KLANTINTERACTIES_WERKPLEK_KCC_AFDELING", "Klantcontactcentrum",
                        "NOTIFICATIES_RETRY_MAX_DELAY", "5m"),
                Map.of("klantinteracties.api.idempotency.retention", "1h")));
    }

    private static StandardEnvironment environment(Map<String, Object> variables, Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new MapPropertySource("test", properties));
        environment
                .getPropertySources()
                .addLast(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }
}
