package nl.kcc.klantinteracties.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Builds and writes problem responses, for controllers and for the filters that answer before them. */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** Seconds a client is asked to wait when the register is overloaded; long enough for a queue to drain. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final JsonMapper jsonMapper;

    Problems(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public Problem toProblem(ApiException exception, HttpServletRequest request) {
        return toProblem(exception, request, "urn:uuid:" + UUID.randomUUID());
    }

    Problem toProblem(ApiException exception, HttpServletRequest request, String instance) {
        return new Problem(
                typeUri(request, exception.typeName()),
                exception.code(),
                exception.title(),
                exception.status().value(),
                exception.getMessage(),
                instance,
                exception.invalidParams().isEmpty() ? null : exception.invalidParams());
    }

    /** Writes the problem straight to the servlet response, for code that runs outside Spring MVC. */
    public void write(ApiException exception, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(exception.status().value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), toProblem(exception, request));
    }

    /** The page that explains a kind of error; it lives at the root of the register, beside the APIs. */
    private static String typeUri(HttpServletRequest request, String typeName) {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path("/ref/fouten/{type}/")
                .buildAndExpand(typeName)
                .toUriString();
    }
}
