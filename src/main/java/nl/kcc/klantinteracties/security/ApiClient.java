package nl.kcc.klantinteracties.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The application behind a request: whose token it presented and what that token allows.
 *
 * @param tokenId the token, or null for the register's own work under an application's name (the demo)
 * @param name the application's name, as recorded with every change it makes
 * @param scopes what the token allows
 * @param registeredConfidential whether the application registered a confidential klantcontact or a secret partij,
 *     which it keeps seeing without the vertrouwelijk scope (ADR 0013)
 */
public record ApiClient(@Nullable UUID tokenId, String name, Set<Scope> scopes, boolean registeredConfidential) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    public ApiClient(@Nullable UUID tokenId, String name, Set<Scope> scopes) {
        this(tokenId, name, scopes, false);
    }

    public boolean may(Scope scope) {
        return scopes.contains(scope);
    }

    /**
     * The owner whose confidential objects this application may see besides what everybody may, or null when that
     * adds nothing: it sees everything with the vertrouwelijk scope, and nothing more when it registered nothing
     * confidential, so its queries stay those of any other caller.
     */
    public @Nullable UUID ownConfidential() {
        return tokenId == null || may(Scope.KLANTINTERACTIES_VERTROUWELIJK) || !registeredConfidential
                ? null
                : Owner.of(name);
    }
}
