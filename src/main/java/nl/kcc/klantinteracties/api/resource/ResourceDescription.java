package nl.kcc.klantinteracties.api.resource;

import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.query.Filter;
import org.jspecify.annotations.Nullable;

/**
 * What the register says about a resource: where it lives, how its objects look, how its lists are filtered and
 * expanded. The controllers, the reference checks and the OpenAPI document all read it from here.
 *
 * @param apiPath the API the resource belongs to ({@link nl.kcc.klantinteracties.api.ApiPaths})
 * @param collection the path segment of the collection ({@code klantcontacten})
 * @param schemaName the name of the object's schema ({@code Klantcontact})
 * @param table the table that holds the objects, keyed by {@code uuid}
 * @param tag the heading the OpenAPI document groups the operations under
 * @param noun how the summaries name one object ({@code een klantcontact})
 * @param schema the object's fields
 * @param filters the query parameters of the list
 * @param expandable the relations {@code expand} can include
 * @param variants for a polymorphic object, the schema of its part per value of the discriminator
 */
public record ResourceDescription(
        String apiPath,
        String collection,
        String schemaName,
        String table,
        String tag,
        String noun,
        ObjectSchema schema,
        List<Filter<?>> filters,
        List<String> expandable,
        @Nullable Variants variants) {

    /**
     * The part of a polymorphic object that depends on its kind.
     *
     * @param discriminator the field that says which kind ({@code soortActor})
     * @param field the field holding the kind-specific part ({@code actorIdentificatie})
     * @param schemas the part's schema per kind
     */
    public record Variants(String discriminator, String field, Map<String, ObjectSchema> schemas) {}

    public ResourceDescription {
        filters = List.copyOf(filters);
        expandable = List.copyOf(expandable);
    }

    public String path() {
        return apiPath + "/" + collection;
    }
}
