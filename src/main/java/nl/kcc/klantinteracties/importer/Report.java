package nl.kcc.klantinteracties.importer;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import's report on standard output: counts of both sides, what the report must single out, the comparison. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    /**
     * The number of objects per resource in the source (its {@code count}) and in the register. Equal, unless the
     * register holds objects of its own (--merge): then it must hold at least as many.
     */
    boolean counts(Source source, JdbcTemplate jdbc, boolean merge) {
        out.println("Objects per resource (source / register):");
        boolean agree = true;
        for (Copied copied : CopiedResources.ALL) {
            int inSource = source.count(copied.apiPath(), copied.collection());
            int inRegister = Objects.requireNonNull(
                    jdbc.queryForObject("select count(*) from " + copied.table(), Integer.class));
            boolean ok = merge ? inRegister >= inSource : inRegister == inSource;
            agree &= ok;
            out.printf("  %-24s %8d / %-8d %s%n", copied.collection(), inSource, inRegister, ok ? "" : "DIFFERENT");
        }
        return agree;
    }

    private record Row(String resource, String uuid, String field, String kind, String reason) {}

    void findings(JdbcTemplate jdbc, String source) {
        List<Row> rows = jdbc.query(
                """
                select resource, object_uuid, field, kind, reason from import_finding where source = ?
                order by kind, resource, object_uuid, field""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                source);
        print(rows, "refused", "Imported as the source holds them, although this register's rules refuse them");
        print(rows, "missing", "References to objects the source does not show (left empty)");
        print(rows, "not_stored", "Objects the register could not store");
    }

    private void print(List<Row> rows, String kind, String heading) {
        List<Row> these = rows.stream().filter(r -> r.kind().equals(kind)).toList();
        out.println(heading + ": " + these.size());
        for (Row row : these) {
            out.printf("  %s %s %s: %s%n", row.resource(), row.uuid(), row.field(), row.reason());
        }
    }

    boolean comparison(List<Comparison.Difference> differences) {
        out.println("Sample read back from both sides, field by field: " + differences.size() + " differences");
        for (var difference : differences) {
            out.printf(
                    "  %s %s %s: source %s, register %s%n",
                    difference.resource(),
                    difference.uuid(),
                    difference.field(),
                    difference.source(),
                    difference.register());
        }
        return differences.isEmpty();
    }
}
