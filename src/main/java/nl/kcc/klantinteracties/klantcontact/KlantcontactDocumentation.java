package nl.kcc.klantinteracties.klantcontact;

import static nl.kcc.klantinteracties.api.openapi.OpenApiDocument.ref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.openapi.OpenApiContributor;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocument;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocuments;
import org.springframework.stereotype.Component;

/** Documents what the klantcontact family serves beyond plain CRUD: the cascading delete of an onderwerpobject. */
@Component
class KlantcontactDocumentation implements OpenApiContributor {

    @Override
    public void contribute(OpenApiDocument document) {
        if (!document.basePath().equals(ApiPaths.KLANTINTERACTIES)) {
            return;
        }
        cascadingDelete(document);
    }

    @SuppressWarnings("unchecked")
    private static void cascadingDelete(OpenApiDocument document) {
        var delete = (Map<String, Object>) document.path("/" + OnderwerpobjectResource.COLLECTION + "/{uuid}")
                .get("delete");
        if (delete == null) {
            return;
        }
        document.schema(
                "OnderwerpobjectDeleteResponse",
                Map.of(
                        "type", "object",
                        "required", List.of("behouden"),
                        "properties",
                                Map.of(
                                        "behouden",
                                        Map.of("type", "array", "items", Map.of("type", "string", "format", "uri")))));
        var parameters = new ArrayList<Object>((List<Object>) delete.getOrDefault("parameters", List.of()));
        parameters.add(OpenApiDocuments.queryParameter(
                "cascade",
                "Met true gaan ook de klantcontacten mee waar geen ander onderwerpobject over gaat;"
                        + " het antwoord noemt de klantcontacten die behouden zijn.",
                Map.of("type", "boolean", "default", false)));
        delete.put("parameters", parameters);
        var responses = new LinkedHashMap<String, Object>((Map<String, Object>) delete.get("responses"));
        responses.put("200", OpenApiDocuments.ok("Verwijderd met cascade=true.", ref("OnderwerpobjectDeleteResponse")));
        delete.put("responses", responses);
    }
}
