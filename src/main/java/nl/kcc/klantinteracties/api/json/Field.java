package nl.kcc.klantinteracties.api.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One field of a JSON object of the API: its name, its constraints, how to read it from a request and how the
 * register's OpenAPI document describes it. Fields are declared once, as constants beside the resource they belong
 * to, and serve both purposes.
 *
 * @param <T> the Java type of a valid value
 */
public abstract class Field<T> {

    private final String name;
    private boolean required;
    private boolean nullable;
    private boolean readOnly;
    private boolean deprecated;
    private String description = "";

    protected Field(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isNullable() {
        return nullable;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public boolean isDeprecated() {
        return deprecated;
    }

    public String description() {
        return description;
    }

    /** Mandatory on POST and PUT. */
    public <F extends Field<T>> F required() {
        this.required = true;
        return self();
    }

    /** May be sent, and is shown, as {@code null}. */
    public <F extends Field<T>> F nullable() {
        this.nullable = true;
        return self();
    }

    /** Shown in responses, ignored in requests. */
    public <F extends Field<T>> F readOnly() {
        this.readOnly = true;
        return self();
    }

    public <F extends Field<T>> F deprecated() {
        this.deprecated = true;
        return self();
    }

    public <F extends Field<T>> F description(String description) {
        this.description = description;
        return self();
    }

    /**
     * This field as the type the declaration assigns it to, so constraints of the subclass and of this class chain in
     * any order.
     */
    @SuppressWarnings("unchecked")
    private <F extends Field<T>> F self() {
        return (F) this;
    }

    /**
     * Reads a value that is present and not JSON null.
     *
     * @return the value, or null after reporting why it is not valid
     */
    protected abstract @Nullable T read(JsonNode node, String path, Violations violations);

    /** The OpenAPI schema of the value, without the field-level properties this class adds. */
    protected abstract Map<String, Object> valueSchema();

    /** The OpenAPI schema of this field. */
    public Map<String, Object> schema() {
        var schema = new LinkedHashMap<String, Object>();
        var value = valueSchema();
        if (value.containsKey("$ref") && (nullable || readOnly || !description.isEmpty() || deprecated)) {
            // OpenAPI 3.0 ignores siblings of $ref: wrap it.
            schema.put("allOf", java.util.List.of(value));
        } else {
            schema.putAll(value);
        }
        if (nullable) {
            schema.put("nullable", true);
        }
        if (readOnly) {
            schema.put("readOnly", true);
        }
        if (deprecated) {
            schema.put("deprecated", true);
        }
        if (!description.isEmpty()) {
            schema.put("description", description);
        }
        return schema;
    }

    void readInto(Input input, JsonNode node, String path, Violations violations) {
        if (node.isNull()) {
            if (nullable) {
                input.put(this, null);
            } else {
                violations.add(path, "null", "Dit veld mag niet null zijn.");
            }
            return;
        }
        T value = read(node, path, violations);
        if (!violations.hasAt(path)) {
            input.put(this, value);
        }
    }

    protected static String describe(JsonNode node) {
        if (node.isObject()) {
            return "een object";
        }
        if (node.isArray()) {
            return "een lijst";
        }
        if (node.isBoolean()) {
            return "een boolean";
        }
        if (node.isNumber()) {
            return "een getal";
        }
        return "een tekst";
    }
}
