package nl.kcc.klantinteracties.notificatie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The register's HTTP client towards the Notificaties API and the CloudEvents subscribers. Requests to the
 * Notificaties API, the CloudEvents endpoint under it included, carry the JWT-ZGW token.
 */
@Component
class ReceiverClient {

    private final NotificatieSettings settings;
    private final HttpClient http;

    ReceiverClient(NotificatieSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                // Plain HTTP/1.1: no h2c upgrade attempt that simple receivers and proxies mishandle.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
    }

    /** A request with the timeout, and the token when the URL is part of the Notificaties API. */
    HttpRequest.Builder request(URI uri) {
        var request = HttpRequest.newBuilder(uri).timeout(settings.timeout());
        if (isNotificatiesApi(uri) && settings.clientId() != null && settings.secret() != null) {
            request.header(
                    "Authorization",
                    "Bearer " + ZgwToken.create(settings.clientId(), settings.secret(), Instant.now()));
        }
        return request;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A path below the Notificaties API's root ({@code kanaal}, {@code notificaties}). */
    URI notificatiesApi(String path) {
        if (!settings.notificatiesApi()) {
            throw new IllegalStateException("No Notificaties API is configured (NOTIFICATIES_API_URL)");
        }
        return URI.create(settings.apiUrl() + "/" + path);
    }

    private boolean isNotificatiesApi(URI uri) {
        return settings.notificatiesApi() && uri.toString().startsWith(settings.apiUrl() + "/");
    }
}
