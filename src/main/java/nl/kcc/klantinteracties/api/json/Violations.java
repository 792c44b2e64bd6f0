package nl.kcc.klantinteracties.api.json;

import java.util.ArrayList;
import java.util.List;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;

/**
 * Collects what is wrong with a request, so that the client hears about every invalid field at once rather than one
 * per attempt.
 */
public final class Violations {

    public static final String NON_FIELD_ERRORS = "nonFieldErrors";

    private final List<InvalidParam> invalidParams = new ArrayList<>();

    public void add(String name, String code, String reason) {
        invalidParams.add(new InvalidParam(name, code, reason));
    }

    /** Adds what was found in a part of a request, with the part's name in front ({@code betrokkene.rol}). */
    public void addAll(Violations part, String prefix) {
        part.invalidParams.forEach(p -> add(path(prefix, p.name()), p.code(), p.reason()));
    }

    public boolean isEmpty() {
        return invalidParams.isEmpty();
    }

    /** Whether something was reported on this path or below it. */
    public boolean hasAt(String path) {
        return invalidParams.stream()
                .anyMatch(p -> p.name().equals(path) || p.name().startsWith(path + "."));
    }

    public List<InvalidParam> all() {
        return List.copyOf(invalidParams);
    }

    public void throwIfAny() {
        if (!invalidParams.isEmpty()) {
            throw ApiException.invalid(invalidParams);
        }
    }

    /** The name of a field inside an object at {@code prefix}; the top level has an empty prefix. */
    public static String path(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** Where rules over several fields of the object at {@code prefix} are reported. */
    public static String nonFieldPath(String prefix) {
        return path(prefix, NON_FIELD_ERRORS);
    }
}
