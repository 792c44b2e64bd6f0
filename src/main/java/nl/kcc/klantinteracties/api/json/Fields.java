package nl.kcc.klantinteracties.api.json;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.api.Wire;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The kinds of fields the standard's JSON objects are made of. */
public final class Fields {

    private Fields() {}

    public static StringField string(String name) {
        return new StringField(name);
    }

    public static BooleanField bool(String name) {
        return new BooleanField(name);
    }

    public static IntegerField integer(String name) {
        return new IntegerField(name);
    }

    public static DateField date(String name) {
        return new DateField(name);
    }

    public static DateTimeField dateTime(String name) {
        return new DateTimeField(name);
    }

    public static <E extends Enum<E>> EnumField<E> enumeration(String name, Class<E> type) {
        return new EnumField<>(name, type);
    }

    /** A reference to another resource, written as {@code {"uuid": ...}} and shown as {@code {uuid, url}}. */
    public static RefField ref(String name, String schemaName) {
        return new RefField(name, schemaName);
    }

    public static RefListField refList(String name, String schemaName) {
        return new RefListField(name, schemaName);
    }

    public static ObjectField object(String name, ObjectSchema schema) {
        return new ObjectField(name, schema);
    }

    public static ObjectListField objectList(String name, ObjectSchema schema) {
        return new ObjectListField(name, schema);
    }

    public static StringMapField stringMap(String name) {
        return new StringMapField(name);
    }

    /** A read-only field shown in responses whose schema is given as is. */
    public static Field<Void> shown(String name, Map<String, Object> schema) {
        return new ShownField(name, schema).readOnly();
    }

    /** The read-only technical identifier every object has. */
    public static Field<Void> uuid() {
        return shown("uuid", Map.of("type", "string", "format", "uuid"));
    }

    /** The read-only absolute URL every object has. */
    public static Field<Void> url() {
        return shown("url", Map.of("type", "string", "format", "uri", "minLength", 1, "maxLength", 1000));
    }

    public static final class StringField extends Field<String> {
        private @Nullable Integer maxLength;
        private @Nullable Integer minLength;
        private @Nullable Pattern pattern;
        private @Nullable String patternReason;
        private @Nullable String format;
        private final List<Rule> rules = new ArrayList<>();

        private record Rule(Function<String, String> check, String code) {}

        StringField(String name) {
            super(name);
        }

        public StringField maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public StringField minLength(int minLength) {
            this.minLength = minLength;
            return this;
        }

        public StringField pattern(String regex, String reason) {
            this.pattern = Pattern.compile(regex);
            this.patternReason = reason;
            return this;
        }

        public StringField format(String format) {
            this.format = format;
            return this;
        }

        /** A further check: the function returns the reason the value is invalid, or null. */
        public StringField rule(String code, Function<String, String> check) {
            rules.add(new Rule(check, code));
            return this;
        }

        @Override
        protected @Nullable String read(JsonNode node, String path, Violations violations) {
            if (!node.isString() && !node.isNumber()) {
                violations.add(path, "invalid", "Verwacht een tekst, maar kreeg " + describe(node) + ".");
                return null;
            }
            String value = node.isString() ? node.asString().strip() : numberText(node);
            if (!Texts.checkCharacters(value, path, violations)) {
                return null;
            }
            if (value.isEmpty()) {
                if (isRequired()) {
                    violations.add(path, "blank", "Dit veld mag niet leeg zijn.");
                }
                return value;
            }
            if (maxLength != null && value.codePointCount(0, value.length()) > maxLength) {
                violations.add(path, "max_length", "Dit veld mag niet meer dan " + maxLength + " tekens bevatten.");
                return null;
            }
            if (minLength != null && value.codePointCount(0, value.length()) < minLength) {
                violations.add(path, "min_length", "Dit veld moet minstens " + minLength + " tekens bevatten.");
                return null;
            }
            if (pattern != null && !pattern.matcher(value).matches()) {
                // Given together with the pattern.
                violations.add(path, "invalid", Objects.requireNonNull(patternReason));
                return null;
            }
            for (Rule rule : rules) {
                String reason = rule.check().apply(value);
                if (reason != null) {
                    violations.add(path, rule.code(), reason);
                    return null;
                }
            }
            return value;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            var schema = new LinkedHashMap<String, Object>();
            schema.put("type", "string");
            if (format != null) {
                schema.put("format", format);
            }
            if (pattern != null) {
                schema.put("pattern", pattern.pattern());
            }
            if (minLength != null) {
                schema.put("minLength", minLength);
            }
            if (maxLength != null) {
                schema.put("maxLength", maxLength);
            }
            return schema;
        }
    }

    public static final class BooleanField extends Field<Boolean> {
        BooleanField(String name) {
            super(name);
        }

        /** What the standard's reference (Django REST framework) takes for true and false, compared in lower case. */
        private static final java.util.Set<String> TRUE = java.util.Set.of("t", "y", "yes", "true", "on", "1");

        private static final java.util.Set<String> FALSE = java.util.Set.of("f", "n", "no", "false", "off", "0");

        @Override
        protected @Nullable Boolean read(JsonNode node, String path, Violations violations) {
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isString()) {
                String text = node.asString().toLowerCase(java.util.Locale.ROOT);
                if (TRUE.contains(text)) {
                    return true;
                }
                if (FALSE.contains(text)) {
                    return false;
                }
            } else if (node.isNumber() && (node.doubleValue() == 1 || node.doubleValue() == 0)) {
                return node.doubleValue() == 1;
            }
            violations.add(path, "invalid", "Verwacht true of false, maar kreeg " + describe(node) + ".");
            return null;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            return Map.of("type", "boolean");
        }
    }

    public static final class IntegerField extends Field<Integer> {
        private int minimum = Integer.MIN_VALUE;
        private int maximum = Integer.MAX_VALUE;

        IntegerField(String name) {
            super(name);
        }

        public IntegerField range(int minimum, int maximum) {
            this.minimum = minimum;
            this.maximum = maximum;
            return this;
        }

        /** A whole number as text, or a decimal with only zeros after the point, as the reference takes them. */
        private static final Pattern WHOLE = Pattern.compile("\\s*([+-]?[0-9]+)(?:\\.0*)?\\s*");

        @Override
        protected @Nullable Integer read(JsonNode node, String path, Violations violations) {
            BigInteger value = wholeNumber(node);
            if (value == null) {
                violations.add(path, "invalid", "Verwacht een geheel getal, maar kreeg " + describe(node) + ".");
                return null;
            }
            if (value.compareTo(BigInteger.valueOf(minimum)) < 0) {
                violations.add(path, "min_value", "Dit getal mag niet kleiner zijn dan " + minimum + ".");
                return null;
            }
            if (value.compareTo(BigInteger.valueOf(maximum)) > 0) {
                violations.add(path, "max_value", "Dit getal mag niet groter zijn dan " + maximum + ".");
                return null;
            }
            return value.intValue();
        }

        private static @Nullable BigInteger wholeNumber(JsonNode node) {
            if (node.isIntegralNumber()) {
                return node.bigIntegerValue();
            }
            String text = node.isNumber() ? numberText(node) : node.isString() ? node.asString() : null;
            if (text == null) {
                return null;
            }
            var matcher = WHOLE.matcher(text);
            return matcher.matches() ? new BigInteger(matcher.group(1)) : null;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            var schema = new LinkedHashMap<String, Object>();
            schema.put("type", "integer");
            if (minimum != Integer.MIN_VALUE) {
                schema.put("minimum", minimum);
            }
            if (maximum != Integer.MAX_VALUE) {
                schema.put("maximum", maximum);
            }
            return schema;
        }
    }

    public static final class DateField extends Field<LocalDate> {
        DateField(String name) {
            super(name);
        }

        @Override
        protected @Nullable LocalDate read(JsonNode node, String path, Violations violations) {
            LocalDate date = node.isString() ? Texts.parseDate(node.asString()) : null;
            if (date == null) {
                violations.add(path, "invalid", "Ongeldige datum: gebruik het formaat JJJJ-MM-DD.");
            }
            return date;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            return Map.of("type", "string", "format", "date");
        }
    }

    public static final class DateTimeField extends Field<OffsetDateTime> {
        DateTimeField(String name) {
            super(name);
        }

        @Override
        protected @Nullable OffsetDateTime read(JsonNode node, String path, Violations violations) {
            OffsetDateTime value = node.isString() ? Texts.parseDateTime(node.asString()) : null;
            if (value == null) {
                violations.add(
                        path,
                        "invalid",
                        "Ongeldige datum en tijd: gebruik ISO 8601, bijvoorbeeld 2024-03-01T10:00:00+01:00.");
            }
            return value;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            return Map.of("type", "string", "format", "date-time");
        }
    }

    public static final class EnumField<E extends Enum<E>> extends Field<E> {
        private final Class<E> type;

        EnumField(String name, Class<E> type) {
            super(name);
            this.type = type;
        }

        @Override
        protected @Nullable E read(JsonNode node, String path, Violations violations) {
            E value = node.isString() ? Wire.parse(type, node.asString()) : null;
            if (value == null) {
                violations.add(
                        path,
                        "invalid_choice",
                        "\"" + (node.isString() ? node.asString() : node.toString()) + "\" is geen geldige keuze;"
                                + " kies uit: " + String.join(", ", Wire.values(type)) + ".");
            }
            return value;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            return Map.of("type", "string", "enum", Wire.values(type));
        }
    }

    public static final class RefField extends Field<UUID> {
        private final String schemaName;

        RefField(String name, String schemaName) {
            super(name);
            this.schemaName = schemaName;
        }

        @Override
        protected @Nullable UUID read(JsonNode node, String path, Violations violations) {
            return readReference(node, path, violations);
        }

        @Override
        protected Map<String, Object> valueSchema() {
            return Map.of("$ref", "#/components/schemas/" + schemaName + "ForeignKey");
        }

        public String schemaName() {
            return schemaName;
        }
    }

    public static final class RefListField extends Field<List<UUID>> {
        private final String schemaName;

        RefListField(String name, String schemaName) {
            super(name);
            this.schemaName = schemaName;
        }

        private @Nullable Integer maxItems;

        /**
         * At most this many items: each costs work beyond its reference check, so a request's cost stays bounded by a
         * limit the client can read in the OpenAPI document rather than by the body size.
         */
        public RefListField maxItems(int maxItems) {
            this.maxItems = maxItems;
            return this;
        }

        @Override
        protected @Nullable List<UUID> read(JsonNode node, String path, Violations violations) {
            if (!node.isArray()) {
                violations.add(
                        Violations.nonFieldPath(path),
                        "not_a_list",
                        "Verwacht een lijst, maar kreeg " + describe(node) + ".");
                return null;
            }
            if (maxItems != null && node.size() > maxItems) {
                violations.add(
                        Violations.nonFieldPath(path),
                        "max_items",
                        "Deze lijst mag niet meer dan " + maxItems + " items bevatten; deze heeft er " + node.size()
                                + ".");
                return null;
            }
            var uuids = new ArrayList<UUID>();
            for (int i = 0; i < node.size(); i++) {
                uuids.add(readReference(node.get(i), path + "." + i, violations));
            }
            return uuids;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            var array = new java.util.LinkedHashMap<String, Object>();
            array.put("type", "array");
            array.put("items", Map.of("$ref", "#/components/schemas/" + schemaName + "ForeignKey"));
            if (maxItems != null) {
                array.put("maxItems", maxItems);
            }
            return array;
        }

        public String schemaName() {
            return schemaName;
        }
    }

    static @Nullable UUID readReference(JsonNode node, String path, Violations violations) {
        if (!node.isObject()) {
            violations.add(
                    Violations.nonFieldPath(path),
                    "invalid",
                    "Verwacht een object met een uuid, maar kreeg " + Field.describe(node) + ".");
            return null;
        }
        JsonNode uuid = node.get("uuid");
        String uuidPath = path + ".uuid";
        if (uuid == null) {
            violations.add(uuidPath, "required", "Dit veld is verplicht.");
            return null;
        }
        if (uuid.isNull()) {
            violations.add(uuidPath, "null", "Dit veld mag niet null zijn.");
            return null;
        }
        UUID value = uuid.isString() ? Texts.parseUuid(uuid.asString()) : null;
        if (value == null) {
            violations.add(uuidPath, "invalid", "Geen geldige UUID.");
        }
        return value;
    }

    public static final class ObjectField extends Field<Input> {
        private final ObjectSchema schema;

        ObjectField(String name, ObjectSchema schema) {
            super(name);
            this.schema = schema;
        }

        public ObjectSchema objectSchema() {
            return schema;
        }

        @Override
        protected @Nullable Input read(JsonNode node, String path, Violations violations) {
            // A group that is sent is sent whole: its mandatory parts are required whatever the method.
            return schema.read(node, WriteMode.CREATE, path, violations);
        }

        @Override
        protected Map<String, Object> valueSchema() {
            return Map.of("$ref", "#/components/schemas/" + schema.name());
        }
    }

    public static final class ObjectListField extends Field<List<Input>> {
        private final ObjectSchema schema;

        ObjectListField(String name, ObjectSchema schema) {
            super(name);
            this.schema = schema;
        }

        private @Nullable Integer maxItems;

        /**
         * At most this many items: each costs work beyond its reference check, so a request's cost stays bounded by a
         * limit the client can read in the OpenAPI document rather than by the body size.
         */
        public ObjectListField maxItems(int maxItems) {
            this.maxItems = maxItems;
            return this;
        }

        public ObjectSchema objectSchema() {
            return schema;
        }

        @Override
        protected @Nullable List<Input> read(JsonNode node, String path, Violations violations) {
            if (!node.isArray()) {
                violations.add(
                        Violations.nonFieldPath(path),
                        "not_a_list",
                        "Verwacht een lijst, maar kreeg " + describe(node) + ".");
                return null;
            }
            if (maxItems != null && node.size() > maxItems) {
                violations.add(
                        Violations.nonFieldPath(path),
                        "max_items",
                        "Deze lijst mag niet meer dan " + maxItems + " items bevatten; deze heeft er " + node.size()
                                + ".");
                return null;
            }
            var items = new ArrayList<Input>();
            for (int i = 0; i < node.size(); i++) {
                items.add(schema.read(node.get(i), WriteMode.CREATE, path + "." + i, violations));
            }
            return items;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            var array = new java.util.LinkedHashMap<String, Object>();
            array.put("type", "array");
            array.put("items", Map.of("$ref", "#/components/schemas/" + schema.name()));
            if (maxItems != null) {
                array.put("maxItems", maxItems);
            }
            return array;
        }
    }

    /**
     * A number sent where text is expected, written as the standard's reference (Python) writes it: a whole number
     * as its digits, any other as the shortest decimal that reads back as the same double, in exponent notation
     * ({@code 1e+16}, {@code 1e-05}) outside the range Python writes plainly, otherwise with at least one decimal
     * ({@code 1.0}).
     */
    static String numberText(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        String sign = (value < 0 || (value == 0 && 1 / value < 0)) ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        var decimal = new java.math.BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int point = digits.length() - decimal.scale();
        if (point <= -4 || point > 16) {
            int exponent = point - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                    + Math.abs(exponent);
        }
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return sign + digits + "0".repeat(point - digits.length()) + ".0";
        }
        return sign + digits.substring(0, point) + "." + digits.substring(point);
    }

    public static final class StringMapField extends Field<Map<String, String>> {
        private int valueMaxLength = Integer.MAX_VALUE;

        StringMapField(String name) {
            super(name);
        }

        public StringMapField valueMaxLength(int valueMaxLength) {
            this.valueMaxLength = valueMaxLength;
            return this;
        }

        @Override
        protected @Nullable Map<String, String> read(JsonNode node, String path, Violations violations) {
            if (!node.isObject()) {
                violations.add(path, "invalid", "Verwacht een object, maar kreeg " + describe(node) + ".");
                return null;
            }
            var values = new LinkedHashMap<String, String>();
            for (var entry : node.properties()) {
                String entryPath = path + "." + entry.getKey();
                if (!Texts.checkCharacters(entry.getKey(), path, violations)) {
                    continue;
                }
                JsonNode value = entry.getValue();
                // The reference takes a number as its text and strips the text, but refuses true and false (is it
                // "true" or "True"?), objects, arrays, null and what is left empty.
                if (value.isNull()) {
                    violations.add(entryPath, "null", "Een waarde mag niet null zijn.");
                    continue;
                }
                if (!value.isString() && !value.isNumber()) {
                    violations.add(entryPath, "invalid", "Verwacht een tekst, maar kreeg " + describe(value) + ".");
                    continue;
                }
                String text = value.isString() ? value.asString().strip() : numberText(value);
                if (text.isEmpty()) {
                    violations.add(entryPath, "blank", "Een waarde mag niet leeg zijn.");
                } else if (text.codePointCount(0, text.length()) > valueMaxLength) {
                    violations.add(
                            entryPath,
                            "max_length",
                            "Een waarde mag niet meer dan " + valueMaxLength + " tekens bevatten.");
                } else if (Texts.checkCharacters(text, entryPath, violations)) {
                    values.put(entry.getKey(), text);
                }
            }
            return values;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            var additional = new LinkedHashMap<String, Object>();
            additional.put("type", "string");
            if (valueMaxLength != Integer.MAX_VALUE) {
                additional.put("maxLength", valueMaxLength);
            }
            return Map.of("type", "object", "additionalProperties", additional);
        }
    }

    private static final class ShownField extends Field<Void> {
        private final Map<String, Object> schema;

        ShownField(String name, Map<String, Object> schema) {
            super(name);
            this.schema = schema;
        }

        @Override
        protected @Nullable Void read(JsonNode node, String path, Violations violations) {
            return null;
        }

        @Override
        protected Map<String, Object> valueSchema() {
            return schema;
        }
    }
}
