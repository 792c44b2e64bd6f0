package nl.kcc.klantinteracties.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code API-version} to every response of an API, errors and refusals included, so a client always knows which
 * version of the standard answered. It runs before authentication for that reason.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiVersionHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "API-version";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(ApiPaths.KLANTINTERACTIES)) {
            response.setHeader(HEADER, ApiPaths.KLANTINTERACTIES_VERSION);
        } else if (path.startsWith(ApiPaths.CONTACTGEGEVENS)) {
            response.setHeader(HEADER, ApiPaths.CONTACTGEGEVENS_VERSION);
        }
        chain.doFilter(request, response);
    }
}
