package nl.kcc.klantinteracties.api.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.json.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A query parameter that narrows a list: its name exactly as the standard spells it, how its value is read, and the
 * SQL condition it adds. The declarations serve both the queries and the OpenAPI document.
 *
 * @param <T> the type of a valid value
 */
public final class Filter<T> {

    /** Reads the text of a parameter; returns null after reporting why it is invalid. */
    interface Parser<T> {
        @Nullable
        T parse(String text, String name, Violations violations);
    }

    private final String name;
    private final Map<String, Object> schema;
    private final Parser<T> parser;
    private final BiConsumer<SqlWhere, T> condition;
    private String description = "";
    private boolean deprecated;

    private Filter(String name, Map<String, Object> schema, Parser<T> parser, BiConsumer<SqlWhere, T> condition) {
        this.name = name;
        this.schema = schema;
        this.parser = parser;
        this.condition = condition;
    }

    public static Filter<String> text(String name, BiConsumer<SqlWhere, String> condition) {
        return new Filter<>(name, Map.of("type", "string"), Filter::readText, condition);
    }

    public static Filter<UUID> uuid(String name, BiConsumer<SqlWhere, UUID> condition) {
        return new Filter<>(
                name,
                Map.of("type", "string", "format", "uuid"),
                (text, param, violations) -> {
                    UUID value = Texts.parseUuid(text);
                    if (value == null) {
                        violations.add(param, "invalid", "Geen geldige UUID.");
                    }
                    return value;
                },
                condition);
    }

    /**
     * A filter on the URL of a related object. The value must be an absolute http(s) URL; only its last path segment
     * counts, as the uuid, whatever the host. A URL that names no object matches nothing, like an unknown uuid would.
     */
    public static Filter<String> url(String name, BiConsumer<SqlWhere, UUID> condition) {
        return new Filter<>(name, Map.of("type", "string", "format", "uri"), Filter::readUrl, (where, text) -> {
            UUID uuid = lastSegment(text);
            if (uuid == null) {
                where.none();
            } else {
                condition.accept(where, uuid);
            }
        });
    }

    public static Filter<Boolean> bool(String name, BiConsumer<SqlWhere, Boolean> condition) {
        return new Filter<>(
                name,
                Map.of("type", "boolean"),
                (text, param, violations) -> {
                    switch (text.toLowerCase(Locale.ROOT)) {
                        case "true", "1" -> {
                            return true;
                        }
                        case "false", "0" -> {
                            return false;
                        }
                        default -> {
                            violations.add(param, "invalid", "Verwacht true of false.");
                            return null;
                        }
                    }
                },
                condition);
    }

    public static Filter<OffsetDateTime> dateTime(String name, BiConsumer<SqlWhere, OffsetDateTime> condition) {
        return new Filter<>(
                name,
                Map.of("type", "string", "format", "date-time"),
                (text, param, violations) -> {
                    OffsetDateTime value = Texts.parseDateTime(text);
                    if (value == null) {
                        violations.add(param, "invalid", "Ongeldige datum en tijd: gebruik ISO 8601.");
                    }
                    return value;
                },
                condition);
    }

    public static Filter<LocalDate> date(String name, BiConsumer<SqlWhere, LocalDate> condition) {
        return new Filter<>(
                name,
                Map.of("type", "string", "format", "date"),
                (text, param, violations) -> {
                    LocalDate value = Texts.parseDate(text);
                    if (value == null) {
                        violations.add(param, "invalid", "Ongeldige datum: gebruik het formaat JJJJ-MM-DD.");
                    }
                    return value;
                },
                condition);
    }

    public static <E extends Enum<E>> Filter<E> enumeration(
            String name, Class<E> type, BiConsumer<SqlWhere, E> condition) {
        return new Filter<>(
                name,
                Map.of("type", "string", "enum", Wire.values(type)),
                (text, param, violations) -> {
                    E value = Wire.parse(type, text);
                    if (value == null) {
                        violations.add(
                                param,
                                "invalid_choice",
                                "\"" + text + "\" is geen geldige keuze; kies uit: "
                                        + String.join(", ", Wire.values(type)) + ".");
                    }
                    return value;
                },
                condition);
    }

    public Filter<T> description(String description) {
        this.description = description;
        return this;
    }

    public Filter<T> deprecated() {
        this.deprecated = true;
        return this;
    }

    public String name() {
        return name;
    }

    /** Adds this filter's condition when the parameter is present and valid. */
    void apply(String text, SqlWhere where, Violations violations) {
        T value = parser.parse(text, name, violations);
        if (value != null) {
            condition.accept(where, value);
        }
    }

    /** The OpenAPI description of the parameter. */
    public Map<String, Object> openApi() {
        var parameter = new LinkedHashMap<String, Object>();
        parameter.put("name", name);
        parameter.put("in", "query");
        parameter.put("required", false);
        parameter.put("schema", schema);
        if (!description.isEmpty()) {
            parameter.put("description", description);
        }
        if (deprecated) {
            parameter.put("deprecated", true);
        }
        return parameter;
    }

    private static @Nullable String readText(String text, String name, Violations violations) {
        return Texts.checkCharacters(text, name, violations) ? text : null;
    }

    private static @Nullable String readUrl(String text, String name, Violations violations) {
        if (readText(text, name, violations) == null) {
            return null;
        }
        try {
            var uri = new URI(text);
            if (uri.isAbsolute() && uri.getHost() != null && uri.getScheme().matches("(?i)https?")) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        violations.add(name, "invalid", "Geef een geldige URL op.");
        return null;
    }

    private static @Nullable UUID lastSegment(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return Texts.parseUuid(path.substring(path.lastIndexOf('/') + 1));
    }
}
