package nl.kcc.klantinteracties.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capture run: the register, started with its statement diagnostics writing every request's SQL to a file, is
 * sent each read request of the lists once, and S1's contacts a few times. What it recorded is the floor's work, and
 * its size is the report's "SQL statements per request".
 */
final class Capture {

    /** One request as the register ran it: its statements, each with its arguments. */
    record Recorded(String path, int status, List<Sql> statements) {}

    record Sql(String sql, List<JsonNode> arguments) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EXPRESSION = Pattern.compile("#\\{([a-z]+)}");

    static final int CONTACTS = 20;

    private Capture() {}

    /** Sends the requests; the register writes what they ran to its statement file. */
    static void send(String api, String token, Path requests, List<Scenario> scenarios)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (Scenario scenario : scenarios) {
            if (scenario.writes()) {
                sendContacts(http, api, token, requests, scenario);
                continue;
            }
            List<String> paths = Requests.read(requests, scenario);
            for (int i = 0; i < paths.size(); i++) {
                var response = http.send(
                        request(api + paths.get(i), token, scenario.name() + "-" + i)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "Capture: " + paths.get(i) + " answered " + response.statusCode());
                }
            }
        }
    }

    /** What the register recorded, per scenario, in the order the requests were sent. */
    static Map<Scenario, List<Recorded>> read(Path statementFile) throws IOException {
        var recorded = new LinkedHashMap<Scenario, List<Recorded>>();
        for (String line : Files.readAllLines(statementFile)) {
            JsonNode request = JSON.readTree(line);
            String id = request.path("requestId").asString("");
            int dash = id.indexOf('-');
            if (dash < 0) {
                continue;
            }
            Scenario scenario = Scenario.valueOf(id.substring(0, dash));
            var statements = new ArrayList<Sql>();
            for (JsonNode statement : request.path("statements")) {
                var arguments = new ArrayList<JsonNode>();
                statement.path("arguments").forEach(arguments::add);
                statements.add(new Sql(statement.path("sql").asString(), arguments));
            }
            recorded.computeIfAbsent(scenario, s -> new ArrayList<>())
                    .add(new Recorded(request.path("uri").asString(), request.path("status").asInt(), statements));
        }
        return recorded;
    }

    /** S1's statements per complete contact: the statements of its requests, added up per contact. */
    static double statementsPerContact(List<Recorded> requests) {
        return requests.stream().mapToInt(r -> r.statements().size()).sum() / (double) CONTACTS;
    }

    private static void sendContacts(HttpClient http, String api, String token, Path requests, Scenario scenario)
            throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(Requests.file(requests, scenario));
        String[] names = lines.getFirst().split(",");
        for (int i = 0; i < CONTACTS; i++) {
            String[] values = lines.get(1 + i % (lines.size() - 1)).split(",", -1);
            var session = new HashMap<String, String>();
            for (int c = 0; c < names.length; c++) {
                session.put(names[c], values[c]);
            }
            String id = scenario.name() + "-" + i;
            if (scenario == Scenario.S1A) {
                session.put("klantcontact", post(http, api, token, id, "/klantcontacten", BenchSimulation.KLANTCONTACT, session)
                        .path("uuid")
                        .asString());
                post(http, api, token, id, "/actorklantcontacten", BenchSimulation.ACTORKLANTCONTACT, session);
                session.put(
                        "betrokkene",
                        post(http, api, token, id, "/betrokkenen", BenchSimulation.BETROKKENE, session)
                                .path("uuid")
                                .asString());
            } else {
                post(http, api, token, id, "/maak-klantcontact", BenchSimulation.MAAK_KLANTCONTACT, session);
                continue;
            }
            post(http, api, token, id, "/digitaleadressen", BenchSimulation.DIGITAAL_ADRES, session);
            post(http, api, token, id, "/internetaken", BenchSimulation.INTERNETAAK, session);
        }
    }

    private static JsonNode post(
            HttpClient http, String api, String token, String id, String path, String template, Map<String, String> session)
            throws IOException, InterruptedException {
        Matcher matcher = EXPRESSION.matcher(template);
        String body = matcher.replaceAll(m -> Matcher.quoteReplacement(session.get(m.group(1))));
        var response = http.send(
                request(api + path, token, id)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Capture: POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(String url, String token, String id) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Token " + token)
                .header("Accept", "application/json")
                .header("X-Request-ID", id);
    }
}
