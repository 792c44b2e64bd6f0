package nl.kcc.klantinteracties.importer;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How the objects of one resource are copied: where the source lists them, and which row of which table an object as
 * the source shows it becomes. The import writes the rows itself, on purpose past the resource's rules (the source is
 * the record), so each column says exactly how the resource's repository keeps that value.
 *
 * @param apiPath the API of the collection
 * @param collection the collection's path segment, also the resource's name in the register
 * @param table the table of the objects, keyed by {@code uuid}
 * @param columns the columns besides {@code uuid} (and {@code creation_order})
 * @param later references set once every resource is copied, because they may point forward or into the same table
 * @param children rows of a table of its own that belong to the object (the actoren of an interne taak)
 */
record Copied(
        String apiPath,
        String collection,
        String table,
        List<Column> columns,
        List<Later> later,
        @Nullable Children children) {

    /**
     * One column.
     *
     * @param name the column
     * @param jsonb whether the value is written as {@code jsonb} (a JSON text)
     * @param value the value from the shown object
     * @param references the table whose uuid the value is, checked before writing; null when it is not a reference
     * @param required for a reference: whether a row without it cannot be stored
     */
    record Column(
            String name,
            boolean jsonb,
            Function<JsonNode, @Nullable Object> value,
            @Nullable String references,
            boolean required) {

        static Column of(String name, Function<JsonNode, @Nullable Object> value) {
            return new Column(name, false, value, null, false);
        }

        static Column json(String name, Function<JsonNode, @Nullable Object> value) {
            return new Column(name, true, value, null, false);
        }

        static Column ref(String name, Function<JsonNode, Object> value, String table, boolean required) {
            return new Column(name, false, value, table, required);
        }
    }

    /**
     * A reference set at the end of the import.
     *
     * @param kind its name in the staging table and the report ({@code werkteVoorPartij})
     * @param target the uuid it points at, or null
     * @param column the column of this resource's table it fills
     * @param targetTable the table the uuid must be in
     */
    record Later(String kind, Function<JsonNode, UUID> target, String column, String targetTable) {}

    /**
     * Rows of another table per object, in the order the object lists them.
     *
     * @param field the member of the object that lists them, for the report
     * @param table the table
     * @param ownerColumn the column with the object's uuid
     * @param targetColumn the column with the listed uuid
     * @param orderColumn the column with the position in the list, from 0
     * @param targets the listed uuids
     * @param targetTable the table they must be in
     */
    record Children(
            String field,
            String table,
            String ownerColumn,
            String targetColumn,
            String orderColumn,
            Function<JsonNode, List<UUID>> targets,
            String targetTable) {}
}
