package nl.kcc.klantinteracties.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the report lists about single objects, kept with the import's state so that a resumed run reports what earlier
 * runs found: objects the register's own rules would refuse, references to objects the source does not have, and
 * objects the register could not store.
 */
final class Findings {

    enum Kind {
        REFUSED("refused"),
        MISSING("missing"),
        NOT_STORED("not_stored");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    record Finding(String resource, UUID uuid, String field, Kind kind, String reason) {}

    private final List<Finding> found = new ArrayList<>();

    void add(String resource, UUID uuid, String field, Kind kind, String reason) {
        found.add(
                new Finding(resource, uuid, field, kind, reason.length() > 2000 ? reason.substring(0, 2000) : reason));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void store(JdbcTemplate jdbc, String source) {
        if (found.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                """
                insert into import_finding (source, resource, object_uuid, field, kind, reason)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                found.stream()
                        .map(f -> new Object[] {source, f.resource(), f.uuid(), f.field(), f.kind().column, f.reason()})
                        .toList());
        found.clear();
    }
}
