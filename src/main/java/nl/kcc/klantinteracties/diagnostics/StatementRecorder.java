package nl.kcc.klantinteracties.diagnostics;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The SQL statements run on behalf of the current request. A filter opens a recording per request; the recording
 * data source adds to it.
 */
public final class StatementRecorder {

    /**
     * One statement as it was sent: its SQL and, for a prepared statement, its arguments in order (null for an
     * argument set with {@code setNull}).
     */
    public record Statement(String sql, List<Object> arguments) {}

    /** An array argument as it was bound: its element type and its elements. */
    public record ArrayValue(String elementType, List<Object> elements) {

        static ArrayValue of(Array array) throws SQLException {
            Object[] elements = (Object[]) array.getArray();
            return new ArrayValue(
                    array.getBaseTypeName(),
                    elements == null ? List.of() : Collections.unmodifiableList(Arrays.asList(elements)));
        }
    }

    private static final ThreadLocal<List<Statement>> CURRENT = new ThreadLocal<>();

    private StatementRecorder() {}

    static void start() {
        CURRENT.set(new ArrayList<>());
    }

    static List<Statement> stop() {
        List<Statement> statements = CURRENT.get();
        CURRENT.remove();
        return statements == null ? List.of() : statements;
    }

    static void record(String sql, List<Object> arguments) {
        List<Statement> statements = CURRENT.get();
        if (statements != null) {
            // A copy that keeps nulls (arguments set with setNull), which List.copyOf refuses.
            statements.add(new Statement(sql, Collections.unmodifiableList(new ArrayList<>(arguments))));
        }
    }
}
