package nl.kcc.klantinteracties.notificatie;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications go and how hard the register tries. Nothing is written to the outbox unless a destination is
 * configured: the Notificaties API, CloudEvents subscribers, or both. Each setting can be given as an environment
 * variable ({@code NOTIFICATIES_API_URL}, {@code NOTIFICATIES_RETRY_INITIAL_DELAY}, ...).
 *
 * @param apiUrl the root of the Notificaties API ({@code https://nrc.example.nl/api/v1}); messages go to its
 *     {@code /notificaties}
 * @param clientId the client id of the JWT-ZGW token the register signs its requests with
 * @param secret the secret the token is signed with
 * @param retryInitialDelay the wait after a first failed attempt; every later failure doubles it
 * @param retryMaxDelay the longest wait between attempts
 * @param maxAttempts after this many failed attempts a message is marked failed and waits for an operator
 * @param pruneAfter how long delivered messages are kept
 * @param pollInterval how often an idle dispatcher looks for work it was not woken for (e.g. written by another
 *     instance)
 * @param timeout for connecting to and hearing back from a receiver
 * @param freeTextKenmerken whether {@code interneNotitie} and {@code toelichting}, free text that can hold personal
 *     data, are sent as kenmerken (never for a confidential klantcontact)
 * @param cloudeventsSubscribers URLs that receive every event as a CloudEvent
 * @param bevestigingSubscribers URLs that receive the confirmations of contactverzoeken for the klant (a mail or SMS
 *     service), and nothing else: they name the klant and their address
 * @param source who sends: the {@code source} of the messages ({@code urn:nld:oin:...:systeem:klantinteracties})
 * @param documentatieLink the documentation of the kanalen, given when they are registered
 */
@ConfigurationProperties("notificaties")
public record NotificatieSettings(
        @Nullable String apiUrl,
        @Nullable String clientId,
        @Nullable String secret,
        @DefaultValue("1s") Duration retryInitialDelay,
        @DefaultValue("10m") Duration retryMaxDelay,
        @DefaultValue("300") int maxAttempts,
        @DefaultValue("7d") Duration pruneAfter,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("false") boolean freeTextKenmerken,
        List<String> cloudeventsSubscribers,
        List<String> bevestigingSubscribers,
        @Nullable String source,
        String documentatieLink) {

    /** The destination name of the Notificaties API in the outbox; its URL is read from the settings when sending. */
    public static final String NOTIFICATIES_API = "notificaties-api";

    /** The CloudEvents {@code source} when none is configured. */
    static final String DEFAULT_SOURCE = "klantinteracties";

    public NotificatieSettings {
        apiUrl = blankToNull(apiUrl);
        if (apiUrl != null) {
            // "…/api/v1/" and "…/api/v1" name the same root; the paths below it are appended.
            apiUrl = apiUrl.replaceAll("/+$", "");
        }
        clientId = blankToNull(clientId);
        secret = blankToNull(secret);
        source = blankToNull(source);
        documentatieLink = documentatieLink == null ? "" : documentatieLink.strip();
        cloudeventsSubscribers = urls(cloudeventsSubscribers);
        bevestigingSubscribers = urls(bevestigingSubscribers);
        requirePositive("retry-initial-delay", retryInitialDelay);
        requirePositive("retry-max-delay", retryMaxDelay);
        requirePositive("poll-interval", pollInterval);
        requirePositive("timeout", timeout);
        if (retryMaxDelay.compareTo(retryInitialDelay) < 0) {
            throw new IllegalArgumentException("notificaties.retry-max-delay (" + retryMaxDelay
                    + ") is shorter than notificaties.retry-initial-delay (" + retryInitialDelay + ")");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("notificaties.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (pruneAfter.isNegative()) {
            throw new IllegalArgumentException("notificaties.prune-after cannot be negative");
        }
    }

    /** Whether changes are written to the outbox at all. */
    public boolean enabled() {
        return notificatiesApi() || cloudEvents() || bevestigingen();
    }

    public boolean notificatiesApi() {
        return apiUrl != null;
    }

    public boolean cloudEvents() {
        return !cloudeventsSubscribers.isEmpty();
    }

    public boolean bevestigingen() {
        return !bevestigingSubscribers.isEmpty();
    }

    public String cloudEventSource() {
        return source == null ? DEFAULT_SOURCE : source;
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(retryInitialDelay, retryMaxDelay, maxAttempts);
    }

    private static List<String> urls(@Nullable List<String> urls) {
        return urls == null
                ? List.of()
                : urls.stream().map(String::strip).filter(url -> !url.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("notificaties." + name + " must be longer than 0, not " + value);
        }
    }
}
