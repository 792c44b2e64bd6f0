package nl.kcc.klantinteracties.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;

/**
 * How the register's enumerations appear on the wire: the standard writes every value in lower snake case
 * ({@code te_verwerken}, {@code geautomatiseerde_actor}, {@code kvk_nummer}), which is the Java constant in lower
 * case.
 */
public final class Wire {

    private Wire() {}

    @Contract("null -> null; !null -> !null")
    public static @Nullable String of(@Nullable Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant written as {@code text}, or null when there is none. */
    public static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
        for (E constant : type.getEnumConstants()) {
            if (Objects.equals(of(constant), text)) {
                return constant;
            }
        }
        return null;
    }

    public static <E extends Enum<E>> List<String> values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::of).toList();
    }
}
