package nl.kcc.klantinteracties.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import nl.kcc.klantinteracties.api.RequestIdFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request in the {@code klantinteracties.access} log: method, URI template (never the query string, which
 * can hold a BSN), status, duration, request id and who asked. It runs outside authentication so that refused
 * requests are logged too; who asked is noted from inside it by {@link CallerCapture}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class AccessLogFilter extends OncePerRequestFilter {

    static final Logger log = LoggerFactory.getLogger("klantinteracties.access");

    private final boolean enabled;
    private final UriTemplates templates;
    private final ApiMetrics metrics;

    AccessLogFilter(boolean enabled, UriTemplates templates, ApiMetrics metrics) {
        this.enabled = enabled;
        this.templates = templates;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            // Also for requests refused before they reached a controller (a 401), so that metrics name their
            // endpoint rather than UNKNOWN.
            String matched = templates.of(request);
            String template = matched != null
                    ? matched
                    : request.getRequestURI().substring(request.getContextPath().length());
            int status = response.getStatus();
            metrics.record(request.getMethod(), template, status, matched != null);
            if (enabled && log.isInfoEnabled()) {
                write(request, status, template, System.nanoTime() - start);
            }
        }
    }

    private static void write(HttpServletRequest request, int status, String template, long nanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        String token = (String) request.getAttribute(CallerCapture.TOKEN);
        String medewerker = (String) request.getAttribute(CallerCapture.MEDEWERKER);
        var line = log.atInfo()
                .addKeyValue("http.request.method", request.getMethod())
                .addKeyValue("url.path", template)
                .addKeyValue("http.response.status_code", status)
                .addKeyValue("event.duration", nanos);
        if (token != null) {
            line = line.addKeyValue("token", token);
        }
        if (medewerker != null) {
            line = line.addKeyValue("medewerker", medewerker);
        }
        line.log(
                "{} {} {} {} ms request={} token={} medewerker={}",
                request.getMethod(),
                template,
                status,
                millis,
                requestId,
                token == null ? "-" : token,
                medewerker == null ? "-" : medewerker);
    }

    /**
     * The URI template Spring MVC matched, looked up for requests refused before they got that far; null for a path no
     * controller serves.
     */
    static final class UriTemplates {

        private final ObjectProvider<HandlerMapping> mappings;

        UriTemplates(ObjectProvider<HandlerMapping> mappings) {
            this.mappings = mappings;
        }

        @Nullable
        String of(HttpServletRequest request) {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            if (pattern == null) {
                HandlerMapping mapping = mappings.getIfAvailable();
                if (mapping != null) {
                    try {
                        // Matching sets the pattern on the request and on the request's observation.
                        mapping.getHandler(request);
                    } catch (Exception e) {
                        // No controller for it: the path is all there is.
                    }
                    pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                }
            }
            return pattern == null ? null : pattern.toString();
        }
    }
}
