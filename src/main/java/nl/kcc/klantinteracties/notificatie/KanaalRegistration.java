package nl.kcc.klantinteracties.notificatie;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers the register's kanalen at the Notificaties API, with their kenmerken as filters, so that subscribers can
 * take out abonnementen on them. A kanaal that already exists is left as it is.
 */
@Service
public class KanaalRegistration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificatieSettings settings;
    private final ReceiverClient client;

    KanaalRegistration(NotificatieSettings settings, ReceiverClient client) {
        this.settings = settings;
        this.client = client;
    }

    public enum Outcome {
        REGISTERED,
        EXISTED
    }

    public record Result(String kanaal, Outcome outcome) {}

    /**
     * Registers every kanaal that the Notificaties API does not know yet.
     *
     * @throws IllegalStateException when no Notificaties API is configured or it refuses a request
     */
    public List<Result> register() throws IOException, InterruptedException {
        var results = new ArrayList<Result>();
        for (Kanaal kanaal : Kanalen.ALL) {
            results.add(new Result(kanaal.naam(), exists(kanaal) ? Outcome.EXISTED : create(kanaal)));
        }
        return results;
    }

    private boolean exists(Kanaal kanaal) throws IOException, InterruptedException {
        var uri = client.notificatiesApi("kanaal?naam=" + URLEncoder.encode(kanaal.naam(), StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(
                client.request(uri).header("Accept", "application/json").GET().build());
        requireSuccess(response, "GET " + uri);
        JsonNode body = JSON.readTree(response.body());
        // The API answers with a list; a paginated answer carries it in "results".
        JsonNode found = body.isArray() ? body : body.path("results");
        for (JsonNode existing : found) {
            if (kanaal.naam().equals(existing.path("naam").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private Outcome create(Kanaal kanaal) throws IOException, InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("naam", kanaal.naam());
        body.put("documentatieLink", settings.documentatieLink());
        var filters = body.putArray("filters");
        kanaal.filters().forEach(filters::add);
        var uri = client.notificatiesApi("kanaal");
        HttpResponse<String> response = client.send(client.request(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
        requireSuccess(response, "POST " + uri);
        return Outcome.REGISTERED;
    }

    private static void requireSuccess(HttpResponse<String> response, String request) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The Notificaties API answered " + request + " with "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
