package nl.kcc.klantinteracties.partij;

import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.json.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A uuid the client may send as a plain text, where the standard makes an object's own uuid writable: a nested
 * partij-identificator names the existing one it updates with it.
 */
final class UuidField extends Field<UUID> {

    UuidField(String name) {
        super(name);
    }

    @Override
    protected @Nullable UUID read(JsonNode node, String path, Violations violations) {
        UUID value = node.isString() ? Texts.parseUuid(node.asString()) : null;
        if (value == null) {
            violations.add(path, "invalid", "Geen geldige UUID.");
        }
        return value;
    }

    @Override
    protected Map<String, Object> valueSchema() {
        return Map.of("type", "string", "format", "uuid");
    }
}
