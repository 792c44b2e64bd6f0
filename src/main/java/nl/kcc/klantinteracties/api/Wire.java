package nl.kcc.klantinteracties.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the register's enumerations appear on the wire: the standard writes every value in lower snake case
 * ({@code te_verwerken}, {@code geautomatiseerde_actor}, {@code kvk_nummer}), which is the Java constant in lower
 * case.
 */
public final class Wire {

    private Wire() {}

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant written as {@code text}, or null when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    public static <E extends Enum<E>> List<String> values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::of).toList();
    }
}
