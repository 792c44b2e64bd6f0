package nl.kcc.klantinteracties.api.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The conditions of a query, with their positional arguments, composed from the filters a request uses. Conditions
 * are SQL fragments written in the code; values only ever travel as arguments.
 *
 * <p>A filter that reaches confidential objects through another one (contacts by the BSN of their betrokkene's partij)
 * writes its condition for the caller: such conditions are written out once {@link #forCaller} says whether the caller
 * may see what is confidential, and until then as for a caller who may not.
 */
public final class SqlWhere {

    private final List<Function<Boolean, String>> conditions = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();
    private boolean vertrouwelijk;

    public SqlWhere and(String condition, Object... args) {
        return andForCaller(vertrouwelijk -> condition, args);
    }

    /**
     * A condition whose SQL depends on whether the caller may see confidential klantcontacten and secret partijen; the
     * function gets {@code true} when they may.
     */
    public SqlWhere andForCaller(Function<Boolean, String> condition, Object... args) {
        conditions.add(condition);
        arguments.addAll(Arrays.asList(args));
        return this;
    }

    /** Whether the caller may see what is confidential. */
    public SqlWhere forCaller(boolean vertrouwelijk) {
        this.vertrouwelijk = vertrouwelijk;
        return this;
    }

    /** Makes the query match nothing, e.g. for a reference filter whose value names no object. */
    public SqlWhere none() {
        return and("false");
    }

    /** The {@code where} clause, or an empty string when there are no conditions. */
    public String clause() {
        return conditions.isEmpty()
                ? ""
                : " where "
                        + String.join(
                                " and ",
                                conditions.stream()
                                        .map(condition -> condition.apply(vertrouwelijk))
                                        .toList());
    }

    public List<Object> arguments() {
        return List.copyOf(arguments);
    }
}
