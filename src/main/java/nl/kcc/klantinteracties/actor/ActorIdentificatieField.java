package nl.kcc.klantinteracties.actor;

import java.util.Map;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code actorIdentificatie}, read as a plain object: which members it has depends on {@code soortActor}, which a
 * field cannot see, so {@link ActorResource} reads it against the schema of the actor's kind. Its schemas are
 * described per kind by the resource's variants.
 */
final class ActorIdentificatieField extends Field<JsonNode> {

    ActorIdentificatieField() {
        super("actorIdentificatie");
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
