package nl.kcc.klantinteracties.importer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Values of an object as a source shows it, in the form the register's columns keep them. Absent and null are
 * treated alike: an older source leaves out members a newer one shows.
 */
final class Json {

    private Json() {}

    static @Nullable JsonNode member(JsonNode node, String path) {
        JsonNode current = node;
        for (String name : path.split("\\.")) {
            if (current == null || current.isNull() || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current == null || current.isNull() || current.isMissingNode() ? null : current;
    }

    /** An optional text: the register keeps an absent one as {@code ''}. */
    static String text(JsonNode node, String path) {
        JsonNode value = member(node, path);
        return value == null ? "" : value.asString();
    }

    static @Nullable String nullableText(JsonNode node, String path) {
        JsonNode value = member(node, path);
        return value == null || value.asString().isEmpty() ? null : value.asString();
    }

    static @Nullable Boolean bool(JsonNode node, String path) {
        JsonNode value = member(node, path);
        return value == null ? null : value.asBoolean();
    }

    static boolean bool(JsonNode node, String path, boolean absent) {
        Boolean value = bool(node, path);
        return value == null ? absent : value;
    }

    static @Nullable Integer integer(JsonNode node, String path) {
        JsonNode value = member(node, path);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }

    static @Nullable OffsetDateTime dateTime(JsonNode node, String path) {
        JsonNode value = member(node, path);
        return value == null ? null : OffsetDateTime.parse(value.asString());
    }

    static @Nullable LocalDate date(JsonNode node, String path) {
        JsonNode value = member(node, path);
        return value == null ? null : LocalDate.parse(value.asString());
    }

    static @Nullable UUID uuid(JsonNode node, String path) {
        JsonNode value = member(node, path);
        return value == null ? null : UUID.fromString(value.asString());
    }

    /** A reference ({@code {"uuid": ..., "url": ...}}): its uuid, or null. */
    static @Nullable UUID ref(JsonNode node, String path) {
        JsonNode value = member(node, path);
        if (value == null) {
            return null;
        }
        if (value.isString()) {
            return UUID.fromString(value.asString().replaceAll(".*/", ""));
        }
        return uuid(value, "uuid");
    }

    static List<UUID> refs(JsonNode node, String path) {
        JsonNode value = member(node, path);
        var uuids = new ArrayList<UUID>();
        if (value != null && value.isArray()) {
            for (JsonNode element : value) {
                UUID uuid = ref(element, "uuid") != null ? ref(element, "uuid") : ref(element, "url");
                if (uuid != null) {
                    uuids.add(uuid);
                }
            }
        }
        return uuids;
    }

    /** An address group as the repositories keep it; null when the source shows none or only empty members. */
    static @Nullable Adres adres(JsonNode node, String path) {
        JsonNode a = member(node, path);
        if (a == null) {
            return null;
        }
        var adres = new Adres(
                text(a, "nummeraanduidingId"),
                text(a, "straatnaam"),
                integer(a, "huisnummer"),
                text(a, "huisnummertoevoeging"),
                text(a, "postcode"),
                text(a, "stad"),
                text(a, "adresregel1"),
                text(a, "adresregel2"),
                text(a, "adresregel3"),
                text(a, "land"));
        return adres.equals(Adres.LEEG) ? null : adres;
    }

    static @Nullable Contactnaam contactnaam(JsonNode node, String path) {
        JsonNode n = member(node, path);
        if (n == null) {
            return null;
        }
        var naam = new Contactnaam(
                text(n, "voorletters"), text(n, "voornaam"), text(n, "voorvoegselAchternaam"), text(n, "achternaam"));
        return naam.equals(Contactnaam.LEEG) ? null : naam;
    }

    static @Nullable Identificator identificator(JsonNode node, String path) {
        JsonNode i = member(node, path);
        if (i == null) {
            return null;
        }
        var identificator = new Identificator(
                text(i, "objectId"), text(i, "codeObjecttype"), text(i, "codeRegister"), text(i, "codeSoortObjectId"));
        return identificator.equals(Identificator.LEEG) ? null : identificator;
    }

    /** A flat object of texts (metadata, actorIdentificatie); null when absent. */
    static @Nullable Map<String, String> strings(JsonNode node, String path) {
        JsonNode value = member(node, path);
        if (value == null || !value.isObject()) {
            return null;
        }
        var map = new LinkedHashMap<String, String>();
        value.properties()
                .forEach(e -> map.put(
                        e.getKey(), e.getValue().isNull() ? "" : e.getValue().asString()));
        return map;
    }
}
