package nl.kcc.klantinteracties.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/**
 * Request lines that a client library writes without encoding (PHP's {@code expand[]=}, a pipe in a parameter name,
 * a documentation placeholder such as {@code <uuid>} pasted into a path) get the API's problem response, never a
 * servlet container's page or an empty body. Sent over a plain socket, as HTTP clients would encode them first.
 */
class UnusualRequestLinesIT extends ApiIT {

    private record Answer(int status, String contentType, String body) {}

    private Answer send(String target) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Token " + key()
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = reader.readLine();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String contentType = null;
            boolean chunked = false;
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            String body = reader.lines().collect(Collectors.joining("\n"));
            return new Answer(status, contentType, chunked ? body.replaceAll("(?m)^[0-9a-fA-F]+$", "") : body);
        }
    }

    @Test
    void bracketsAndPipesInTheQueryAreAProblemResponse() throws Exception {
        for (String target : new String[] {
            "/klantinteracties/api/v1/klantcontacten?expand[]=hadBetrokkenen",
            "/klantinteracties/api/v1/partijen?a|b=1",
            "/klantinteracties/api/v1/partijen?soortPartij={persoon}",
            "/klantinteracties/api/v1/partijen?q=\"x\"^2"
        }) {
            Answer answer = send(target);
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.contentType()).as(target).startsWith("application/problem+json");
            assertThat(answer.body()).as(target).contains("\"status\":400");
        }
        Answer unknown = send("/klantinteracties/api/v1/klantcontacten?expand[]=hadBetrokkenen");
        assertThat(unknown.body()).contains("unknown-parameters").contains("expand[]");
    }

    /** What Tomcat still refuses itself is answered in the API's form too. */
    @Test
    void whatTheContainerRefusesIsAProblemResponse() throws Exception {
        for (String target :
                new String[] {"/klantinteracties/api/v1/partijen/%zz", "/klantinteracties/api/v1/partijen?a=\u0001"}) {
            Answer answer = send(target);
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.contentType()).as(target).startsWith("application/problem+json");
            assertThat(answer.body()).as(target).contains("\"status\":400").contains("parse_error");
        }
    }

    @Test
    void aPlaceholderInThePathIsNotFound() throws Exception {
        for (String target : new String[] {
            "/klantinteracties/api/v1/partijen/%3Cuuid%3E/klantbeeld",
            "/klantinteracties/api/v1/partijen/<uuid>/klantbeeld",
            "/klantinteracties/api/v1/partijen/<uuid>",
            "/klantinteracties/api/v1/partijen/{uuid}"
        }) {
            Answer answer = send(target);
            assertThat(answer.status()).as(target).isEqualTo(404);
            assertThat(answer.contentType()).as(target).startsWith("application/problem+json");
            assertThat(answer.body()).as(target).contains("\"status\":404");
        }
    }
}
