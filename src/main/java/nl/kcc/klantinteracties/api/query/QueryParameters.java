package nl.kcc.klantinteracties.api.query;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the query string of a request against what the endpoint offers. An unknown parameter is an error (code
 * {@code unknown-parameters}): a misspelled filter would otherwise silently return everything.
 */
public final class QueryParameters {

    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";
    public static final String EXPAND = "expand";

    private QueryParameters() {}

    /** The query of a list endpoint with these filters and expansions. */
    public static ListQuery forList(
            HttpServletRequest request, List<Filter<?>> filters, Collection<String> expandable) {
        return forList(request.getParameterMap(), filters, expandable);
    }

    /**
     * The same for a query the register makes for itself (the werkplek), so that it is read by exactly the rules a
     * client's query is.
     */
    public static ListQuery forList(
            Map<String, String[]> parameters, List<Filter<?>> filters, Collection<String> expandable) {
        var known = new LinkedHashMap<String, Filter<?>>();
        filters.forEach(filter -> known.put(filter.name(), filter));
        var allowed = new TreeSet<>(known.keySet());
        allowed.add(PAGE);
        allowed.add(PAGE_SIZE);
        if (!expandable.isEmpty()) {
            allowed.add(EXPAND);
        }
        rejectUnknown(parameters, allowed);

        var violations = new Violations();
        var where = new SqlWhere();
        for (var entry : parameters.entrySet()) {
            Filter<?> filter = known.get(entry.getKey());
            if (filter != null) {
                String value = single(entry.getKey(), entry.getValue(), violations);
                // An empty value is no filter, as django-filter treats it: clients build their query strings from
                // forms and send the parameters they have no value for.
                if (value != null && !value.isEmpty()) {
                    filter.apply(value, where, violations);
                }
            }
        }
        var page = new PageRequest(
                last(parameters) ? PageRequest.LAST : positive(parameters, PAGE, 1, Integer.MAX_VALUE, violations),
                positive(
                        parameters,
                        PAGE_SIZE,
                        PageRequest.DEFAULT_PAGE_SIZE,
                        PageRequest.MAXIMUM_PAGE_SIZE,
                        violations));
        ExpandTree expand = expand(parameters, expandable, violations);
        violations.throwIfAny();
        return new ListQuery(where, page, expand);
    }

    /** The query of a detail endpoint: at most {@code expand}. */
    public static ExpandTree forDetail(HttpServletRequest request, Collection<String> expandable) {
        var parameters = request.getParameterMap();
        rejectUnknown(parameters, expandable.isEmpty() ? Set.of() : Set.of(EXPAND));
        var violations = new Violations();
        ExpandTree expand = expand(parameters, expandable, violations);
        violations.throwIfAny();
        return expand;
    }

    /** Rejects every parameter but the ones named. */
    public static void allowOnly(HttpServletRequest request, Set<String> allowed) {
        rejectUnknown(request.getParameterMap(), allowed);
    }

    private static void rejectUnknown(Map<String, String[]> parameters, Set<String> allowed) {
        var unknown = new ArrayList<String>();
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(
                    Violations.NON_FIELD_ERRORS,
                    "unknown-parameters",
                    "Onbekende query parameters: " + String.join(", ", unknown));
        }
    }

    private static ExpandTree expand(
            Map<String, String[]> parameters, Collection<String> expandable, Violations violations) {
        String[] values = parameters.get(EXPAND);
        if (values == null) {
            return ExpandTree.NONE;
        }
        return ExpandTree.parse(List.of(values), expandable, violations);
    }

    private static @Nullable String single(String name, String[] values, Violations violations) {
        if (values.length != 1) {
            violations.add(name, "invalid", "Deze parameter mag maar een keer worden opgegeven.");
            return null;
        }
        return values[0];
    }

    private static boolean last(Map<String, String[]> parameters) {
        String[] values = parameters.get(PAGE);
        return values != null && values.length == 1 && values[0].equals("last");
    }

    /** A whole number from 1 up to the maximum; anything else is refused rather than quietly replaced. */
    private static int positive(
            Map<String, String[]> parameters, String name, int fallback, int maximum, Violations violations) {
        String[] values = parameters.get(name);
        if (values == null) {
            return fallback;
        }
        String text = single(name, values, violations);
        // The standard's reference reads an empty page or pageSize as not given.
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        if (!text.matches("[0-9]{1,100}") || new BigInteger(text).signum() == 0) {
            violations.add(name, "invalid", "Verwacht een geheel getal vanaf 1.");
            return fallback;
        }
        var value = new BigInteger(text);
        if (value.compareTo(BigInteger.valueOf(maximum)) > 0) {
            violations.add(name, "max_value", "Dit getal mag niet groter zijn dan " + maximum + ".");
            return fallback;
        }
        return value.intValueExact();
    }
}
