package nl.kcc.klantinteracties.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a token allows: reading or writing one of the APIs, and seeing what is confidential (klantcontacten marked
 * {@code vertrouwelijk}, partijen with {@code indicatieGeheimhouding}).
 */
public enum Scope {
    KLANTINTERACTIES_LEZEN("klantinteracties:lezen"),
    KLANTINTERACTIES_SCHRIJVEN("klantinteracties:schrijven"),
    CONTACTGEGEVENS_LEZEN("contactgegevens:lezen"),
    CONTACTGEGEVENS_SCHRIJVEN("contactgegevens:schrijven"),
    KLANTINTERACTIES_VERTROUWELIJK("klantinteracties:vertrouwelijk");

    /** What a token gets when the operator names no scopes: reading and writing both APIs, nothing confidential. */
    public static final Set<Scope> DEFAULT = Set.copyOf(EnumSet.of(
            KLANTINTERACTIES_LEZEN, KLANTINTERACTIES_SCHRIJVEN, CONTACTGEGEVENS_LEZEN, CONTACTGEGEVENS_SCHRIJVEN));

    public static final Set<Scope> ALL = Set.copyOf(EnumSet.allOf(Scope.class));

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Scope> parse(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst();
    }
}
