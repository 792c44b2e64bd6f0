package nl.kcc.klantinteracties.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The servlet container's error path is where failures are forwarded to, not a page of the register: a client that
 * asks for it gets the 404 every unknown path gets (without this, the error controller answers 500 for an error that
 * never happened). Forwards of real errors are not requests and pass untouched.
 */
@Component
// After Spring Security (order -100), so that the answer gets the security headers like any other.
@Order(0)
class ErrorPathFilter extends OncePerRequestFilter {

    private final String errorPath;
    private final Problems problems;

    ErrorPathFilter(@Value("${server.error.path:/error}") String errorPath, Problems problems) {
        this.errorPath = errorPath;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(errorPath) || path.startsWith(errorPath + "/") || path.startsWith(errorPath + ".")) {
            problems.write(ApiException.notFound(), request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
