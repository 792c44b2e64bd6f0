package nl.kcc.klantinteracties.api.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiPaths;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers, for what it refuses before the register sees the request (a request line it cannot
 * read, a character it does not take): under the APIs, and when it could not even read the path, a problem response
 * instead of Tomcat's HTML page. Everything the register answers itself has a body already and passes untouched.
 */
public class ContainerErrorValve extends ErrorReportValve {

    public ContainerErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String path = request.getRequestURI();
        boolean api = path == null
                || path.isEmpty()
                || path.startsWith(ApiPaths.KLANTINTERACTIES)
                || path.startsWith(ApiPaths.CONTACTGEGEVENS);
        if (status < 400 || response.getContentWritten() > 0 || !api) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        boolean notFound = status == 404;
        String type = notFound ? "NotFound" : status == 400 ? "ParseError" : "Error";
        String code = notFound ? "not_found" : status == 400 ? "parse_error" : "error";
        String title = notFound
                ? "Niet gevonden."
                : status == 400 ? "Het verzoek kan niet worden gelezen." : "Het verzoek kan niet worden verwerkt.";
        // Written by hand: this runs in Tomcat, outside the application's beans, and every value is fixed text.
        String body = "{\"type\":\"/ref/fouten/" + type + "/\",\"code\":\"" + code + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + title + "\",\"instance\":\"urn:uuid:"
                + UUID.randomUUID() + "\"}";
        try {
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone; there is nobody to tell.
        }
    }
}
