package nl.kcc.klantinteracties.clients;

import static nl.kcc.klantinteracties.security.Scope.*;

import java.util.Map;
import java.util.Set;
import nl.kcc.klantinteracties.security.Scope;

/**
 * The token the README's "Switching from Open Klant" tells a municipality to make for each client, by the name and
 * with the scopes of its {@code tokens create} command; {@code ReadmeClientTokensTest} holds the README to these.
 */
final class ClientTokens {

    private ClientTokens() {}

    static final Set<Scope> OPEN_FORMULIEREN = Set.of(KLANTINTERACTIES_LEZEN, KLANTINTERACTIES_SCHRIJVEN);
    static final Set<Scope> KISS = Set.of(KLANTINTERACTIES_LEZEN, KLANTINTERACTIES_SCHRIJVEN);
    static final Set<Scope> OPEN_INWONER = Set.of(KLANTINTERACTIES_LEZEN, KLANTINTERACTIES_SCHRIJVEN);
    static final Set<Scope> ZAC =
            Set.of(KLANTINTERACTIES_LEZEN, KLANTINTERACTIES_SCHRIJVEN, KLANTINTERACTIES_VERTROUWELIJK);
    static final Set<Scope> GZAC =
            Set.of(KLANTINTERACTIES_LEZEN, KLANTINTERACTIES_SCHRIJVEN, KLANTINTERACTIES_VERTROUWELIJK);

    /** By the application name the README's command gives the token. */
    static final Map<String, Set<Scope>> BY_NAME = Map.of(
            "open-formulieren", OPEN_FORMULIEREN,
            "kiss", KISS,
            "open-inwoner", OPEN_INWONER,
            "zac", ZAC,
            "gzac", GZAC);
}
