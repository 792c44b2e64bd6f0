package nl.kcc.klantinteracties.api.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of the API: its fields, in the order the register shows them. Reads request bodies and describes
 * itself for the OpenAPI document.
 */
public final class ObjectSchema {

    private final String name;
    private final List<Field<?>> fields;

    private ObjectSchema(String name, List<Field<?>> fields) {
        this.name = name;
        this.fields = List.copyOf(fields);
    }

    public static ObjectSchema of(String name, Field<?>... fields) {
        return new ObjectSchema(name, Arrays.asList(fields));
    }

    public String name() {
        return name;
    }

    public List<Field<?>> fields() {
        return fields;
    }

    /** A schema with the same fields minus some, for request objects where a part is implied. */
    public ObjectSchema without(String newName, Field<?>... omitted) {
        var remaining = new ArrayList<>(fields);
        remaining.removeAll(Arrays.asList(omitted));
        return new ObjectSchema(newName, remaining);
    }

    /** A schema with more fields. */
    public ObjectSchema with(String newName, Field<?>... added) {
        var all = new ArrayList<>(fields);
        all.addAll(Arrays.asList(added));
        return new ObjectSchema(newName, all);
    }

    /** Reads a request body at the top level. */
    public Input read(JsonNode body, WriteMode mode, Violations violations) {
        return read(body, mode, "", violations);
    }

    /**
     * Reads the object at {@code path}. Fields the client may not write are ignored, as are fields the schema does
     * not know (clients send some).
     */
    public Input read(JsonNode node, WriteMode mode, String path, Violations violations) {
        var input = new Input();
        if (node == null || !node.isObject()) {
            violations.add(
                    Violations.nonFieldPath(path),
                    "invalid",
                    "Verwacht een object, maar kreeg " + (node == null ? "niets" : Field.describe(node)) + ".");
            return input;
        }
        for (Field<?> field : fields) {
            if (field.isReadOnly()) {
                continue;
            }
            JsonNode value = node.get(field.name());
            String fieldPath = Violations.path(path, field.name());
            if (value == null) {
                if (field.isRequired() && mode.requiresMandatoryFields()) {
                    violations.add(fieldPath, "required", "Dit veld is verplicht.");
                }
                continue;
            }
            field.readInto(input, value, fieldPath, violations);
        }
        return input;
    }

    /** The OpenAPI schema of the object as the register shows it. */
    public Map<String, Object> openApi() {
        return openApi(true);
    }

    /**
     * The OpenAPI schema of the object.
     *
     * @param withRequired whether to list the mandatory fields (not for PATCH bodies)
     */
    public Map<String, Object> openApi(boolean withRequired) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<String>();
        for (Field<?> field : fields) {
            properties.put(field.name(), field.schema());
            if (withRequired && (field.isRequired() || field.isReadOnly())) {
                required.add(field.name());
            }
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }
}
