package nl.kcc.klantinteracties.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import org.jspecify.annotations.Nullable;

/**
 * An OpenAPI 3.0 document being written. The register writes its documents from its own declarations (the fields,
 * filters and expansions of each resource), so they say what the code does.
 */
public final class OpenApiDocument {

    static final String SCHEMAS = "#/components/schemas/";
    static final String RESPONSES = "#/components/responses/";

    private final Map<String, Object> info;
    private final String basePath;
    private final Map<String, Map<String, Object>> paths = new TreeMap<>();
    private final Map<String, Object> schemas = new TreeMap<>();
    private final List<Map<String, Object>> tags = new ArrayList<>();

    OpenApiDocument(String title, String version, String description, Map<String, Object> contact, String basePath) {
        this.info = new LinkedHashMap<>();
        info.put("title", title);
        info.put("version", version);
        info.put("description", description);
        info.put("contact", contact);
        info.put("license", Map.of("name", "EUPL-1.2", "url", "https://opensource.org/licenses/EUPL-1.2"));
        this.basePath = basePath;
    }

    public String basePath() {
        return basePath;
    }

    /** Adds (or extends) the operations of a path relative to the API's base path. */
    public Map<String, Object> path(String path) {
        return paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
    }

    public void tag(String name, @Nullable String description) {
        if (tags.stream().noneMatch(tag -> name.equals(tag.get("name")))) {
            var tag = new LinkedHashMap<String, Object>();
            tag.put("name", name);
            if (description != null) {
                tag.put("description", description);
            }
            tags.add(tag);
        }
    }

    public void schema(String name, Map<String, Object> schema) {
        schemas.putIfAbsent(name, schema);
    }

    /** For a contributor that knows better than the declarations what a schema looks like. */
    public void replaceSchema(String name, Map<String, Object> schema) {
        schemas.put(name, schema);
    }

    /**
     * Adds an object's schema under its name, and the schemas of the groups and references in it.
     *
     * @return a reference to it
     */
    public Map<String, Object> object(ObjectSchema object) {
        schema(object.name(), object.openApi());
        for (Field<?> field : object.fields()) {
            switch (field) {
                case Fields.ObjectField group -> object(group.objectSchema());
                case Fields.ObjectListField groups -> object(groups.objectSchema());
                case Fields.RefField ref -> foreignKey(ref.schemaName());
                case Fields.RefListField refs -> foreignKey(refs.schemaName());
                default -> {}
            }
        }
        return ref(object.name());
    }

    /** The shape of a reference to an object of {@code schemaName}: its uuid and url. */
    public void foreignKey(String schemaName) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put(
                "properties",
                Map.of(
                        "uuid",
                        Map.of("type", "string", "format", "uuid"),
                        "url",
                        Map.of(
                                "type",
                                "string",
                                "format",
                                "uri",
                                "readOnly",
                                true,
                                "minLength",
                                1,
                                "maxLength",
                                1000)));
        schema.put("required", List.of("url", "uuid"));
        schema(schemaName + "ForeignKey", schema);
    }

    public static Map<String, Object> ref(String schemaName) {
        return Map.of("$ref", SCHEMAS + schemaName);
    }

    /** Replaces every operation of this method (e.g. {@code post}) with what {@code change} makes of a copy of it. */
    @SuppressWarnings("unchecked")
    public void eachOperation(String method, java.util.function.UnaryOperator<Map<String, Object>> change) {
        for (Map<String, Object> item : paths.values()) {
            if (item.get(method) instanceof Map<?, ?> operation) {
                item.put(method, change.apply(new LinkedHashMap<>((Map<String, Object>) operation)));
            }
        }
    }

    Map<String, Object> toMap(Map<String, Object> components, String securityScheme) {
        var document = new LinkedHashMap<String, Object>();
        document.put("openapi", "3.0.3");
        document.put("info", info);
        document.put("servers", List.of(Map.of("url", basePath)));
        document.put("security", List.of(Map.of(securityScheme, List.of())));
        document.put("tags", tags);
        document.put("paths", paths);
        var allComponents = new LinkedHashMap<String, Object>(components);
        allComponents.put("schemas", schemas);
        document.put("components", allComponents);
        return document;
    }
}
