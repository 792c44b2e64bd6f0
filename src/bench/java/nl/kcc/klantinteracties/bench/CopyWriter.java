package nl.kcc.klantinteracties.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Rows streamed into one table with PostgreSQL's COPY, in its text format. */
final class CopyWriter implements AutoCloseable {

    private final BufferedWriter out;
    private boolean first = true;
    private long rows;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        var stream = new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), "copy " + table + " (" + columns + ") from stdin", 1 << 16);
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    CopyWriter add(Object value) {
        try {
            if (!first) {
                out.write('\t');
            }
            first = false;
            if (value == null) {
                out.write("\\N");
            } else if (value instanceof String text) {
                escape(text);
            } else if (value instanceof OffsetDateTime time) {
                out.write(time.toString());
            } else if (value instanceof UUID || value instanceof Number || value instanceof Boolean) {
                out.write(value.toString());
            } else {
                escape(value.toString());
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void end() {
        try {
            out.write('\n');
            first = true;
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    private void escape(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
