package nl.kcc.klantinteracties.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Makes the facts-only copy of a contract of the standard that the tests validate responses against: paths,
 * parameters, schemas, types, lengths, patterns and enums, without the standard's prose (descriptions, summaries,
 * titles, examples). Run by {@code scripts/update-contract}.
 */
public final class StripContract {

    private static final Set<String> PROSE =
            Set.of("description", "summary", "title", "example", "examples", "externalDocs");

    private StripContract() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StripContract <standard.yaml> <copy.yaml>");
            System.exit(2);
        }
        ObjectMapper yaml = new YAMLMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> contract = yaml.readValue(Files.readString(Path.of(args[0])), Map.class);
        Object stripped = strip(contract, Context.NONE);
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) ((Map<String, Object>) stripped).get("info");
        info.keySet().retainAll(Set.of("title", "version"));
        info.put("title", contract.get("info") instanceof Map<?, ?> original ? original.get("title") : "contract");
        Files.writeString(
                Path.of(args[1]),
                "# Facts-only copy of " + Path.of(args[0]).getFileName() + ", made by scripts/update-contract.\n"
                        + yaml.writeValueAsString(stripped));
    }

    /** Where a map sits: some maps are keyed by names rather than by OpenAPI keywords. */
    private enum Context {
        NONE,
        /** a {@code properties} map: its keys are field names, which may be "description" */
        FIELD_NAMES,
        /** a {@code responses} map: its values are response objects, which must keep a description */
        RESPONSES,
        RESPONSE
    }

    @SuppressWarnings("unchecked")
    private static Object strip(Object node, Context context) {
        if (node instanceof Map<?, ?> map) {
            var result = new LinkedHashMap<String, Object>();
            ((Map<String, Object>) map).forEach((key, value) -> {
                if (context == Context.FIELD_NAMES) {
                    result.put(key, strip(value, Context.NONE));
                } else if (context == Context.RESPONSES) {
                    result.put(key, strip(value, Context.RESPONSE));
                } else if (!PROSE.contains(key)) {
                    result.put(key, strip(value, childContext(key)));
                }
            });
            if (context == Context.RESPONSE) {
                // OpenAPI requires a description on every response; the prose itself is not copied.
                result.put("description", "");
            }
            return result;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(item -> strip(item, Context.NONE)).toList();
        }
        return node;
    }

    private static Context childContext(String key) {
        return switch (key) {
            case "properties" -> Context.FIELD_NAMES;
            case "responses" -> Context.RESPONSES;
            default -> Context.NONE;
        };
    }
}
