package nl.kcc.klantinteracties.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register the import reads from, over its APIs: one request per page of 100, retried with backoff when the
 * source is unavailable for a while (5xx, a timeout, a refused connection), refused at once when the token is.
 */
final class Source {

    static final int PAGE_SIZE = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String root;
    private final String token;
    private final HttpClient http;
    private final int attempts;
    private final Duration firstWait;
    private final LongConsumer sleeper;

    Source(String root, String token, int attempts, Duration firstWait) {
        this(root, token, attempts, firstWait, Source::sleep);
    }

    Source(String root, String token, int attempts, Duration firstWait, LongConsumer sleeper) {
        this.root = root.replaceAll("/+$", "");
        this.token = token;
        this.attempts = attempts;
        this.firstWait = firstWait;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    String root() {
        return root;
    }

    /** One page of a collection, counting from 1. */
    JsonNode page(String apiPath, String collection, int page) {
        return get(root + apiPath + "/" + collection + "?page=" + page + "&pageSize=" + PAGE_SIZE);
    }

    /** How many objects the collection holds, as the source counts them; asks for one object, not a page of them. */
    int count(String apiPath, String collection) {
        return get(root + apiPath + "/" + collection + "?pageSize=1")
                .path("count")
                .asInt();
    }

    /** One object, or null when the source does not have it. */
    @Nullable
    JsonNode object(String apiPath, String collection, UUID uuid) {
        return get(root + apiPath + "/" + collection + "/" + uuid, true);
    }

    private JsonNode get(String url) {
        // Only an absent object may be null; anything else but 200 is a failure.
        return Objects.requireNonNull(get(url, false));
    }

    private @Nullable JsonNode get(String url, boolean absentIsNull) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Token " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        long wait = firstWait.toMillis();
        String last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return JSON.readTree(response.body());
                }
                if (status == 404 && absentIsNull) {
                    return null;
                }
                if (status == 401 || status == 403) {
                    throw new ImportFailed("The source refuses the token (" + status + " on " + url
                            + "): give a token of the source that may read both APIs, confidential objects included.");
                }
                if (status < 500 && status != 429) {
                    throw new ImportFailed(
                            "The source answers " + status + " on " + url + ": " + abbreviated(response.body()));
                }
                last = status + " on " + url;
            } catch (HttpTimeoutException e) {
                last = "no answer in time from " + url;
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + " on " + url
                        + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportFailed("Interrupted while reading " + url);
            }
            if (attempt < attempts) {
                sleeper.accept(wait);
                wait = Math.min(wait * 2, 30_000);
            }
        }
        throw new ImportFailed("The source stayed unavailable after " + attempts + " attempts (" + last
                + "); run the import again to go on where it stopped.");
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailed("Interrupted");
        }
    }
}
