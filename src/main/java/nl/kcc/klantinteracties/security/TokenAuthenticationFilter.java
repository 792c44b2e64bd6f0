package nl.kcc.klantinteracties.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits API requests that carry {@code Authorization: Token <key>} with a valid key, as the standard's clients send
 * it. Anything else is answered with 401 before it reaches the API; the answer says nothing about which tokens exist.
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
        Optional<ApiClient> client = key(header).flatMap(tokens::authenticate);
        if (client.isEmpty()) {
            reject(ApiException.authenticationFailed(), request, response);
            return;
        }
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
