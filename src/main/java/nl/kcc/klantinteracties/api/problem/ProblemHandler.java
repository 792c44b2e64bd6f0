package nl.kcc.klantinteracties.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API request into a problem response. Nothing internal reaches the client: an unexpected
 * exception becomes a 500 whose {@code instance} is the id under which it was logged.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Problems problems;

    ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Problem> apiException(ApiException exception, HttpServletRequest request) {
        return respond(exception, request, new HttpHeaders());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        BodyTooLarge tooLarge = BodyTooLarge.in(exception);
        if (tooLarge != null) {
            return respond(tooLarge.problem(), request, new HttpHeaders());
        }
        ApiException duplicate = DuplicateKey.in(exception);
        if (duplicate != null) {
            return respond(duplicate, request, new HttpHeaders());
        }
        log.debug("Unreadable request body", exception);
        return respond(
                ApiException.of(
                        HttpStatus.BAD_REQUEST,
                        "ParseError",
                        "parse_error",
                        "De inhoud van het verzoek is geen geldige JSON.",
                        "De inhoud van het verzoek is geen geldige JSON."),
                request,
                new HttpHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> unsupportedMediaType(
            HttpMediaTypeNotSupportedException exception, HttpServletRequest request) {
        return respond(
                ApiException.of(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "UnsupportedMediaType",
                        "unsupported_media_type",
                        "Niet-ondersteund mediatype.",
                        "Het verzoek moet JSON zijn (Content-Type: application/json)."),
                request,
                new HttpHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException exception, HttpServletRequest request) {
        return respond(
                ApiException.of(
                        HttpStatus.NOT_ACCEPTABLE,
                        "NotAcceptable",
                        "not_acceptable",
                        "Niet aanvaardbaar.",
                        "Deze API antwoordt alleen met JSON."),
                request,
                new HttpHeaders());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> methodNotAllowed(
            HttpRequestMethodNotSupportedException exception, HttpServletRequest request) {
        var headers = new HttpHeaders();
        if (exception.getSupportedHttpMethods() != null) {
            headers.setAllow(exception.getSupportedHttpMethods());
        }
        return respond(
                ApiException.of(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "MethodNotAllowed",
                        "method_not_allowed",
                        "Methode niet toegestaan.",
                        "Methode \"" + exception.getMethod() + "\" is niet toegestaan."),
                request,
                headers);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Problem> noResource(NoResourceFoundException exception, HttpServletRequest request) {
        return respond(ApiException.notFound(), request, new HttpHeaders());
    }

    // A connection lost in the middle of a statement (the database went away) is as unavailable as none at all.
    @ExceptionHandler({
        CannotCreateTransactionException.class,
        CannotGetJdbcConnectionException.class,
        DataAccessResourceFailureException.class
    })
    ResponseEntity<Problem> noConnection(Exception exception, HttpServletRequest request) {
        log.warn(
                "No database connection for {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                exception.getMessage());
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        return respond(ApiException.unavailable(), request, headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception exception, HttpServletRequest request) {
        if (ConnectionFailures.is(exception)) {
            // Wrapped on its way here (a rollback on a connection that was lost): still the database being away.
            return noConnection(exception, request);
        }
        String instance = "urn:uuid:" + UUID.randomUUID();
        log.error("Unexpected error {} on {} {}", instance, request.getMethod(), request.getRequestURI(), exception);
        var failure = ApiException.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "APIException",
                "error",
                "Er is een serverfout opgetreden.",
                "Er is een serverfout opgetreden.");
        return ResponseEntity.status(failure.status())
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.toProblem(failure, request, instance));
    }

    private ResponseEntity<Problem> respond(ApiException exception, HttpServletRequest request, HttpHeaders headers) {
        return ResponseEntity.status(exception.status())
                .headers(headers)
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.toProblem(exception, request));
    }
}
