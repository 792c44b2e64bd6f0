package nl.kcc.klantinteracties.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code klantinteracties.api.requests}: requests per API, resource and operation (list, read, create, update,
 * partial_update, delete), so that a dashboard shows what applications do rather than which URL templates they use.
 */
final class ApiMetrics {

    private static final String[] APIS = {"/klantinteracties/api/v1/", "/contactgegevens/api/v1/"};

    private final MeterRegistry registry;

    ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String method, String template, int status, boolean matched) {
        if (!matched) {
            return;
        }
        for (String api : APIS) {
            if (template.startsWith(api)) {
                record(api.substring(1, api.indexOf('/', 1)), method, template.substring(api.length()), status);
                return;
            }
        }
    }

    private void record(String api, String method, String path, int status) {
        var resource = new StringBuilder();
        boolean endsWithVariable = false;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            endsWithVariable = segment.startsWith("{");
            if (!endsWithVariable) {
                resource.append(resource.isEmpty() ? "" : "/").append(segment);
            }
        }
        if (resource.isEmpty()) {
            return;
        }
        Counter.builder("klantinteracties.api.requests")
                .description("Requests to the APIs per resource and operation")
                .tag("api", api)
                .tag("resource", resource.toString())
                .tag("operation", operation(method, endsWithVariable))
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment();
    }

    private static String operation(String method, boolean oneObject) {
        return switch (method) {
            case "GET", "HEAD" -> oneObject ? "read" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "partial_update";
            case "DELETE" -> "delete";
            default -> "other";
        };
    }
}
