package nl.kcc.klantinteracties.api.resource;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading the register's column types from a result set, and writing its JSON columns. */
public final class Rows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private Rows() {}

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** A {@code uuid[]} column, e.g. the uuids of the objects that point at a row. */
    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    /** A timestamp, in UTC as the API shows times, whatever the database session's time zone. */
    public static @Nullable OffsetDateTime dateTime(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A nullable boolean column. */
    public static @Nullable Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable integer column. */
    public static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Map<String, String> stringMap(ResultSet rs, String column) throws SQLException {
        String json = rs.getString(column);
        return json == null ? Map.of() : JSON.readValue(json, STRING_MAP);
    }

    /** A jsonb column read as a record (a gegevensgroep), or null. */
    public static <T> @Nullable T json(ResultSet rs, String column, Class<T> type) throws SQLException {
        String json = rs.getString(column);
        return json == null ? null : JSON.readValue(json, type);
    }

    /** The JSON text of a value for a {@code cast(? as jsonb)} argument; null stays null. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
