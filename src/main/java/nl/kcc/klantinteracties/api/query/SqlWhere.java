package nl.kcc.klantinteracties.api.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The conditions of a query, with their positional arguments, composed from the filters a request uses. Conditions
 * are SQL fragments written in the code; values only ever travel as arguments.
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();

    public SqlWhere and(String condition, Object... args) {
        conditions.add(condition);
        arguments.addAll(Arrays.asList(args));
        return this;
    }

    /** Makes the query match nothing, e.g. for a reference filter whose value names no object. */
    public SqlWhere none() {
        return and("false");
    }

    /** The {@code where} clause, or an empty string when there are no conditions. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public List<Object> arguments() {
        return List.copyOf(arguments);
    }
}
