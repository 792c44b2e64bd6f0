package nl.kcc.klantinteracties.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits API requests that carry {@code Authorization: Token <key>} with a valid key, as the standard's clients send
 * it, and whose token has the scope the request needs. A missing, unknown, expired or revoked key is answered with
 * 401, a missing scope with 403, before the request reaches the API; neither answer says which tokens exist.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String SCHEME = "token";

    private final ApiTokens tokens;
    private final Problems problems;

    TokenAuthenticationFilter(ApiTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            reject(ApiException.notAuthenticated(), request, response);
            return;
        }
        Optional<ApiClient> client;
        try {
            client = key(header).flatMap(tokens::authenticate);
        } catch (CannotCreateTransactionException | CannotGetJdbcConnectionException busy) {
            // Outside the controllers, so the problem handler does not see it: an overloaded register says so, not 500.
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
            problems.write(ApiException.unavailable(), request, response);
            return;
        }
        if (client.isEmpty()) {
            reject(ApiException.authenticationFailed(), request, response);
            return;
        }
        Scope required = requiredScope(request);
        if (!client.get().may(required)) {
            problems.write(
                    ApiException.permissionDenied("Dit token geeft geen toestemming voor " + required.value() + "."),
                    request,
                    response);
            return;
        }
        request.setAttribute(ApiContext.VERTROUWELIJK, client.get().may(Scope.KLANTINTERACTIES_VERTROUWELIJK));
        request.setAttribute(ApiContext.OWNER, client.get().ownConfidential());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(client.get(), null, List.of());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Reading an API needs its {@code lezen} scope, anything else its {@code schrijven} scope. */
    static Scope requiredScope(HttpServletRequest request) {
        boolean reads = HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod())
                || HttpMethod.OPTIONS.matches(request.getMethod());
        boolean contactgegevens = request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith(ApiPaths.CONTACTGEGEVENS);
        if (contactgegevens) {
            return reads ? Scope.CONTACTGEGEVENS_LEZEN : Scope.CONTACTGEGEVENS_SCHRIJVEN;
        }
        return reads ? Scope.KLANTINTERACTIES_LEZEN : Scope.KLANTINTERACTIES_SCHRIJVEN;
    }

    /** The key of a {@code Token} header; the scheme name is matched case-insensitively. */
    private static Optional<String> key(String header) {
        String[] parts = header.strip().split("\\s+");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase(SCHEME) || parts[1].length() > 200) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    private void reject(ApiException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Token");
        problems.write(failure, request, response);
    }
}
