package nl.kcc.klantinteracties.api.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.ApiContext;

/**
 * The conditions of a query, with their positional arguments, composed from the filters a request uses. Conditions
 * are SQL fragments written in the code; values only ever travel as arguments.
 *
 * <p>A filter that reaches another object (contacts by the BSN of their betrokkene's partij, betrokkenen by their
 * partij) writes its condition for the caller, with that object's visibility in it: no filter matches through an
 * object the caller may not see (ADR 0017). Such conditions are written out once {@link #forCaller} says who the
 * caller is, and until then as for a caller without the vertrouwelijk scope.
 */
public final class SqlWhere {

    private final List<Function<ApiContext, String>> conditions = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();
    private ApiContext caller = ApiContext.WITHOUT_VERTROUWELIJK;

    public SqlWhere and(String condition, Object... args) {
        return andForCaller(caller -> condition, args);
    }

    /**
     * A condition whose SQL depends on what the caller may see, such as the {@code Vertrouwelijkheid} condition of an
     * object the filter reaches through.
     */
    public SqlWhere andForCaller(Function<ApiContext, String> condition, Object... args) {
        conditions.add(condition);
        arguments.addAll(Arrays.asList(args));
        return this;
    }

    /** Who the caller is, for the conditions that depend on what it may see. */
    public SqlWhere forCaller(ApiContext caller) {
        this.caller = caller;
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
                                        .map(condition -> condition.apply(caller))
                                        .toList());
    }

    public List<Object> arguments() {
        return List.copyOf(arguments);
    }
}
