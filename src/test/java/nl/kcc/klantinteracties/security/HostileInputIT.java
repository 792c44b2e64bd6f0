package nl.kcc.klantinteracties.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.security.hidden.HiddenFixture;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import nl.kcc.klantinteracties.support.ContractValidation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Whatever a client sends, the register answers with a 4xx problem or a valid 2xx, never a 5xx, and a refused request
 * changes nothing. Over ten thousand generated requests, driven by the standard's contracts, go to every operation of
 * both APIs. The seed is fixed so a failure can be replayed; {@code -Dhostile.seed=...} tries another.
 */
class HostileInputIT extends ApiIT {

    private static final int REQUESTS = 10_200;
    private static final int HIDDEN_REQUESTS = 3_000;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noRequestBreaksTheRegisterOrLeavesAPartialWrite() throws Exception {
        long seed = Long.getLong("hostile.seed", 20261128L);
        Map<String, String> existing = fixtures();
        var apis = List.of(
                new Api("klantinteracties", contract("klantinteracties"), existing),
                new Api("contactgegevens", contract("contactgegevens"), existing));
        var operations = new java.util.ArrayList<Map.Entry<Api, HostileRequests.Operation>>();
        var generators = new HashMap<Api, HostileRequests>();
        for (Api api : apis) {
            HostileRequests.operations(api.contract()).forEach(operation -> operations.add(Map.entry(api, operation)));
            generators.put(api, new HostileRequests(seed, api.contract(), existing));
            // What the register adds (klantbeeld, audit trails) comes from its own document and gets the same.
            var own = new Api(api.name(), ownDocument(api.name()), existing);
            var standard = api.contract().path("paths");
            HostileRequests.operations(own.contract()).stream()
                    .filter(operation -> !standard.has(operation.path()))
                    .forEach(operation -> operations.add(Map.entry(own, operation)));
            generators.put(own, new HostileRequests(seed, own.contract(), existing));
        }

        assertThat(operations)
                .extracting(entry -> entry.getValue().path())
                .contains(
                        "/partijen/{uuid}/klantbeeld",
                        "/klantcontacten/{uuid}/audittrail",
                        "/persoon/{uuid}/audittrail");

        var statuses = new java.util.TreeMap<Integer, Integer>();
        var failures = attack(operations, generators, seed, REQUESTS, key(), List.of(), statuses);
        assertThat(failures).as("answers seen: %s", statuses).isEmpty();
        assertThat(statuses.keySet()).as("answers seen: %s", statuses).anyMatch(status -> status < 300);
    }

    /**
     * The same requests from a token without the vertrouwelijk scope, whose paths and references name hidden objects
     * where one of their kind exists: besides the above, no answer it gets holds a hidden uuid or text (ADR 0017).
     */
    @Test
    void hostileRequestsWithoutTheScopeLearnNothingOfHiddenObjects() throws Exception {
        long seed = Long.getLong("hostile.seed", 20261128L);
        Map<String, String> existing = fixtures();
        var hidden = new HiddenFixture(this::api);
        existing.putAll(hidden.hiddenBySchema());
        var operations = new java.util.ArrayList<Map.Entry<Api, HostileRequests.Operation>>();
        var generators = new HashMap<Api, HostileRequests>();
        Api api = new Api("klantinteracties", ownDocument("klantinteracties"), existing);
        HostileRequests.operations(api.contract()).forEach(operation -> operations.add(Map.entry(api, operation)));
        generators.put(api, new HostileRequests(seed, api.contract(), existing));
        String caller = keyWith(Scope.KLANTINTERACTIES_LEZEN, Scope.KLANTINTERACTIES_SCHRIJVEN);

        var statuses = new java.util.TreeMap<Integer, Integer>();
        var failures = attack(operations, generators, seed, HIDDEN_REQUESTS, caller, hidden.secrets(), statuses);
        assertThat(failures).as("answers seen: %s", statuses).isEmpty();
        assertThat(statuses.keySet()).as("answers seen: %s", statuses).anyMatch(status -> status < 300);
    }

    private java.util.List<String> attack(
            List<Map.Entry<Api, HostileRequests.Operation>> operations,
            Map<Api, HostileRequests> generators,
            long seed,
            int requests,
            String key,
            List<String> secrets,
            Map<Integer, Integer> statuses)
            throws Exception {
        var failures = new java.util.ArrayList<String>();
        String state = fingerprint();
        for (int i = 0; i < requests; i++) {
            var entry = operations.get(i % operations.size());
            Api api = entry.getKey();
            var request = generators.get(api).next(entry.getValue(), "/" + api.name() + "/api/v1");
            HttpResponse<String> response = send(request, key);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String replay = "request " + i + " (seed " + seed + "): " + request.method() + " " + request.uri() + " ["
                    + request.what() + "]";
            try {
                if (status >= 500) {
                    fail("answered %d: %s", status, response.body());
                }
                for (String secret : secrets) {
                    // A refusal may name what the request sent; an answer must not name anything else hidden.
                    boolean sent = request.uri().contains(secret)
                            || (request.body() != null && request.body().contains(secret));
                    if (status < 300 && !sent) {
                        assertThat(response.body())
                                .as("answer %d holds %s", status, secret)
                                .doesNotContain(secret);
                    }
                }
                if (status >= 400) {
                    assertThat(fingerprint())
                            .as("a refused request changed the register")
                            .isEqualTo(state);
                } else {
                    ContractValidation.of(api.name(), port)
                            .check(request.method(), request.path(), status, headers(response), response.body());
                }
            } catch (AssertionError failure) {
                failures.add(replay + "\n    " + failure.getMessage().strip().replace("\n", "\n    "));
                if (failures.size() >= 25) {
                    break;
                }
            }
            state = fingerprint();
        }
        return failures;
    }

    private record Api(String name, JsonNode contract, Map<String, String> existing) {}

    private HttpResponse<String> send(HostileRequests.Request request, String key)
            throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.uri()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Token " + key);
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", request.contentType())
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> headers(HttpResponse<String> response) {
        var headers = new LinkedHashMap<String, String>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return headers;
    }

    /** The number of rows in every table: a refused request may not change any of them. */
    private String fingerprint() {
        String counts = jdbc.sql("""
                        select string_agg(format('select %L || '':'' || count(*) from %I', tablename, tablename),
                                          ' union all ' order by tablename)
                        from pg_tables where schemaname = 'public' and tablename not in ('flyway_schema_history')""").query(String.class).single();
        return String.join(",", jdbc.sql(counts).query(String.class).list());
    }

    /** One object of each resource, so that paths and references can point at something that exists. */
    private Map<String, String> fixtures() {
        var existing = new HashMap<String, String>();
        String klantcontact =
                api().body(Bodies.klantcontact()).post("/klantcontacten").path("uuid");
        put(existing, "Klantcontact", "/klantcontacten", klantcontact);
        put(
                existing,
                "Betrokkene",
                "/betrokkenen",
                api().body(Map.of("hadKlantcontact", Bodies.ref(klantcontact), "rol", "klant", "initiator", true))
                        .post("/betrokkenen")
                        .path("uuid"));
        put(
                existing,
                "Onderwerpobject",
                "/onderwerpobjecten",
                api().body(Map.of(
                                "klantcontact", Bodies.ref(klantcontact),
                                "onderwerpobjectidentificator", Map.of("objectId", "1", "codeObjecttype", "zaak")))
                        .post("/onderwerpobjecten")
                        .path("uuid"));
        put(
                existing,
                "Bijlage",
                "/bijlagen",
                api().body(Map.of("wasBijlageVanKlantcontact", Bodies.ref(klantcontact)))
                        .post("/bijlagen")
                        .path("uuid"));
        String actor = api().body(Map.of("naam", "Balie", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .path("uuid");
        put(existing, "Actor", "/actoren", actor);
        put(
                existing,
                "ActorKlantcontact",
                "/actorklantcontacten",
                api().body(Map.of("actor", Bodies.ref(actor), "klantcontact", Bodies.ref(klantcontact)))
                        .post("/actorklantcontacten")
                        .path("uuid"));
        put(
                existing,
                "InterneTaak",
                "/internetaken",
                api().body(Map.of(
                                "gevraagdeHandeling",
                                "Terugbellen",
                                "aanleidinggevendKlantcontact",
                                Bodies.ref(klantcontact),
                                "toegewezenAanActoren",
                                List.of(Bodies.ref(actor)),
                                "status",
                                "te_verwerken"))
                        .post("/internetaken")
                        .path("uuid"));
        String partij = api().body(Bodies.persoon("Karel", "Deurne", "999990019"))
                .post("/partijen")
                .path("uuid");
        put(existing, "Partij", "/partijen", partij);
        put(
                existing,
                "PartijIdentificator",
                "/partij-identificatoren",
                api().get("/partijen/" + partij).path("partijIdentificatoren[0].uuid"));
        put(
                existing,
                "DigitaalAdres",
                "/digitaleadressen",
                api().body(Map.of(
                                "verstrektDoorPartij", Bodies.ref(partij),
                                "soortDigitaalAdres", "email",
                                "adres", "karel@example.nl"))
                        .post("/digitaleadressen")
                        .path("uuid"));
        put(
                existing,
                "Rekeningnummer",
                "/rekeningnummers",
                api().body(Map.of("partij", Bodies.ref(partij), "iban", "NL91ABNA0417164300"))
                        .post("/rekeningnummers")
                        .path("uuid"));
        String organisatie = api().body(Map.of(
                        "soortPartij",
                        "organisatie",
                        "indicatieActief",
                        true,
                        "partijIdentificatie",
                        Map.of("naam", "Bakkerij De Korenbloem")))
                .post("/partijen")
                .path("uuid");
        put(
                existing,
                "Vertegenwoordiging",
                "/vertegenwoordigingen",
                api().body(Map.of(
                                "vertegenwoordigendePartij", Bodies.ref(organisatie),
                                "vertegenwoordigdePartij", Bodies.ref(partij)))
                        .post("/vertegenwoordigingen")
                        .path("uuid"));
        String categorie =
                api().body(Map.of("naam", "Ondernemer")).post("/categorieen").path("uuid");
        put(existing, "Categorie", "/categorieen", categorie);
        put(
                existing,
                "CategorieRelatie",
                "/categorie-relaties",
                api().body(Map.of("partij", Bodies.ref(partij), "categorie", Bodies.ref(categorie)))
                        .post("/categorie-relaties")
                        .path("uuid"));
        put(
                existing,
                "Persoon",
                "/persoon",
                contactgegevens()
                        .body(Map.of("geboortedatum", "1980-02-03", "geslachtsnaam", "Jansen"))
                        .post("/persoon")
                        .path("uuid"));
        put(
                existing,
                "Organisatie",
                "/organisatie",
                contactgegevens()
                        .body(Map.of("handelsnaam", "Bakkerij De Korenbloem"))
                        .post("/organisatie")
                        .path("uuid"));
        return existing;
    }

    private static void put(Map<String, String> existing, String schema, String collection, String uuid) {
        assertThat(uuid).as("fixture %s", schema).isNotNull();
        existing.put(schema, uuid);
        existing.put(collection, uuid);
    }

    private JsonNode ownDocument(String name) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + name + "/api/v1/openapi.json"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    private static JsonNode contract(String name) throws IOException {
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/contract/" + name + "-openapi.yaml")) {
            return YAMLMapper.builder().build().readTree(in);
        }
    }
}
