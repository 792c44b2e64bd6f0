package nl.kcc.klantinteracties.api.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The valid fields of one JSON object of a request, by their {@link Field}. A field can be absent (not sent), null
 * (sent as {@code null}) or hold a value; PUT and PATCH keep what is absent.
 */
public final class Input {

    private static final Object NULL = new Object();

    private final Map<Field<?>, Object> values = new LinkedHashMap<>();

    <T> void put(Field<T> field, @Nullable T value) {
        values.put(field, value == null ? NULL : value);
    }

    /**
     * Sets a field the request did not send but that is implied by where the object is written, such as the
     * klantcontact of a betrokkene registered together with it.
     */
    public <T> Input with(Field<T> field, @Nullable T value) {
        put(field, value);
        return this;
    }

    public boolean has(Field<?> field) {
        return values.containsKey(field);
    }

    /** The value sent, or null when it was absent or sent as null. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(Field<T> field) {
        Object value = values.get(field);
        return value == NULL ? null : (T) value;
    }

    /**
     * The value sent, or {@code current} when the field was absent. Null only where the field is nullable and the
     * client sent null, or {@code current} is null: the checks that use it treat the fields as their declarations say,
     * which NullAway cannot see through the field's type.
     */
    @SuppressWarnings("NullAway")
    public <T> T getOr(Field<T> field, @Nullable T current) {
        return has(field) ? get(field) : current;
    }
}
