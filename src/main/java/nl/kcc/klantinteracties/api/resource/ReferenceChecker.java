package nl.kcc.klantinteracties.api.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.json.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks that every object a request refers to exists: one query per referenced table, whatever the number of
 * references, and every missing one reported under its own path ({@code betrokkene.wasPartij.uuid}) with code
 * {@code invalid}.
 */
@Component
public class ReferenceChecker {

    private final JdbcClient jdbc;
    private final ObjectProvider<ApiResource<?, ?>> resources;
    private volatile @Nullable Map<String, ApiResource<?, ?>> bySchema;

    ReferenceChecker(JdbcClient jdbc, ObjectProvider<ApiResource<?, ?>> resources) {
        this.jdbc = jdbc;
        this.resources = resources;
    }

    private record Reference(String schemaName, UUID uuid, String path) {}

    /** Checks the references in the input; an object the caller may not see does not exist for it. */
    public void check(ObjectSchema schema, Input input, String prefix, Violations violations, ApiContext context) {
        var references = new ArrayList<Reference>();
        collect(schema, input, prefix, references);
        checkAll(references, violations, context);
    }

    /** Checks one reference that is not part of a schema, e.g. one a resource sets itself. */
    public boolean exists(String schemaName, UUID uuid, ApiContext context) {
        ApiResource<?, ?> target = resource(schemaName);
        return !jdbc.sql("select 1 from " + target.description().table() + " x where x.uuid = ? and ("
                        + target.visible("x", context) + ")")
                .param(uuid)
                .query()
                .listOfRows()
                .isEmpty();
    }

    private void collect(ObjectSchema schema, Input input, String prefix, List<Reference> references) {
        for (Field<?> field : schema.fields()) {
            if (!input.has(field)) {
                continue;
            }
            String path = Violations.path(prefix, field.name());
            switch (field) {
                case Fields.RefField ref -> {
                    UUID uuid = input.get(ref);
                    if (uuid != null) {
                        references.add(new Reference(ref.schemaName(), uuid, path + ".uuid"));
                    }
                }
                case Fields.RefListField refs -> {
                    List<UUID> uuids = input.get(refs);
                    for (int i = 0; uuids != null && i < uuids.size(); i++) {
                        references.add(new Reference(refs.schemaName(), uuids.get(i), path + "." + i + ".uuid"));
                    }
                }
                case Fields.ObjectField object -> {
                    Input part = input.get(object);
                    if (part != null) {
                        collect(object.objectSchema(), part, path, references);
                    }
                }
                case Fields.ObjectListField objects -> {
                    List<Input> items = input.get(objects);
                    for (int i = 0; items != null && i < items.size(); i++) {
                        collect(objects.objectSchema(), items.get(i), path + "." + i, references);
                    }
                }
                default -> {}
            }
        }
    }

    private void checkAll(List<Reference> references, Violations violations, ApiContext context) {
        var bySchemaName = new LinkedHashMap<String, Set<UUID>>();
        references.forEach(r -> bySchemaName
                .computeIfAbsent(r.schemaName(), t -> new HashSet<>())
                .add(r.uuid()));
        var existing = new HashSet<String>();
        bySchemaName.forEach((schemaName, uuids) -> {
            ApiResource<?, ?> target = resource(schemaName);
            jdbc.sql("select x.uuid from " + target.description().table() + " x where x.uuid = any(?) and ("
                            + target.visible("x", context) + ")")
                    .param(Sql.uuids(uuids))
                    .query(UUID.class)
                    .list()
                    .forEach(uuid -> existing.add(schemaName + "/" + uuid));
        });
        for (Reference reference : references) {
            if (!existing.contains(reference.schemaName() + "/" + reference.uuid())) {
                // The standard's implementations report a missing object as an invalid value of the uuid.
                violations.add(
                        reference.path(), "invalid", "Er bestaat geen " + reference.schemaName() + " met deze uuid.");
            }
        }
    }

    private ApiResource<?, ?> resource(String schemaName) {
        var map = bySchema;
        if (map == null) {
            map = new LinkedHashMap<>();
            for (ApiResource<?, ?> resource : resources.orderedStream().toList()) {
                map.put(resource.description().schemaName(), resource);
            }
            bySchema = map;
        }
        ApiResource<?, ?> resource = map.get(schemaName);
        if (resource == null) {
            throw new IllegalStateException("No resource with schema " + schemaName);
        }
        return resource;
    }
}
