package nl.kcc.klantinteracties.security;

import java.util.Set;
import java.util.UUID;

/**
 * The application behind a request: whose token it presented and what that token allows.
 *
 * @param tokenId the token
 * @param name the application's name, as recorded with every change it makes
 * @param scopes what the token allows
 */
public record ApiClient(UUID tokenId, String name, Set<Scope> scopes) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(Scope scope) {
        return scopes.contains(scope);
    }
}
