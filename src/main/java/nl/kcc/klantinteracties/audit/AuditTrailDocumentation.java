package nl.kcc.klantinteracties.audit;

import static nl.kcc.klantinteracties.api.openapi.OpenApiDocument.ref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.openapi.OpenApiContributor;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocument;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocuments;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Documents the audit trail of every resource, an extension of the standard, in the OpenAPI documents. */
@Component
class AuditTrailDocumentation implements OpenApiContributor {

    private static final String TAG = "audittrail";

    private final ObjectProvider<ApiResource<?, ?>> resources;

    AuditTrailDocumentation(ObjectProvider<ApiResource<?, ?>> resources) {
        this.resources = resources;
    }

    @Override
    public void contribute(OpenApiDocument document) {
        document.tag(
                TAG,
                "Uitbreiding op de standaard (B8694): de wijzigingen van een object, met wie ze deed en het object"
                        + " ervoor en erna. Ook na verwijdering van het object te lezen.");
        document.schema("AuditTrailEntry", entry());
        document.schema(
                "PaginatedAuditTrailEntryList",
                Map.of(
                        "type", "object",
                        "required", List.of("count", "next", "previous", "results"),
                        "properties",
                                Map.of(
                                        "count", Map.of("type", "integer"),
                                        "next", Map.of("type", "string", "format", "uri", "nullable", true),
                                        "previous", Map.of("type", "string", "format", "uri", "nullable", true),
                                        "results", Map.of("type", "array", "items", ref("AuditTrailEntry")))));
        resources
                .orderedStream()
                .map(ApiResource::description)
                .filter(description -> description.apiPath().equals(document.basePath()))
                .forEach(description -> {
                    var operation = OpenApiDocuments.operation(
                            TAG,
                            description.collection() + "Audittrail",
                            "De wijzigingen van een " + description.noun() + ", nieuwste eerst.",
                            "Per wijziging wie haar deed (token en medewerker), wanneer, met welk verzoek, en het"
                                    + " object ervoor en erna; ook van een object dat sindsdien verwijderd is.");
                    var parameters = new ArrayList<Map<String, Object>>();
                    parameters.add(OpenApiDocuments.uuidPathParameter());
                    parameters.addAll(OpenApiDocuments.pageParameters(
                            "Een pagina, vanaf 1.",
                            "Het aantal wijzigingen per pagina (hoogstens " + PageRequest.MAXIMUM_PAGE_SIZE + ")."));
                    operation.put("parameters", parameters);
                    operation.put(
                            "responses",
                            OpenApiDocuments.responses(
                                    Map.of(
                                            "200",
                                            OpenApiDocuments.ok(
                                                    "De wijzigingen.", ref("PaginatedAuditTrailEntryList"))),
                                    "400",
                                    "401",
                                    "403",
                                    "404"));
                    document.path("/" + description.collection() + "/{uuid}/audittrail")
                            .put("get", operation);
                });
    }

    private static Map<String, Object> entry() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("uuid", Map.of("type", "string", "format", "uuid"));
        properties.put("bron", Map.of("type", "string", "description", "De API: klantinteracties of contactgegevens."));
        properties.put(
                "applicatie", Map.of("type", "string", "description", "De naam van het token van de wijziging."));
        properties.put(
                "gebruiker", Map.of("type", "string", "description", "De medewerker die de wijziging deed, of leeg."));
        properties.put(
                "actie", Map.of("type", "string", "enum", List.of("create", "update", "partial_update", "destroy")));
        properties.put("resource", Map.of("type", "string", "description", "De collectie, zoals klantcontacten."));
        properties.put("resourceUrl", Map.of("type", "string", "format", "uri"));
        properties.put(
                "requestId",
                Map.of("type", "string", "description", "Het X-Request-ID van het verzoek dat de wijziging deed."));
        properties.put("aanmaakdatum", Map.of("type", "string", "format", "date-time"));
        properties.put(
                "wijzigingen",
                Map.of(
                        "type", "object",
                        "required", List.of("oud", "nieuw"),
                        "properties",
                                Map.of(
                                        "oud",
                                                Map.of(
                                                        "type",
                                                        "object",
                                                        "nullable",
                                                        true,
                                                        "description",
                                                        "Het object ervoor."),
                                        "nieuw",
                                                Map.of(
                                                        "type",
                                                        "object",
                                                        "nullable",
                                                        true,
                                                        "description",
                                                        "Het object erna."))));
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("required", List.copyOf(properties.keySet()));
        schema.put("properties", properties);
        return schema;
    }
}
