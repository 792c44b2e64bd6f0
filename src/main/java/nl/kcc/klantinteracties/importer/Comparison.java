package nl.kcc.klantinteracties.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a random sample of objects from both sides and compares them field by field: each object as the source shows
 * it, and as this register's API shows it. URLs are compared by what follows the host, since both sides have their own.
 */
@Component
class Comparison {

    private static final List<String> API_PATHS = List.of(ApiPaths.KLANTINTERACTIES, ApiPaths.CONTACTGEGEVENS);

    private final ResourceSupport support;
    private final JsonMapper json;
    private final Random random = new Random();

    Comparison(ResourceSupport support, JsonMapper json) {
        this.support = support;
        this.json = json;
    }

    record Difference(String resource, UUID uuid, String field, String source, String register) {}

    List<Difference> compare(Source source, int perResource, ApiContext context) {
        var differences = new ArrayList<Difference>();
        for (Copied copied : CopiedResources.ALL) {
            List<UUID> sample = sample(source, copied, perResource);
            Map<UUID, ?> shown = support.resource(copied.collection()).showAll(sample, ExpandTree.NONE, context);
            for (UUID uuid : sample) {
                JsonNode theirs = source.object(copied.apiPath(), copied.collection(), uuid);
                Object ours = shown.get(uuid);
                if (theirs == null) {
                    continue;
                }
                if (ours == null) {
                    differences.add(new Difference(copied.collection(), uuid, "", "present", "absent"));
                    continue;
                }
                compare(copied.collection(), uuid, "", theirs, json.valueToTree(ours), differences);
            }
        }
        return differences;
    }

    /** Up to {@code size} uuids at random positions of the source's list, read from as few pages as they fall on. */
    private List<UUID> sample(Source source, Copied copied, int size) {
        JsonNode first = source.page(copied.apiPath(), copied.collection(), 1);
        int total = first.path("count").asInt();
        Set<Integer> positions = new TreeSet<>();
        while (positions.size() < Math.min(size, total)) {
            positions.add(random.nextInt(total));
        }
        var byPage = new TreeMap<Integer, List<Integer>>();
        positions.forEach(p -> byPage.computeIfAbsent(p / Source.PAGE_SIZE + 1, k -> new ArrayList<>())
                .add(p % Source.PAGE_SIZE));
        var uuids = new LinkedHashSet<UUID>();
        byPage.forEach((page, offsets) -> {
            JsonNode results =
                    (page == 1 ? first : source.page(copied.apiPath(), copied.collection(), page)).path("results");
            for (int offset : offsets) {
                if (offset < results.size()) {
                    uuids.add(Json.uuid(results.get(offset), "uuid"));
                }
            }
        });
        return List.copyOf(uuids);
    }

    private static void compare(
            String resource, UUID uuid, String path, JsonNode theirs, JsonNode ours, List<Difference> differences) {
        if (theirs.isObject() && ours.isObject()) {
            var names = new LinkedHashSet<String>(theirs.propertyNames());
            names.addAll(ours.propertyNames());
            names.remove("_expand");
            for (String name : names) {
                JsonNode a = theirs.get(name);
                JsonNode b = ours.get(name);
                String at = path.isEmpty() ? name : path + "." + name;
                if (a == null || b == null) {
                    differences.add(new Difference(
                            resource,
                            uuid,
                            at,
                            a == null ? "absent" : a.toString(),
                            b == null ? "absent" : b.toString()));
                } else {
                    compare(resource, uuid, at, a, b, differences);
                }
            }
            return;
        }
        if (theirs.isArray() && ours.isArray() && theirs.size() == ours.size()) {
            for (int i = 0; i < theirs.size(); i++) {
                compare(resource, uuid, path + "[" + i + "]", theirs.get(i), ours.get(i), differences);
            }
            return;
        }
        if (!normalized(theirs).equals(normalized(ours))) {
            differences.add(new Difference(resource, uuid, path, theirs.toString(), ours.toString()));
        }
    }

    /** A value as compared: a URL of either API by its path from the API on, anything else as it is. */
    private static String normalized(JsonNode value) {
        if (value.isString()) {
            String text = value.asString();
            // A time may be written in another offset or precision by another implementation; the instant counts.
            try {
                return java.time.OffsetDateTime.parse(text).toInstant().toString();
            } catch (java.time.format.DateTimeParseException notATime) {
                // compared as text
            }
            for (String api : API_PATHS) {
                int at = text.indexOf(api + "/");
                if (text.startsWith("http") && at >= 0) {
                    return text.substring(at);
                }
            }
        }
        return value.toString();
    }
}
