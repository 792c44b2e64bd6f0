package nl.kcc.klantinteracties.diagnostics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the statements of every request to a file, one JSON line per request, so that the benchmark can run exactly
 * the SQL the register ran, straight over JDBC. Each argument is written with the type needed to bind it again.
 */
final class StatementFile implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BufferedWriter out;

    StatementFile(Path path) {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            out = Files.newBufferedWriter(
                    path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SQL statements to " + path, e);
        }
    }

    void write(String requestId, String method, String uri, int status, List<StatementRecorder.Statement> statements) {
        var line = new LinkedHashMap<String, Object>();
        line.put("requestId", requestId);
        line.put("method", method);
        line.put("uri", uri);
        line.put("status", status);
        line.put("statements", statements.stream().map(StatementFile::statement).toList());
        String text = JSON.writeValueAsString(line);
        synchronized (this) {
            try {
                out.write(text);
                out.newLine();
                // Flushed per request: the reader takes the file while the register still runs.
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, Object> statement(StatementRecorder.Statement statement) {
        var arguments = new ArrayList<Map<String, Object>>();
        for (Object argument : statement.arguments()) {
            arguments.add(argument(argument));
        }
        return Map.of("sql", statement.sql(), "arguments", arguments);
    }

    private static Map<String, Object> argument(Object value) {
        var typed = new LinkedHashMap<String, Object>();
        switch (value) {
            case null -> typed.put("type", "null");
            case UUID uuid -> typed(typed, "uuid", uuid.toString());
            case String text -> typed(typed, "string", text);
            case Boolean bool -> typed(typed, "boolean", bool);
            case Integer number -> typed(typed, "integer", number);
            case Long number -> typed(typed, "long", number);
            case byte[] bytes -> typed(typed, "bytes", Base64.getEncoder().encodeToString(bytes));
            case TemporalAccessor time -> typed(typed, "timestamptz", time.toString());
            case java.util.Date date ->
                typed(typed, "timestamptz", date.toInstant().toString());
            case StatementRecorder.ArrayValue array -> {
                var elements = new ArrayList<String>();
                for (Object element : array.elements()) {
                    elements.add(element == null ? null : element.toString());
                }
                typed.put("type", "array");
                typed.put("elementType", array.elementType());
                typed.put("value", elements);
            }
            default -> typed(typed, value.getClass().getName(), value.toString());
        }
        return typed;
    }

    private static void typed(Map<String, Object> typed, String type, Object value) {
        typed.put("type", type);
        typed.put("value", value);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
