package nl.kcc.klantinteracties.partij;

import java.util.List;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;

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
        return List.of(
                Filter.enumeration(
                        prefix + "codeObjecttype",
                        CodeObjecttype.class,
                        (w, v) -> w.and(condition.formatted(alias + ".code_objecttype = ?"), Wire.of(v))),
                Filter.enumeration(
                        prefix + "codeRegister",
                        CodeRegister.class,
                        (w, v) -> w.and(condition.formatted(alias + ".code_register = ?"), Wire.of(v))),
                Filter.enumeration(
                        prefix + "codeSoortObjectId",
                        CodeSoortObjectId.class,
                        (w, v) -> w.and(condition.formatted(alias + ".code_soort_object_id = ?"), Wire.of(v))),
                Filters.within(prefix + "objectId", condition, alias + ".object_id"));
    }
}
