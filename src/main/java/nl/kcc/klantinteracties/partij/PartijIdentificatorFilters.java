package nl.kcc.klantinteracties.partij;

import java.util.List;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.query.Filter;

/**
 * The four filters on a partij's identificatoren that several lists offer ({@code partijIdentificator__objectId},
 * {@code verstrektDoorPartij__partijIdentificator__codeRegister}, ...). The standard declares their values as free
 * text, and clients still send codes of older versions (Open Inwoner's {@code inp}): any value is taken and finds the
 * identificatoren stored with exactly that text, usually none. Only {@code /partij-identificatoren}'s own filters
 * check the codes, as the standard's reference does.
 */
public final class PartijIdentificatorFilters {

    private PartijIdentificatorFilters() {}

    /**
     * @param prefix the parameter names' start, e.g. {@code partijIdentificator__}
     * @param condition the condition with one {@code %s} for the column test, e.g. an {@code exists (...)} sub-query
     * @param alias the alias of {@code partij_identificator} inside the condition
     */
    public static List<Filter<?>> of(String prefix, String condition, String alias) {
        return of(prefix, caller -> condition, alias);
    }

    /**
     * The same for a list that reaches the partij through another object, whose condition must also leave out secret
     * partijen for a caller who may not see them: the function gets the caller.
     */
    public static List<Filter<?>> of(String prefix, Function<ApiContext, String> condition, String alias) {
        return List.of(
                text(prefix + "codeObjecttype", condition, alias + ".code_objecttype"),
                text(prefix + "codeRegister", condition, alias + ".code_register"),
                text(prefix + "codeSoortObjectId", condition, alias + ".code_soort_object_id"),
                text(prefix + "objectId", condition, alias + ".object_id"));
    }

    private static Filter<String> text(String name, Function<ApiContext, String> condition, String column) {
        return Filter.text(
                name, (w, v) -> w.andForCaller(c -> condition.apply(c).formatted(column + " = ?"), v));
    }
}
