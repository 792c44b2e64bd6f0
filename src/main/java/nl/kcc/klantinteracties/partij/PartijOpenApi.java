package nl.kcc.klantinteracties.partij;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.openapi.OpenApiContributor;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocument;
import org.springframework.stereotype.Component;

/**
 * What the declarations of the partij resources do not say by themselves: how a partij shows its categorieën, and
 * that a partij's update can be refused with 409 (it would delete a KvK-nummer its vestigingen hang under).
 */
@Component
class PartijOpenApi implements OpenApiContributor {

    @Override
    @SuppressWarnings("unchecked")
    public void contribute(OpenApiDocument document) {
        if (!document.basePath().equals(ApiPaths.KLANTINTERACTIES)) {
            return;
        }
        var properties = new LinkedHashMap<String, Object>();
        properties.put("uuid", Map.of("type", "string", "format", "uuid"));
        properties.put(
                "url", Map.of("type", "string", "format", "uri", "readOnly", true, "minLength", 1, "maxLength", 1000));
        properties.put("categorieNaam", Map.of("type", "string", "nullable", true, "readOnly", true));
        properties.put("beginDatum", Map.of("type", "string", "format", "date", "nullable", true));
        properties.put("eindDatum", Map.of("type", "string", "format", "date", "nullable", true));
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.of("categorieNaam", "url", "uuid"));
        // Not the usual {uuid, url} of a reference: the standard shows a categorie relation with its dates.
        document.replaceSchema("CategorieRelatieForeignKey", schema);

        var item = document.path("/" + PartijResource.COLLECTION + "/{uuid}");
        for (String method : List.of("put", "patch")) {
            if (item.get(method) instanceof Map<?, ?> operation
                    && operation.get("responses") instanceof Map<?, ?> responses) {
                ((Map<String, Object>) responses).put("409", Map.of("$ref", "#/components/responses/Conflict"));
            }
        }
    }
}
