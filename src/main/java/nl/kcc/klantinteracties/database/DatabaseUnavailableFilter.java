package nl.kcc.klantinteracties.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away, every request but the health endpoints is answered 503 with {@code Retry-After} at once;
 * nothing is changed, so the client can safely send it again. It runs before authentication, which needs the database
 * too, and a failure to reach the database in any later filter (authentication itself) is answered the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseAvailability database;
    private final Problems problems;

    DatabaseUnavailableFilter(DatabaseAvailability database, Problems problems) {
        this.database = database;
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
        if (!database.isUp()) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
            if (response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                // Maybe a busy pool, maybe the database going away: the probe tells which.
                database.probeNow();
            }
        } catch (DataAccessResourceFailureException e) {
            database.reportUnreachable();
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            unavailable(request, response);
        } catch (ServletException e) {
            if (!(e.getCause() instanceof DataAccessResourceFailureException) || response.isCommitted()) {
                throw e;
            }
            database.reportUnreachable();
            response.reset();
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        problems.write(ApiException.unavailable(), request, response);
    }
}
