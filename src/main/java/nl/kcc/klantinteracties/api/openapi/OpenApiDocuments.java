package nl.kcc.klantinteracties.api.openapi;

import static nl.kcc.klantinteracties.api.openapi.OpenApiDocument.ref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the OpenAPI documents of the register's two APIs from the resources' own declarations: every operation,
 * filter and expansion, and the problem responses the standard's document leaves out.
 */
@Component
public class OpenApiDocuments {

    private static final String TOKEN_AUTH = "tokenAuth";
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");
    private static final String KLANTINTERACTIES_DESCRIPTION = """
            De Klantinteracties API van dit register: klantcontacten, betrokkenen, actoren, interne taken, partijen en \
            hun contactgegevens, volgens de VNG-standaard Klantinteracties.

            PUT vraagt alle verplichte velden; optionele velden die ontbreken blijven ongewijzigd. PATCH wijzigt \
            alleen de meegestuurde velden.

            Elke request authenticeert met `Authorization: Token <sleutel>`. Fouten zijn `application/problem+json`.""";
    private static final String CONTACTGEGEVENS_DESCRIPTION = """
            De Contactgegevens API van dit register: personen en organisaties met hun adres.

            PUT vraagt alle verplichte velden; PATCH wijzigt alleen de meegestuurde velden.""";

    private final ObjectProvider<ApiResource<?, ?>> resources;
    private final ObjectProvider<OpenApiContributor> contributors;
    private final OpenApiContact contact;
    private final Map<String, Map<String, Object>> documents = new ConcurrentHashMap<>();

    OpenApiDocuments(
            ObjectProvider<ApiResource<?, ?>> resources,
            ObjectProvider<OpenApiContributor> contributors,
            OpenApiContact contact) {
        this.resources = resources;
        this.contributors = contributors;
        this.contact = contact;
    }

    /** The document of the API at this base path. */
    public Map<String, Object> document(String apiPath) {
        return documents.computeIfAbsent(apiPath, this::write);
    }

    private Map<String, Object> write(String apiPath) {
        var document = apiPath.equals(ApiPaths.KLANTINTERACTIES)
                ? new OpenApiDocument(
                        "Klantinteracties",
                        ApiPaths.KLANTINTERACTIES_VERSION,
                        KLANTINTERACTIES_DESCRIPTION,
                        contact.openApi(),
                        apiPath)
                : new OpenApiDocument(
                        "Contactgegevens",
                        ApiPaths.CONTACTGEGEVENS_VERSION,
                        CONTACTGEGEVENS_DESCRIPTION,
                        contact.openApi(),
                        apiPath);
        problems(document);
        var schemaNames = new LinkedHashMap<String, String>();
        resources
                .orderedStream()
                .forEach(resource -> schemaNames.put(
                        resource.collection(), resource.description().schemaName()));
        resources
                .orderedStream()
                .filter(resource -> resource.description().apiPath().equals(apiPath))
                .forEach(resource -> resource(document, resource, schemaNames));
        contributors.orderedStream().forEach(contributor -> contributor.contribute(document));
        document.eachOperation("post", OpenApiDocuments::withIdempotencyKey);
        for (String method : METHODS) {
            document.eachOperation(method, OpenApiDocuments::withGeneralRefusals);
        }
        return document.toMap(components(), TOKEN_AUTH);
    }

    private static void resource(
            OpenApiDocument document, ApiResource<?, ?> resource, Map<String, String> schemaNames) {
        ResourceDescription description = resource.description();
        document.tag(description.tag(), null);
        String name = description.schemaName();
        objectSchemas(document, description);
        document.schema("Patched" + name, patched(description));
        Map<String, Object> shown = expandSchema(document, resource, schemaNames);
        document.schema("Paginated" + shownName(resource) + "List", paginated(shown));

        String collection = "/" + description.collection();
        var list = operation(
                description,
                description.collection() + "List",
                "Alle " + description.tag() + " opvragen.",
                "Een pagina van de " + description.tag() + " (" + PageRequest.DEFAULT_PAGE_SIZE
                        + " per pagina tenzij pageSize anders vraagt). De filters gelden samen; een filter zonder"
                        + " waarde filtert niet; een onbekende query-parameter geeft 400 in plaats van alle objecten."
                        + (description.expandable().isEmpty()
                                ? ""
                                : " Met expand komen gerelateerde objecten mee onder _expand."));
        var parameters = new ArrayList<Map<String, Object>>();
        description.filters().stream().map(Filter::openApi).forEach(parameters::add);
        parameters.addAll(pageParameters(
                "Een pagina binnen de gepagineerde resultaten, vanaf 1.",
                "Het aantal resultaten per pagina (standaard " + PageRequest.DEFAULT_PAGE_SIZE + ", hoogstens "
                        + PageRequest.MAXIMUM_PAGE_SIZE + ")."));
        expandParameter(description).ifPresent(parameters::add);
        list.put("parameters", parameters);
        list.put(
                "responses",
                responses(
                        Map.of("200", ok("De gevraagde pagina.", ref("Paginated" + shownName(resource) + "List"))),
                        "400",
                        "401",
                        "403",
                        "404"));
        document.path(collection).put("get", list);

        var create = operation(
                description,
                description.collection() + "Create",
                "Maak een " + description.noun() + " aan.",
                "Maakt het object aan en geeft het terug: zijn url staat ook in Location, zijn versie in ETag.");
        create.put("requestBody", body(ref(name)));
        var created = ok("Het aangemaakte object.", ref(name));
        created.put(
                "headers",
                Map.of(
                        "API-version", Map.of("$ref", "#/components/headers/APIVersion"),
                        "ETag", Map.of("$ref", "#/components/headers/ETag"),
                        "Location",
                                Map.of(
                                        "description",
                                        "De url van het aangemaakte object.",
                                        "schema",
                                        Map.of("type", "string", "format", "uri"))));
        create.put("responses", responses(Map.of("201", created), "400", "401", "403", "415"));
        document.path(collection).put("post", create);

        String item = collection + "/{uuid}";
        document.path(item).put("parameters", List.of(uuidPathParameter()));
        var retrieve = operation(
                description,
                description.collection() + "Retrieve",
                "Een specifiek " + description.noun() + " opvragen.",
                "Het object met deze uuid, met zijn versie in ETag: wie die bij een wijziging in If-Match"
                        + " terugstuurt, overschrijft niet ongemerkt de wijziging van een ander.");
        expandParameter(description).ifPresent(expand -> retrieve.put("parameters", List.of(expand)));
        retrieve.put("responses", responses(Map.of("200", tagged(ok("Het object.", shown))), "401", "403", "404"));
        document.path(item).put("get", retrieve);

        var update = operation(
                description,
                description.collection() + "Update",
                "Werk een " + description.noun() + " in zijn geheel bij.",
                "Vraagt alle verplichte velden; optionele velden die ontbreken blijven ongewijzigd. " + IF_MATCH_RULE);
        update.put("parameters", List.of(ifMatchParameter()));
        update.put("requestBody", body(ref(name)));
        update.put(
                "responses",
                responses(
                        Map.of("200", tagged(ok("Het bijgewerkte object.", ref(name)))),
                        "400",
                        "401",
                        "403",
                        "404",
                        "412",
                        "415"));
        document.path(item).put("put", update);

        var patch = operation(
                description,
                description.collection() + "PartialUpdate",
                "Werk een " + description.noun() + " deels bij.",
                "Wijzigt alleen de meegestuurde velden. " + IF_MATCH_RULE);
        patch.put("parameters", List.of(ifMatchParameter()));
        patch.put("requestBody", body(ref("Patched" + name)));
        patch.put(
                "responses",
                responses(
                        Map.of("200", tagged(ok("Het bijgewerkte object.", ref(name)))),
                        "400",
                        "401",
                        "403",
                        "404",
                        "412",
                        "415"));
        document.path(item).put("patch", patch);

        var destroy = operation(
                description,
                description.collection() + "Destroy",
                "Verwijder een " + description.noun() + ".",
                "Verwijdert het object; de audittrail ervan blijft te lezen. " + IF_MATCH_RULE);
        destroy.put("parameters", List.of(ifMatchParameter()));
        var deleted = new LinkedHashMap<String, Object>();
        deleted.put("description", "Verwijderd.");
        deleted.put("headers", Map.of("API-version", Map.of("$ref", "#/components/headers/APIVersion")));
        destroy.put("responses", responses(Map.of("204", deleted), "401", "403", "404", "409", "412"));
        document.path(item).put("delete", destroy);
    }

    /** The object's schema; for a polymorphic object one variant per kind, chosen by the discriminator. */
    private static void objectSchemas(OpenApiDocument document, ResourceDescription description) {
        ObjectSchema schema = description.schema();
        var variants = description.variants();
        if (variants == null) {
            document.object(schema);
            return;
        }
        String base = schema.name() + "Basis";
        document.object(schema.with(base));
        var oneOf = new ArrayList<Map<String, Object>>();
        var mapping = new LinkedHashMap<String, Object>();
        variants.schemas().forEach((kind, part) -> {
            document.object(part);
            String variantName = schema.name() + "_" + kind;
            document.schema(
                    variantName,
                    Map.of(
                            "allOf",
                            List.of(
                                    ref(base),
                                    Map.of(
                                            "type",
                                            "object",
                                            "properties",
                                            Map.of(variants.field(), Map.of("allOf", List.of(ref(part.name()))))))));
            oneOf.add(ref(variantName));
            mapping.put(kind, OpenApiDocument.SCHEMAS + variantName);
        });
        document.schema(
                schema.name(),
                Map.of(
                        "oneOf",
                        oneOf,
                        "discriminator",
                        Map.of("propertyName", variants.discriminator(), "mapping", mapping)));
    }

    private static Map<String, Object> patched(ResourceDescription description) {
        return description.schema().openApi(false);
    }

    /** The schema of a shown object: with an {@code _expand} member when the resource can include relations. */
    private static Map<String, Object> expandSchema(
            OpenApiDocument document, ApiResource<?, ?> resource, Map<String, String> schemaNames) {
        var description = resource.description();
        if (description.expandable().isEmpty()) {
            return ref(description.schemaName());
        }
        var properties = new LinkedHashMap<String, Object>();
        resource.expansions()
                .forEach((name, expansion) -> properties.put(
                        name,
                        expandedSchema(expansion, Objects.requireNonNull(schemaNames.get(expansion.collection())))));
        var expand = new LinkedHashMap<String, Object>();
        expand.put("type", "object");
        expand.put("description", "De objecten die met de parameter expand zijn ingesloten.");
        expand.put("properties", properties);
        document.schema(
                shownName(resource),
                Map.of(
                        "allOf",
                        List.of(
                                ref(description.schemaName()),
                                Map.of("type", "object", "properties", Map.of("_expand", expand)))));
        return ref(shownName(resource));
    }

    private static Map<String, Object> expandedSchema(Expansion<?> expansion, String target) {
        if (expansion.many()) {
            return Map.of("type", "array", "items", ref(target));
        }
        return Map.of("allOf", List.of(ref(target)), "nullable", true);
    }

    private static String shownName(ApiResource<?, ?> resource) {
        var description = resource.description();
        return description.expandable().isEmpty() ? description.schemaName() : "Expand" + description.schemaName();
    }

    private static Map<String, Object> paginated(Map<String, Object> item) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("count", Map.of("type", "integer"));
        properties.put("next", Map.of("type", "string", "format", "uri", "nullable", true));
        properties.put("previous", Map.of("type", "string", "format", "uri", "nullable", true));
        properties.put("results", Map.of("type", "array", "items", item));
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("required", List.of("count", "next", "previous", "results"));
        schema.put("properties", properties);
        return schema;
    }

    private static Optional<Map<String, Object>> expandParameter(ResourceDescription description) {
        if (description.expandable().isEmpty()) {
            return Optional.empty();
        }
        var parameter = new LinkedHashMap<String, Object>();
        parameter.put("name", "expand");
        parameter.put("in", "query");
        parameter.put("required", false);
        parameter.put(
                "description",
                "Sluit de genoemde gerelateerde objecten in onder _expand; een pad met punten sluit ook de"
                        + " tussenliggende objecten in.");
        parameter.put("style", "form");
        parameter.put("explode", false);
        parameter.put(
                "schema", Map.of("type", "array", "items", Map.of("type", "string", "enum", description.expandable())));
        return Optional.of(parameter);
    }

    private static Map<String, Object> queryInteger(
            String name, String description, int minimum, @Nullable Integer maximum) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "integer");
        schema.put("minimum", minimum);
        if (maximum != null) {
            schema.put("maximum", maximum);
        }
        return Map.of("name", name, "in", "query", "required", false, "description", description, "schema", schema);
    }

    static LinkedHashMap<String, Object> operation(
            ResourceDescription description, String operationId, String summary, String explanation) {
        return operation(description.tag(), operationId, summary, explanation);
    }

    /**
     * An operation under a tag, for contributors to fill in.
     *
     * @param summary what it does, in a line
     * @param explanation what a client should know beyond the summary; the document's description of it
     */
    public static LinkedHashMap<String, Object> operation(
            String tag, String operationId, String summary, String explanation) {
        var operation = new LinkedHashMap<String, Object>();
        operation.put("operationId", operationId);
        operation.put("summary", summary);
        operation.put("description", summary + " " + explanation);
        operation.put("tags", List.of(tag));
        return operation;
    }

    private static final String IF_MATCH_RULE = "Met If-Match gebeurt dit alleen als het object nog die versie (ETag)"
            + " heeft, anders 412; zonder If-Match altijd.";

    private static Map<String, Object> ifMatchParameter() {
        return Map.of(
                "name",
                "If-Match",
                "in",
                "header",
                "required",
                false,
                "description",
                "Uitbreiding: de ETag van het object zoals de client het las (of meer, met komma's; * voor elke"
                        + " versie).",
                "schema",
                Map.of("type", "string"));
    }

    /** A response that carries the object's version in {@code ETag}. */
    private static LinkedHashMap<String, Object> tagged(LinkedHashMap<String, Object> response) {
        var headers = new LinkedHashMap<String, Object>();
        headers.put("API-version", Map.of("$ref", "#/components/headers/APIVersion"));
        headers.put("ETag", Map.of("$ref", "#/components/headers/ETag"));
        response.put("headers", headers);
        return response;
    }

    /** The {@code {uuid}} of an object's path. */
    public static Map<String, Object> uuidPathParameter() {
        return Map.of(
                "name", "uuid", "in", "path", "required", true, "schema", Map.of("type", "string", "format", "uuid"));
    }

    /** {@code page} and {@code pageSize} of a paginated answer, described for what it pages through. */
    public static List<Map<String, Object>> pageParameters(String page, String pageSize) {
        return List.of(
                queryInteger("page", page, 1, null),
                queryInteger("pageSize", pageSize, 1, PageRequest.MAXIMUM_PAGE_SIZE));
    }

    /** A query parameter with this schema. */
    public static Map<String, Object> queryParameter(String name, String description, Map<String, Object> schema) {
        return Map.of("name", name, "in", "query", "required", false, "description", description, "schema", schema);
    }

    /** A JSON request body. */
    public static Map<String, Object> body(Map<String, Object> schema) {
        return Map.of("required", true, "content", Map.of("application/json", Map.of("schema", schema)));
    }

    /** A successful JSON response with the API-version header. */
    public static LinkedHashMap<String, Object> ok(String description, Map<String, Object> schema) {
        var response = new LinkedHashMap<String, Object>();
        response.put("description", description);
        response.put("headers", Map.of("API-version", Map.of("$ref", "#/components/headers/APIVersion")));
        response.put("content", Map.of("application/json", Map.of("schema", schema)));
        return response;
    }

    /** The given success responses and references to the shared problem responses with these statuses. */
    public static Map<String, Object> responses(Map<String, ?> successes, String... problemStatuses) {
        var responses = new LinkedHashMap<String, Object>(successes);
        for (String status : problemStatuses) {
            responses.put(status, Map.of("$ref", OpenApiDocument.RESPONSES + PROBLEM_RESPONSES.get(status)));
        }
        return responses;
    }

    /**
     * What any operation of the APIs can answer whatever it does: 400 for a query parameter it does not know (every
     * endpoint checks its query string), and 413 for a request body over {@code klantinteracties.api.max-request-size}
     * (checked for every request, before it is read).
     */
    private static Map<String, Object> withGeneralRefusals(Map<String, Object> operation) {
        var responses = new TreeMap<String, Object>();
        if (operation.get("responses") instanceof Map<?, ?> existing) {
            existing.forEach((status, response) -> responses.put((String) status, response));
        }
        responses.putIfAbsent("400", Map.of("$ref", OpenApiDocument.RESPONSES + PROBLEM_RESPONSES.get("400")));
        if (operation.containsKey("requestBody")) {
            responses.putIfAbsent("413", Map.of("$ref", OpenApiDocument.RESPONSES + PROBLEM_RESPONSES.get("413")));
        }
        operation.put("responses", responses);
        return operation;
    }

    /** Every POST takes an {@code Idempotency-Key} (see {@code api.idempotency}), with the answers it adds. */
    private static Map<String, Object> withIdempotencyKey(Map<String, Object> operation) {
        var parameters = new ArrayList<Object>();
        if (operation.get("parameters") instanceof List<?> existing) {
            parameters.addAll(existing);
        }
        parameters.add(Map.of(
                "name",
                "Idempotency-Key",
                "in",
                "header",
                "required",
                false,
                "description",
                "Uitbreiding: een sleutel per verzoek (1 tot 255 zichtbare ASCII-tekens). Hetzelfde verzoek met dezelfde"
                        + " sleutel geeft het eerste antwoord opnieuw en maakt niets nog eens aan; een ander verzoek"
                        + " met dezelfde sleutel geeft 422, een herhaling terwijl het eerste nog loopt 409.",
                "schema",
                Map.of("type", "string", "minLength", 1, "maxLength", 255)));
        operation.put("parameters", parameters);
        var responses = new LinkedHashMap<String, Object>();
        if (operation.get("responses") instanceof Map<?, ?> existing) {
            existing.forEach((status, response) -> responses.put((String) status, response));
        }
        responses.putIfAbsent("409", Map.of("$ref", OpenApiDocument.RESPONSES + "Conflict"));
        responses.putIfAbsent("422", Map.of("$ref", OpenApiDocument.RESPONSES + "UnprocessableContent"));
        operation.put("responses", responses);
        return operation;
    }

    private static final Map<String, String> PROBLEM_RESPONSES = Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "404", "NotFound",
            "409", "Conflict",
            "412", "PreconditionFailed",
            "413", "PayloadTooLarge",
            "415", "UnsupportedMediaType");

    private static void problems(OpenApiDocument document) {
        var invalidParam = new LinkedHashMap<String, Object>();
        invalidParam.put("type", "object");
        invalidParam.put("required", List.of("name", "code", "reason"));
        invalidParam.put(
                "properties",
                Map.of(
                        "name",
                        Map.of(
                                "type",
                                "string",
                                "description",
                                "Het veld of de parameter, als pad met punten en lijstnummers"
                                        + " (betrokkene.contactnaam.voornaam), of nonFieldErrors."),
                        "code",
                        Map.of("type", "string", "description", "Een vaste code, zoals required of max_length."),
                        "reason",
                        Map.of("type", "string", "description", "Uitleg voor de mens die het leest.")));
        document.schema("InvalidParam", invalidParam);
        var problemProperties = new LinkedHashMap<String, Object>();
        problemProperties.put("type", Map.of("type", "string", "format", "uri"));
        problemProperties.put("code", Map.of("type", "string"));
        problemProperties.put("title", Map.of("type", "string"));
        problemProperties.put("status", Map.of("type", "integer"));
        problemProperties.put("detail", Map.of("type", "string"));
        problemProperties.put(
                "instance", Map.of("type", "string", "description", "urn:uuid: waaronder de fout gelogd is."));
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "object");
        problem.put("required", List.of("type", "code", "title", "status", "detail", "instance"));
        problem.put("properties", problemProperties);
        document.schema("Problem", problem);
        document.schema(
                "ValidationProblem",
                Map.of(
                        "allOf",
                        List.of(
                                ref("Problem"),
                                Map.of(
                                        "type",
                                        "object",
                                        "required",
                                        List.of("invalidParams"),
                                        "properties",
                                        Map.of(
                                                "invalidParams",
                                                Map.of("type", "array", "items", ref("InvalidParam")))))));
    }

    private static Map<String, Object> components() {
        var responses = new LinkedHashMap<String, Object>();
        responses.put("BadRequest", problem("Ongeldige invoer of query-parameters.", "ValidationProblem"));
        responses.put("Unauthorized", problem("Geen of een ongeldig token.", "Problem"));
        responses.put("Forbidden", problem("Het token geeft geen toegang tot deze handeling.", "Problem"));
        responses.put("NotFound", problem("Het object of de pagina bestaat niet.", "Problem"));
        responses.put("Conflict", problem("De handeling zou het register inconsistent maken.", "Problem"));
        responses.put("PreconditionFailed", problem("If-Match komt niet overeen met de huidige ETag.", "Problem"));
        responses.put("PayloadTooLarge", problem("De inhoud van het verzoek is te groot.", "Problem"));
        responses.put("UnsupportedMediaType", problem("De inhoud is geen JSON.", "Problem"));
        responses.put(
                "UnprocessableContent",
                problem("De Idempotency-Key is al voor een ander verzoek gebruikt.", "Problem"));
        return Map.of(
                "securitySchemes",
                Map.of(
                        TOKEN_AUTH,
                        Map.of(
                                "type",
                                "apiKey",
                                "in",
                                "header",
                                "name",
                                "Authorization",
                                "description",
                                "Een token van het register, als: Token <sleutel>.")),
                "headers",
                Map.of(
                        "APIVersion",
                        Map.of(
                                "description",
                                "De versie van de standaard die het antwoord gaf.",
                                "schema",
                                Map.of("type", "string")),
                        "ETag",
                        Map.of(
                                "description",
                                "De versie van het object, om bij een wijziging in If-Match terug te sturen.",
                                "schema",
                                Map.of("type", "string"))),
                "responses",
                responses);
    }

    private static Map<String, Object> problem(String description, String schema) {
        return Map.of(
                "description",
                description,
                "headers",
                Map.of("API-version", Map.of("$ref", "#/components/headers/APIVersion")),
                "content",
                Map.of("application/problem+json", Map.of("schema", ref(schema))));
    }
}
