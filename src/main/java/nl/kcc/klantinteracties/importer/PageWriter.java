package nl.kcc.klantinteracties.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.gegevensgroep.Emailadres;
import nl.kcc.klantinteracties.gegevensgroep.Telefoonnummer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import tools.jackson.databind.JsonNode;

/**
 * Stores one page of a source's objects as rows, inside the page's transaction: the rows in one batch, their
 * references checked in one query per referenced table, and one audit entry per object the register did not have.
 */
@Component
class PageWriter {

    private final JdbcTemplate jdbc;
    private final ResourceSupport support;

    PageWriter(JdbcTemplate jdbc, ResourceSupport support) {
        this.jdbc = jdbc;
        this.support = support;
    }

    /**
     * What the page did.
     *
     * @param inserted objects the register did not have and now has
     */
    record Written(int inserted) {}

    /**
     * @param firstOrder the creation_order of the page's first (newest) object, counting down; null when the register
     *     numbers them itself
     */
    Written write(
            Copied copied,
            List<JsonNode> objects,
            @Nullable Long firstOrder,
            String source,
            boolean announce,
            ApiContext context,
            TransactionStatus transaction) {
        var findings = new Findings();
        var rows = new LinkedHashMap<UUID, Object[]>();
        var shown = new HashMap<UUID, JsonNode>();
        int position = 0;
        for (JsonNode object : objects) {
            UUID uuid = Json.uuid(object, "uuid");
            Long order = firstOrder == null ? null : firstOrder - position;
            position++;
            if (uuid == null || rows.containsKey(uuid)) {
                continue;
            }
            shown.put(uuid, object);
            rows.put(uuid, row(copied, object, order));
        }
        checkReferences(copied, rows, findings);
        Set<UUID> inserted = insert(copied, rows, findings, transaction, firstOrder != null);
        if (copied.children() != null) {
            insertChildren(copied.children(), copied.collection(), inserted, shown, findings);
        }
        stage(copied, shown, source);
        checkRules(copied, shown, findings);
        findings.store(jdbc, source);
        record(copied, inserted, announce, context);
        return new Written(inserted.size());
    }

    private static Object[] row(Copied copied, JsonNode object, @Nullable Long order) {
        var values = new Object[copied.columns().size() + (order == null ? 1 : 2)];
        values[0] = Json.uuid(object, "uuid");
        for (int i = 0; i < copied.columns().size(); i++) {
            values[i + 1] = copied.columns().get(i).value().apply(object);
        }
        if (order != null) {
            values[values.length - 1] = order;
        }
        return values;
    }

    /**
     * A reference to an object the register does not have (the source does not show it, or it could not be stored)
     * is left out and reported; a row that cannot be without it is not stored.
     */
    private void checkReferences(Copied copied, Map<UUID, Object[]> rows, Findings findings) {
        for (int i = 0; i < copied.columns().size(); i++) {
            Copied.Column column = copied.columns().get(i);
            if (column.references() == null) {
                continue;
            }
            int index = i + 1;
            Set<UUID> wanted = rows.values().stream()
                    .map(row -> (UUID) row[index])
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            Set<UUID> present = existing(column.references(), wanted);
            for (var iterator = rows.entrySet().iterator(); iterator.hasNext(); ) {
                var entry = iterator.next();
                UUID target = (UUID) entry.getValue()[index];
                if (target == null || present.contains(target)) {
                    continue;
                }
                String reason = "points at " + target + ", which the source does not show";
                if (column.required()) {
                    findings.add(copied.collection(), entry.getKey(), column.name(), Findings.Kind.NOT_STORED, reason);
                    iterator.remove();
                } else {
                    findings.add(copied.collection(), entry.getKey(), column.name(), Findings.Kind.MISSING, reason);
                    entry.getValue()[index] = null;
                }
            }
        }
    }

    private Set<UUID> existing(String table, Set<UUID> uuids) {
        if (uuids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.queryForList("select uuid from " + table + " where uuid = any(?)", UUID.class, Sql.uuids(uuids)));
    }

    /**
     * Inserts the rows that are not there yet, in one batch. A row the database refuses (a constraint the source does
     * not have) makes the batch go row by row, so that only that row is left out and reported.
     */
    private Set<UUID> insert(
            Copied copied,
            Map<UUID, Object[]> rows,
            Findings findings,
            TransactionStatus transaction,
            boolean ordered) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        String sql = insertSql(copied, ordered);
        List<UUID> uuids = new ArrayList<>(rows.keySet());
        List<Object[]> values = new ArrayList<>(rows.values());
        var inserted = new HashSet<UUID>();
        Object savepoint = transaction.createSavepoint();
        try {
            int[] counts = jdbc.batchUpdate(sql, values);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    inserted.add(uuids.get(i));
                }
            }
            transaction.releaseSavepoint(savepoint);
        } catch (DataAccessException batchRefused) {
            transaction.rollbackToSavepoint(savepoint);
            for (int i = 0; i < uuids.size(); i++) {
                Object one = transaction.createSavepoint();
                try {
                    if (jdbc.update(sql, values.get(i)) != 0) {
                        inserted.add(uuids.get(i));
                    }
                    transaction.releaseSavepoint(one);
                } catch (DataAccessException refused) {
                    transaction.rollbackToSavepoint(one);
                    findings.add(
                            copied.collection(),
                            uuids.get(i),
                            "",
                            Findings.Kind.NOT_STORED,
                            String.valueOf(refused.getMostSpecificCause().getMessage()));
                }
            }
        }
        // A row that was not inserted is either there already (an earlier run, or --merge) or conflicts with another.
        var notInserted = new HashSet<>(uuids);
        notInserted.removeAll(inserted);
        notInserted.removeAll(existing(copied.table(), notInserted));
        for (UUID uuid : notInserted) {
            findings.add(
                    copied.collection(),
                    uuid,
                    "",
                    Findings.Kind.NOT_STORED,
                    "conflicts with an object the register holds (a nummer or a value that must be unique)");
        }
        return inserted;
    }

    private static String insertSql(Copied copied, boolean ordered) {
        var columns = new ArrayList<String>();
        var values = new ArrayList<String>();
        columns.add("uuid");
        values.add("?");
        for (Copied.Column column : copied.columns()) {
            columns.add(column.name());
            values.add(column.jsonb() ? "cast(? as jsonb)" : "?");
        }
        if (ordered) {
            columns.add("creation_order");
            values.add("?");
        }
        return "insert into " + copied.table() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", values) + ") on conflict do nothing";
    }

    private void insertChildren(
            Copied.Children children,
            String collection,
            Set<UUID> owners,
            Map<UUID, JsonNode> shown,
            Findings findings) {
        var listed = new LinkedHashMap<UUID, List<UUID>>();
        var targets = new HashSet<UUID>();
        for (UUID owner : owners) {
            List<UUID> uuids = children.targets().apply(shown.get(owner));
            listed.put(owner, uuids);
            targets.addAll(uuids);
        }
        Set<UUID> present = existing(children.targetTable(), targets);
        var rows = new ArrayList<Object[]>();
        listed.forEach((owner, uuids) -> {
            int position = 0;
            for (UUID target : uuids.stream().distinct().toList()) {
                if (present.contains(target)) {
                    rows.add(new Object[] {owner, target, position++});
                } else {
                    findings.add(
                            collection,
                            owner,
                            children.field(),
                            Findings.Kind.MISSING,
                            "points at " + target + ", which the source does not show");
                }
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into " + children.table() + " (" + children.ownerColumn() + ", " + children.targetColumn()
                            + ", " + children.orderColumn() + ") values (?, ?, ?) on conflict do nothing",
                    rows);
        }
    }

    /** Keeps the references that are set at the end; see {@link Copied#later()}. */
    private void stage(Copied copied, Map<UUID, JsonNode> shown, String source) {
        var rows = new ArrayList<Object[]>();
        for (Copied.Later later : copied.later()) {
            shown.forEach((uuid, object) -> {
                UUID target = later.target().apply(object);
                if (target != null) {
                    rows.add(new Object[] {source, kind(copied, later), uuid, target});
                }
            });
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into import_reference (source, kind, object_uuid, target_uuid) values (?, ?, ?, ?)
                    on conflict (source, kind, object_uuid) do update set target_uuid = excluded.target_uuid""", rows);
        }
    }

    static String kind(Copied copied, Copied.Later later) {
        return copied.collection() + "." + later.kind();
    }

    /**
     * Reads each object with its resource's own fields, as a request with that body would be read, and the checks
     * that need no other object: what the register would refuse is stored anyway (the source is the record) and
     * reported.
     */
    private void checkRules(Copied copied, Map<UUID, JsonNode> shown, Findings findings) {
        ResourceDescription description = support.resource(copied.collection()).description();
        shown.forEach((uuid, object) -> {
            var violations = new Violations();
            description.schema().read(object, WriteMode.CREATE, violations);
            ResourceDescription.Variants variants = description.variants();
            if (variants != null) {
                var schema = variants.schemas().get(Json.text(object, variants.discriminator()));
                JsonNode part = Json.member(object, variants.field());
                if (schema != null && part != null) {
                    schema.read(part, WriteMode.CREATE, variants.field(), violations);
                }
            }
            if (copied.collection().equals("digitaleadressen")) {
                String adres = Json.text(object, "adres");
                String reason = switch (Json.text(object, "soortDigitaalAdres")) {
                    case "email" -> Emailadres.check(adres);
                    case "telefoonnummer" -> Telefoonnummer.check(adres);
                    default -> null;
                };
                if (reason != null) {
                    violations.add("adres", "invalid", reason);
                }
            }
            for (var invalid : violations.all()) {
                findings.add(copied.collection(), uuid, invalid.name(), Findings.Kind.REFUSED, invalid.reason());
            }
        });
    }

    /** One audit entry per created object, with the object as the register now shows it. */
    private void record(Copied copied, Set<UUID> inserted, boolean announce, ApiContext context) {
        if (inserted.isEmpty()) {
            return;
        }
        ApiResource<?, ?> resource = support.resource(copied.collection());
        Map<UUID, ? extends Representation> shown = resource.showAll(inserted, ExpandTree.NONE, context);
        Set<UUID> confidential = new HashSet<>(jdbc.queryForList(
                "select x.uuid from " + copied.table() + " x where x.uuid = any(?) and not ("
                        + resource.visible("x", ApiContext.WITHOUT_VERTROUWELIJK) + ")",
                UUID.class,
                Sql.uuids(inserted)));
        for (var entry : shown.entrySet()) {
            support.events()
                    .publishEvent(new Change(
                            resource,
                            entry.getKey(),
                            Change.Action.CREATE,
                            null,
                            entry.getValue(),
                            confidential.contains(entry.getKey()),
                            announce));
        }
    }
}
