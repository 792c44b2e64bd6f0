package nl.kcc.klantinteracties.api.query;

import java.util.List;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.ApiContext;

/** Filters that many resources declare alike. */
public final class Filters {

    private Filters() {}

    /** A {@code like} pattern that finds the text anywhere, with the pattern characters in it taken literally. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Case-insensitive "contains" on a column. */
    public static Filter<String> icontains(String name, String column) {
        return Filter.text(name, (where, value) -> where.and(column + " ilike ?", contains(value)));
    }

    /** Exact match on a column. */
    public static Filter<String> exact(String name, String column) {
        return Filter.text(name, (where, value) -> where.and(column + " = ?", value));
    }

    /**
     * The four filters on an identificator group ({@code objectId}, {@code codeObjecttype}, {@code codeRegister},
     * {@code codeSoortObjectId}), each inside the given condition.
     *
     * @param prefix the parameter names' start, e.g. {@code onderwerpobject__onderwerpobjectidentificator}
     * @param columnPrefix the columns' start, e.g. {@code o.identificator_}
     * @param exists the condition with one {@code %s} for the column test, e.g. an {@code exists (...)} sub-query
     */
    public static List<Filter<?>> identificator(String prefix, String columnPrefix, String exists) {
        return List.of(
                within(prefix + "CodeObjecttype", exists, columnPrefix + "code_objecttype"),
                within(prefix + "CodeRegister", exists, columnPrefix + "code_register"),
                within(prefix + "CodeSoortObjectId", exists, columnPrefix + "code_soort_object_id"),
                within(prefix + "ObjectId", exists, columnPrefix + "object_id"));
    }

    /**
     * Exact match on a column inside a condition that depends on what the caller may see: an {@code exists (...)}
     * sub-query into another object, with that object's visibility in it.
     */
    public static Filter<String> within(String name, Function<ApiContext, String> condition, String column) {
        return Filter.text(
                name,
                (where, value) -> where.andForCaller(c -> condition.apply(c).formatted(column + " = ?"), value));
    }

    /** The same four, inside a condition that depends on what the caller may see. */
    public static List<Filter<?>> identificator(
            String prefix, String columnPrefix, Function<ApiContext, String> exists) {
        return List.of(
                within(prefix + "CodeObjecttype", exists, columnPrefix + "code_objecttype"),
                within(prefix + "CodeRegister", exists, columnPrefix + "code_register"),
                within(prefix + "CodeSoortObjectId", exists, columnPrefix + "code_soort_object_id"),
                within(prefix + "ObjectId", exists, columnPrefix + "object_id"));
    }

    /** Exact match on a column inside a condition such as an {@code exists (...)} sub-query. */
    public static Filter<String> within(String name, String condition, String column) {
        return Filter.text(name, (where, value) -> where.and(condition.formatted(column + " = ?"), value));
    }
}
