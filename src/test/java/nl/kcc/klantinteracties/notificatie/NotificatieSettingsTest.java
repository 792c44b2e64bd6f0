package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings as an operator gives them: environment variables, bound the way the running register binds them. */
class NotificatieSettingsTest {

    @Test
    void offWithoutADestination() {
        var settings = bind(Map.of());

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.retryInitialDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.retryMaxDelay()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.maxAttempts()).isEqualTo(300);
        assertThat(settings.pruneAfter()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.freeTextKenmerken()).isFalse();
        assertThat(settings.cloudeventsSubscribers()).isEmpty();
        assertThat(settings.bevestigingen()).isFalse();
        assertThat(settings.cloudEventSource()).isEqualTo("klantinteracties");
    }

    @Test
    void theEnvironmentVariablesOfTheDocumentation() {
        var settings = bind(Map.ofEntries(
                Map.entry("NOTIFICATIES_API_URL", "https://nrc.example.nl/api/v1/"),
                Map.entry("NOTIFICATIES_CLIENT_ID", "klantinteracties"),
                Map.entry("NOTIFICATIES_SECRET", "geheim"),
                Map.entry("NOTIFICATIES_RETRY_INITIAL_DELAY", "2s"),
                Map.entry("NOTIFICATIES_RETRY_MAX_DELAY", "5m"),
                Map.entry("NOTIFICATIES_MAX_ATTEMPTS", "20"),
                Map.entry("NOTIFICATIES_PRUNE_AFTER", "30d"),
                Map.entry("NOTIFICATIES_POLL_INTERVAL", "1s"),
                Map.entry("NOTIFICATIES_TIMEOUT", "3s"),
                Map.entry("NOTIFICATIES_FREE_TEXT_KENMERKEN", "true"),
                Map.entry("NOTIFICATIES_CLOUDEVENTS_SUBSCRIBERS", "https://a.example.nl/events, https://b.example.nl/"),
                Map.entry("NOTIFICATIES_BEVESTIGING_SUBSCRIBERS", " https://mail.example.nl/bevestigingen ,"),
                Map.entry("NOTIFICATIES_SOURCE", "urn:nld:oin:00000001234567890000:systeem:klantinteracties"),
                Map.entry("NOTIFICATIES_DOCUMENTATIE_LINK", "https://register.example.nl/docs")));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.apiUrl()).isEqualTo("https://nrc.example.nl/api/v1");
        assertThat(settings.clientId()).isEqualTo("klantinteracties");
        assertThat(settings.secret()).isEqualTo("geheim");
        assertThat(settings.retryInitialDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.retryMaxDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.maxAttempts()).isEqualTo(20);
        assertThat(settings.pruneAfter()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.freeTextKenmerken()).isTrue();
        assertThat(settings.cloudeventsSubscribers())
                .isEqualTo(List.of("https://a.example.nl/events", "https://b.example.nl/"));
        assertThat(settings.bevestigingSubscribers()).isEqualTo(List.of("https://mail.example.nl/bevestigingen"));
        assertThat(settings.cloudEventSource()).isEqualTo("urn:nld:oin:00000001234567890000:systeem:klantinteracties");
        assertThat(settings.documentatieLink()).isEqualTo("https://register.example.nl/docs");
    }

    @Test
    void confirmationsAloneSwitchTheOutboxOn() {
        var settings = bind(Map.of("NOTIFICATIES_BEVESTIGING_SUBSCRIBERS", "https://mail.example.nl/bevestigingen"));
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.cloudEvents()).isFalse();
    }

    @Test
    void anEmptyUrlLeavesNotificationsOff() {
        assertThat(bind(Map.of("NOTIFICATIES_API_URL", " ", "NOTIFICATIES_CLOUDEVENTS_SUBSCRIBERS", ""))
                        .enabled())
                .isFalse();
    }

    @Test
    void refusesAMaximumDelayShorterThanTheFirst() {
        assertThatThrownBy(() -> bind(Map.of(
                        "NOTIFICATIES_RETRY_INITIAL_DELAY", "10m",
                        "NOTIFICATIES_RETRY_MAX_DELAY", "1m")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("retry-max-delay");
    }

    private static NotificatieSettings bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource("environment", environment);
        return new Binder(ConfigurationPropertySources.from(source))
                .bindOrCreate("notificaties", NotificatieSettings.class);
    }
}
