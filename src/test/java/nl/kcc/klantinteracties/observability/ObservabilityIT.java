package nl.kcc.klantinteracties.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.ApiIT;
import nl.kcc.klantinteracties.support.Bodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator sees of the running register: an access log line per request in ECS JSON (with the documented
 * switch on), and on {@code /actuator/prometheus} latency histograms, requests per resource and operation, logins
 * and the notification outbox; refused requests are named by their endpoint, not {@code UNKNOWN}.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class ObservabilityIT extends ApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ONE = "/klantinteracties/api/v1/klantcontacten/{uuid}";
    private static final String ALL = "/klantinteracties/api/v1/klantcontacten";

    @Test
    void everyRequestIsOneAccessLogLineInEcsJson(CapturedOutput output) {
        String name = "toegangslog-" + UUID.randomUUID();
        String key = tokenFor(name, Scope.ALL);
        String uuid = api(key).body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        String requestId = "verzoek-" + UUID.randomUUID();
        api(key).header("X-Request-ID", requestId)
                .get("/klantcontacten/" + uuid)
                .then()
                .statusCode(200);
        anonymous().get(ALL + "?nummer=999990011").then().statusCode(401);

        JsonNode read = accessLine(output, "GET " + ONE + " 200").orElseThrow();
        assertThat(text(read, "log", "logger")).isEqualTo("klantinteracties.access");
        assertThat(read.get("message").asString())
                .contains("request=" + requestId)
                .contains("token=" + name)
                .doesNotContain(uuid);
        assertThat(text(read, "http", "response", "status_code")).isEqualTo("200");
        assertThat(text(read, "url", "path")).isEqualTo(ONE);
        assertThat(read.toString()).contains(requestId);

        JsonNode refused = accessLine(output, "GET " + ALL + " 401").orElseThrow();
        assertThat(refused.toString()).doesNotContain("999990011").contains("token=-");
    }

    @Test
    void prometheusHasHistogramsRequestsPerOperationAndNoUnknown401s() {
        String uuid = api().body(Bodies.klantcontact())
                .post("/klantcontacten")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");
        api().get("/klantcontacten/" + uuid).then().statusCode(200);
        api().get("/klantcontacten").then().statusCode(200);
        anonymous().get(ALL).then().statusCode(401);

        String metrics = scrape();
        assertThat(lines(metrics, "http_server_requests_seconds_bucket{", "uri=\"" + ONE + "\""))
                .as("latency buckets of the read endpoint")
                .hasSizeGreaterThan(5)
                .anyMatch(line -> line.contains("le=\"+Inf\""));
        assertThat(lines(
                        metrics,
                        "klantinteracties_api_requests_total{",
                        "api=\"klantinteracties\"",
                        "operation=\"read\"",
                        "resource=\"klantcontacten\"",
                        "status=\"200\""))
                .hasSize(1);
        assertThat(lines(metrics, "klantinteracties_api_requests_total{", "operation=\"create\"", "status=\"201\""))
                .hasSize(1);
        assertThat(lines(metrics, "http_server_requests_seconds_count{", "status=\"401\""))
                .isNotEmpty()
                .noneMatch(line -> line.contains("UNKNOWN"))
                .anyMatch(line -> line.contains("uri=\"" + ALL + "\""));
    }

    @Test
    void loginsAreCountedByOutcome() {
        double before = value(scrape(), "klantinteracties_werkplek_logins_total{", "outcome=\"failure\"");
        var page = RestAssured.given().port(port).get("/werkplek/inloggen");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(csrf.find()).isTrue();
        RestAssured.given()
                .port(port)
                .cookies(page.cookies())
                .formParam("_csrf", csrf.group(1))
                .formParam("gebruikersnaam", "niemand")
                .formParam("wachtwoord", "fout")
                .redirects()
                .follow(false)
                .post("/werkplek/inloggen")
                .then()
                .statusCode(302);
        assertThat(value(scrape(), "klantinteracties_werkplek_logins_total{", "outcome=\"failure\""))
                .isEqualTo(before + 1);
    }

    @Test
    void theOutboxIsMeasuredPendingFailedAndTheAgeOfItsOldestMessage() throws InterruptedException {
        outbox("pending", "1 hour");
        outbox("pending", "10 minutes");
        outbox("failed", "5 minutes");

        // The gauges read the outbox at most every few seconds; a scrape before this test may hold older values.
        long deadline = System.nanoTime() + 20_000_000_000L;
        String metrics = scrape();
        while (value(metrics, "klantinteracties_notificaties_pending ") != 2 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            metrics = scrape();
        }
        assertThat(value(metrics, "klantinteracties_notificaties_pending ")).isEqualTo(2);
        assertThat(value(metrics, "klantinteracties_notificaties_failed ")).isEqualTo(1);
        assertThat(value(metrics, "klantinteracties_notificaties_oldest_undelivered_age_seconds "))
                .isBetween(3_590.0, 3_700.0);
    }

    private void outbox(String status, String age) {
        // Far in the future: the dispatcher leaves them alone while the test reads the gauges.
        jdbc.sql("insert into notificatie_outbox (message_id, destination, kind, object_uuid, payload, status,"
                        + " created_at, next_attempt_at) values (?, 'http://127.0.0.1:9/ontvanger', 'cloudevent', ?,"
                        + " '{}', ?, now() - cast(? as interval), now() + interval '1 day')")
                .params(UUID.randomUUID(), UUID.randomUUID(), status, age)
                .update();
    }

    private String scrape() {
        Response response = anonymous().get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.asString();
    }

    private static List<String> lines(String metrics, String prefix, String... parts) {
        return metrics.lines()
                .filter(line -> line.startsWith(prefix))
                .filter(line -> List.of(parts).stream().allMatch(line::contains))
                .toList();
    }

    private static double value(String metrics, String prefix, String... parts) {
        return lines(metrics, prefix, parts).stream()
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static Optional<JsonNode> accessLine(CapturedOutput output, String start) {
        return output.getOut()
                .lines()
                .filter(line -> line.startsWith("{"))
                .map(JSON::readTree)
                .filter(node -> node.path("message").asString().startsWith(start))
                .findFirst();
    }

    private static String text(JsonNode node, String... path) {
        JsonNode nested = node;
        for (String part : path) {
            nested = nested.path(part);
        }
        if (!nested.isMissingNode()) {
            return nested.asString();
        }
        return node.path(String.join(".", path)).asString();
    }
}
