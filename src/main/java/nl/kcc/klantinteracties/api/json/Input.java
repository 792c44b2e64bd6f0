package nl.kcc.klantinteracties.api.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The valid fields of one JSON object of a request, by their {@link Field}. A field can be absent (not sent), null
 * (sent as {@code null}) or hold a value; PUT and PATCH keep what is absent.
 */
public final class Input {

    private static final Object NULL = new Object();

    private final Map<Field<?>, Object> values = new LinkedHashMap<>();

    <T> void put(Field<T> field, T value) {
        values.put(field, value == null ? NULL : value);
    }

    /**
     * Sets a field the request did not send but that is implied by where the object is written, such as the
     * klantcontact of a betrokkene registered together with it.
     */
    public <T> Input with(Field<T> field, T value) {
        put(field, value);
        return this;
    }

    public boolean has(Field<?> field) {
        return values.containsKey(field);
    }

    /** The value sent, or null when it was absent or sent as null. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        Object value = values.get(field);
        return value == NULL ? null : (T) value;
    }

    /** The value sent (possibly null), or {@code current} when the field was absent. */
    public <T> T getOr(Field<T> field, T current) {
        return has(field) ? get(field) : current;
    }
}
