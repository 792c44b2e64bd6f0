package nl.kcc.klantinteracties.partij;

import java.util.Map;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code partijIdentificatie}, read as a plain object: which members it has depends on {@code soortPartij}, which a
 * field cannot see, so {@link PartijResource} reads it against the schema of the partij's kind. Its schemas are
 * described per kind by the resource's variants.
 */
final class PartijIdentificatieField extends Field<JsonNode> {

    PartijIdentificatieField() {
        super("partijIdentificatie");
    }

    @Override
    protected @Nullable JsonNode read(JsonNode node, String path, Violations violations) {
        if (!node.isObject()) {
            violations.add(
                    Violations.nonFieldPath(path),
                    "invalid",
                    "Verwacht een object, maar kreeg " + describe(node) + ".");
            return null;
        }
        return node;
    }

    @Override
    protected Map<String, Object> valueSchema() {
        return Map.of("type", "object");
    }
}
