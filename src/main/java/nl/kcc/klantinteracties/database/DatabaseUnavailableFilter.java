package nl.kcc.klantinteracties.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.ConnectionFailures;
import nl.kcc.klantinteracties.api.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away every request but the actuator's is answered 503 with {@code Retry-After} before it
 * starts: nothing is changed, so the client may send it again. It runs before authentication, which needs the
 * database too; a connection lost in a later filter (authentication itself) is answered the same way.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseGate gate;
    private final DatabaseAvailability availability;
    private final Problems problems;

    DatabaseUnavailableFilter(DatabaseGate gate, DatabaseAvailability availability, Problems problems) {
        this.gate = gate;
        this.availability = availability;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!gate.isOpen()) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
            if (response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                // A busy pool or the database going away: the probe tells which.
                availability.probeSoon();
            }
        } catch (RuntimeException e) {
            if (!ConnectionFailures.is(e) || response.isCommitted()) {
                throw e;
            }
            unavailableAfterFailure(request, response);
        } catch (ServletException e) {
            if (!ConnectionFailures.is(e) || response.isCommitted()) {
                throw e;
            }
            unavailableAfterFailure(request, response);
        }
    }

    private void unavailableAfterFailure(HttpServletRequest request, HttpServletResponse response) throws IOException {
        availability.probeSoon();
        response.reset();
        unavailable(request, response);
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        problems.write(ApiException.unavailable(), request, response);
    }
}
