package nl.kcc.klantinteracties.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements run on behalf of the current request. A filter opens a recording per request; the recording
 * data source adds to it.
 */
public final class StatementRecorder {

    /** One statement as it was sent: its SQL and, for a prepared statement, its arguments in order. */
    public record Statement(String sql, List<Object> arguments) {}

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
            statements.add(new Statement(sql, List.copyOf(arguments)));
        }
    }
}
