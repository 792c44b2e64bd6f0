package nl.kcc.klantinteracties.api.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.RequestCaller;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.BodyTooLarge;
import nl.kcc.klantinteracties.api.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST of the APIs (draft-ietf-httpapi-idempotency-key-header): the first request
 * with a key runs and its successful answer is kept; the same key with the same request answers that again without
 * running it, the same key with another request is a 422, and a retry while the first still runs is a 409.
 *
 * <p>The answer is stored in the transaction of the write itself, so a write that commits has its answer and one that
 * fails leaves the key free for a retry: no acknowledged create is made twice, none is lost. An answer that is not a
 * success changed nothing and is not kept.
 */
@Component
// After the body limit (order 0), so that only bodies the register accepts are read whole here.
@Order(10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    /** The answer's headers a replay repeats; the rest (API-version, security headers) every answer gets anyway. */
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private final IdempotencyKeys keys;
    private final PlatformTransactionManager transactions;
    private final Problems problems;
    private final RequestCaller caller;

    IdempotencyFilter(
            IdempotencyKeys keys, PlatformTransactionManager transactions, Problems problems, RequestCaller caller) {
        this.keys = keys;
        this.transactions = transactions;
        this.problems = problems;
        this.caller = caller;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !(path.startsWith(ApiPaths.KLANTINTERACTIES + "/")
                        || path.startsWith(ApiPaths.CONTACTGEGEVENS + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request.getHeader(HEADER));
        if (key == null) {
            problems.write(
                    ApiException.invalid(
                            HEADER,
                            "invalid",
                            "Een Idempotency-Key is 1 tot 255 zichtbare ASCII-tekens, eventueel tussen"
                                    + " aanhalingstekens."),
                    request,
                    response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLarge tooLarge) {
            problems.write(tooLarge.problem(), request, response);
            return;
        }
        String application = caller.name();
        byte[] hash = hash(request, body);

        Optional<IdempotencyKeys.Stored> stored;
        try {
            stored = keys.claim(application, key, hash);
        } catch (DataAccessResourceFailureException | TransientDataAccessException unavailable) {
            log.warn(
                    "No database for the Idempotency-Key of {}: {}", request.getRequestURI(), unavailable.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
            problems.write(ApiException.unavailable(), request, response);
            return;
        }
        if (stored.isPresent()) {
            answerFromStore(stored.get(), hash, request, response);
            return;
        }
        run(new CachedBody(request, body), response, chain, application, key);
    }

    private void answerFromStore(
            IdempotencyKeys.Stored stored, byte[] hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!Arrays.equals(stored.requestHash(), hash)) {
            problems.write(
                    ApiException.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "IdempotencyKeyReused",
                            "idempotency_key_reused",
                            "Deze Idempotency-Key is al gebruikt.",
                            "Deze Idempotency-Key hoort bij een ander verzoek; gebruik voor elk nieuw verzoek een"
                                    + " nieuwe sleutel."),
                    request,
                    response);
            return;
        }
        Integer status = stored.status();
        // No answer stored yet: the first request with this key is still running.
        if (status == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(
                    ApiException.of(
                            HttpStatus.CONFLICT,
                            "IdempotencyKeyInFlight",
                            "idempotency_key_in_flight",
                            "Het verzoek met deze Idempotency-Key loopt nog.",
                            "Het eerste verzoek met deze Idempotency-Key is nog niet klaar; probeer het straks"
                                    + " opnieuw."),
                    request,
                    response);
            return;
        }
        response.setStatus(status);
        stored.headers().forEach(response::setHeader);
        response.getOutputStream().write(stored.body());
    }

    /** Runs the request in one transaction with the keeping of its answer. */
    private void run(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String application, String key)
            throws ServletException, IOException {
        var caching = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        boolean kept = false;
        RuntimeException unavailable = null;
        try {
            chain.doFilter(request, caching);
            int status = caching.getStatus();
            if (status >= 200 && status < 300 && !transaction.isRollbackOnly()) {
                var headers = new LinkedHashMap<String, String>();
                for (String name : KEPT_HEADERS) {
                    String value = caching.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                keys.complete(application, key, status, Map.copyOf(headers), caching.getContentAsByteArray());
                transactions.commit(transaction);
                kept = true;
            }
        } catch (DataAccessResourceFailureException | TransientDataAccessException | TransactionException e) {
            // The write did not commit (the database went away at the end): nothing was stored, the client may retry.
            unavailable = e;
        } finally {
            if (!kept) {
                if (!transaction.isCompleted()) {
                    transactions.rollback(transaction);
                }
                release(application, key);
            }
        }
        if (unavailable != null) {
            log.warn("Write with Idempotency-Key not committed: {}", unavailable.getMessage());
            caching.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
            problems.write(ApiException.unavailable(), request, response);
            return;
        }
        caching.copyBodyToResponse();
    }

    private void release(String application, String key) {
        try {
            keys.release(application, key);
        } catch (RuntimeException e) {
            // The key then frees itself after IdempotencyKeys.ABANDONED_AFTER.
            log.warn("Could not release Idempotency-Key: {}", e.getMessage());
        }
    }

    /** The key without the quotes of a structured-field string, or null when it is not a usable key. */
    static @Nullable String key(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > 255) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
                return null;
            }
        }
        return key;
    }

    /** What makes a request the same request: its target and its body, byte for byte. */
    private static byte[] hash(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            String target =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read already, for the code after this filter to read again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
