package nl.kcc.klantinteracties.diagnostics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import nl.kcc.klantinteracties.api.RequestIdFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * With {@code klantinteracties.diagnostics.statements=true}, counts the SQL statements of every request and reports
 * the number in the {@code X-SQL-Statements} response header. With {@code
 * klantinteracties.diagnostics.statements-file=<path>} as well, it appends each request's statements, with their
 * arguments, to that file (one JSON line per request): the benchmark replays them to measure what PostgreSQL alone
 * does. Off by default: it is for the tests that hold the register to a bounded number of statements per request, and
 * for the benchmark.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("klantinteracties.diagnostics.statements")
class StatementDiagnostics {

    static final String HEADER = "X-SQL-Statements";

    @Bean
    static BeanPostProcessor recordingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? RecordingDataSource.wrap(dataSource) : bean;
            }
        };
    }

    @Bean
    StatementCountingFilter statementCountingFilter(DiagnosticsProperties properties) {
        String statementsFile = properties.statementsFile();
        return new StatementCountingFilter(
                statementsFile.isBlank() ? null : new StatementFile(Path.of(statementsFile)));
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class StatementCountingFilter extends OncePerRequestFilter {

        private final @Nullable StatementFile file;

        StatementCountingFilter(@Nullable StatementFile file) {
            this.file = file;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // The count is known only after the work, when the body exists: hold the body back until the header is set.
            var buffered = new ContentCachingResponseWrapper(response);
            StatementRecorder.start();
            try {
                chain.doFilter(request, buffered);
            } finally {
                List<StatementRecorder.Statement> statements = StatementRecorder.stop();
                buffered.setHeader(HEADER, Integer.toString(statements.size()));
                if (file != null) {
                    String query = request.getQueryString();
                    file.write(
                            request.getHeader(RequestIdFilter.HEADER),
                            request.getMethod(),
                            request.getRequestURI() + (query == null ? "" : "?" + query),
                            buffered.getStatus(),
                            statements);
                }
                buffered.copyBodyToResponse();
            }
        }

        @Override
        public void destroy() {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    logger.warn("Could not close the SQL statement file", e);
                }
            }
        }
    }
}
