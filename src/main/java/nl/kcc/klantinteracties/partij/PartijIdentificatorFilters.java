package nl.kcc.klantinteracties.partij;

import java.util.List;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.query.Filter;

/**
 * The four filters on a partij's identificatoren that several lists offer ({@code partijIdentificator__objectId},
 * {@code verstrektDoorPartij__partijIdentificator__codeRegister}, ...). The codes are checked against the
 * standard's values: an unknown one is a 400, not an empty list, so that a typo is not mistaken for "not known".
 */
public final class PartijIdentificatorFilters {

    private PartijIdentificatorFilters() {}

    /**
     * @param prefix the parameter names' start, e.g. {@code partijIdentificator__}
     * @param condition the condition with one {@code %s} for the column test, e.g. an {@code exists (...)} sub-query
     * @param alias the alias of {@code partij_identificator} inside the condition
     */
    public static List<Filter<?>> of(String prefix, String condition, String alias) {
        return of(prefix, vertrouwelijk -> condition, alias);
    }

    /**
     * The same for a list that reaches the partij through another object, whose condition must also leave out secret
     * partijen for a caller who may not see them: the function gets whether the caller may.
     */
    public static List<Filter<?>> of(String prefix, Function<Boolean, String> condition, String alias) {
        return List.of(
                Filter.enumeration(
                        prefix + "codeObjecttype",
                        CodeObjecttype.class,
                        (w, v) -> w.andForCaller(
                                c -> condition.apply(c).formatted(alias + ".code_objecttype = ?"), Wire.of(v))),
                Filter.enumeration(
                        prefix + "codeRegister",
                        CodeRegister.class,
                        (w, v) -> w.andForCaller(
                                c -> condition.apply(c).formatted(alias + ".code_register = ?"), Wire.of(v))),
                Filter.enumeration(
                        prefix + "codeSoortObjectId",
                        CodeSoortObjectId.class,
                        (w, v) -> w.andForCaller(
                                c -> condition.apply(c).formatted(alias + ".code_soort_object_id = ?"), Wire.of(v))),
                Filter.text(
                        prefix + "objectId",
                        (w, v) -> w.andForCaller(c -> condition.apply(c).formatted(alias + ".object_id = ?"), v)));
    }
}
