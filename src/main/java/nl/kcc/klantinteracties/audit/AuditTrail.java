package nl.kcc.klantinteracties.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.Change;
import nl.kcc.klantinteracties.api.resource.HiddenReferences;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail of one object, newest first; it outlives the object. */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final HiddenReferences hiddenReferences;
    private final ObjectProvider<ApiResource<?, ?>> resources;

    AuditTrail(JdbcClient jdbc, HiddenReferences hiddenReferences, ObjectProvider<ApiResource<?, ?>> resources) {
        this.jdbc = jdbc;
        this.hiddenReferences = hiddenReferences;
        this.resources = resources;
    }

    /** One change as the audit trail shows it; {@code wijzigingen} holds the object before and after. */
    public record Entry(
            UUID uuid,
            String bron,
            String applicatie,
            String gebruiker,
            String actie,
            String resource,
            String resourceUrl,
            String requestId,
            OffsetDateTime aanmaakdatum,
            Wijzigingen wijzigingen) {}

    public record Wijzigingen(
            @Nullable JsonNode oud, @Nullable JsonNode nieuw) {}

    /** An entry with the object it is about, for the werkplek's lists that span several objects. */
    public record Found(String resource, UUID object, Entry entry) {}

    /**
     * The trail of an object. For a caller without the vertrouwelijk scope, an object that is confidential now (or was
     * when it was deleted) has no trail, and the entries of changes made while it was confidential are left out.
     */
    @Transactional(readOnly = true)
    public Page<Entry> list(ApiResource<?, ?> object, UUID uuid, PageRequest page, ApiContext context) {
        ResourceDescription resource = object.description();
        var where = new SqlWhere().and("a.resource = ?", resource.collection()).and("a.object_uuid = ?", uuid);
        if (!context.vertrouwelijk()) {
            if (object.hidden(uuid, context) || deletedWhileConfidential(resource, uuid)) {
                throw ApiException.notFound();
            }
            where.and("not a.vertrouwelijk");
        }
        Urls urls = context.urls();
        String url = urls.of(resource.apiPath(), resource.collection(), uuid);
        // The trail outlives the object, so it is found by the uuid it had, not through the object.
        Page<Entry> entries = Sql.page(
                jdbc,
                "audit_entry a",
                "a.*",
                where,
                "a.id desc",
                page,
                (rs, row) -> new Entry(
                        Rows.uuid(rs, "uuid"),
                        rs.getString("api"),
                        rs.getString("application"),
                        rs.getString("user_name"),
                        rs.getString("action"),
                        rs.getString("resource"),
                        url,
                        rs.getString("request_id"),
                        Objects.requireNonNull(Rows.dateTime(rs, "occurred_at")),
                        new Wijzigingen(json(rs.getString("before")), json(rs.getString("after")))));
        if (entries.count() == 0) {
            throw ApiException.notFound();
        }
        prune(entries.items(), context);
        return entries;
    }

    /**
     * The history of a klantcontact as a medewerker reads it: its own changes, those of its interne taken (forwarded,
     * taken up, handled) and the follow-up contacts registered about it (a call-back, an answer). Hidden as
     * {@link #list} hides.
     */
    @Transactional(readOnly = true)
    public Page<Found> klantcontact(ApiResource<?, ?> klantcontacten, UUID uuid, PageRequest page, ApiContext context) {
        ResourceDescription resource = klantcontacten.description();
        var where = new SqlWhere().and("""
                        ((a.resource = ? and a.object_uuid = ?)
                        or (a.resource = 'internetaken'
                            and a.object_uuid in (select t.uuid from internetaak t where t.klantcontact_uuid = ?))
                        or (a.resource = ? and a.action = 'create' and a.object_uuid in
                            (select o.klantcontact_uuid from onderwerpobject o where o.was_klantcontact_uuid = ?)))""", resource.collection(), uuid, uuid, resource.collection(), uuid);
        if (!context.vertrouwelijk()) {
            if (klantcontacten.hidden(uuid, context) || deletedWhileConfidential(resource, uuid)) {
                throw ApiException.notFound();
            }
            where.and("not a.vertrouwelijk");
        }
        Page<Found> found = Sql.page(jdbc, "audit_entry a", "a.*", where, "a.id desc", page, found(context.urls()));
        if (found.count() == 0) {
            throw ApiException.notFound();
        }
        prune(found.items().stream().map(Found::entry).toList(), context);
        return found;
    }

    /**
     * The beheerder's search over the whole trail, newest first; every criterion is optional, null when not given.
     * Without the vertrouwelijk scope nothing of a hidden object is found: not its changes while confidential, not
     * its changes at all while it is hidden now or was when it was deleted.
     *
     * @param object the object's uuid, or a nummer or referentienummer of a klantcontact, partij or interne taak
     * @param door a medewerker's naam or an application's name, whatever their case
     * @param van the first moment, inclusive
     * @param tot the moment after the period, exclusive
     */
    @Transactional(readOnly = true)
    public Page<Found> search(
            @Nullable String object,
            @Nullable String door,
            @Nullable Instant van,
            @Nullable Instant tot,
            PageRequest page,
            ApiContext context) {
        var where = new SqlWhere();
        if (object != null) {
            UUID uuid = Texts.parseUuid(object);
            if (uuid != null) {
                where.and("a.object_uuid = ?", uuid);
            } else {
                where.and("""
                        a.object_uuid in (select uuid from klantcontact where nummer = ? or referentienummer = ?
                            union all select uuid from partij where nummer = ?
                            union all select uuid from internetaak where nummer = ? or referentienummer = ?)""", object, object, object, object, object);
            }
        }
        if (door != null) {
            where.and(
                    "((a.user_name <> '' and lower(a.user_name) = lower(?)) or lower(a.application) = lower(?))",
                    door,
                    door);
        }
        if (van != null) {
            where.and("a.occurred_at >= ?", OffsetDateTime.ofInstant(van, ZoneOffset.UTC));
        }
        if (tot != null) {
            where.and("a.occurred_at < ?", OffsetDateTime.ofInstant(tot, ZoneOffset.UTC));
        }
        if (!context.vertrouwelijk()) {
            where.and("not a.vertrouwelijk");
            for (ApiResource<?, ?> resource : resources.orderedStream().toList()) {
                ResourceDescription description = resource.description();
                String visible = resource.visible("x", context);
                if (!visible.equals("true")) {
                    where.and(
                            "not (a.api = ? and a.resource = ? and exists (select 1 from " + description.table()
                                    + " x where x.uuid = a.object_uuid and not (" + visible + ")))",
                            apiName(description.apiPath()),
                            description.collection());
                }
            }
            where.and("""
                    not exists (select 1 from audit_entry d where d.resource = a.resource
                        and d.object_uuid = a.object_uuid and d.action = 'destroy' and d.vertrouwelijk)""");
        }
        Page<Found> found = Sql.page(jdbc, "audit_entry a", "a.*", where, "a.id desc", page, found(context.urls()));
        prune(found.items().stream().map(Found::entry).toList(), context);
        return found;
    }

    private RowMapper<Found> found(Urls urls) {
        return (rs, row) -> {
            String resource = rs.getString("resource");
            UUID object = Rows.uuid(rs, "object_uuid");
            String api = rs.getString("api");
            String apiPath = api.equals("contactgegevens") ? ApiPaths.CONTACTGEGEVENS : ApiPaths.KLANTINTERACTIES;
            return new Found(
                    resource,
                    object,
                    new Entry(
                            Rows.uuid(rs, "uuid"),
                            api,
                            rs.getString("application"),
                            rs.getString("user_name"),
                            rs.getString("action"),
                            resource,
                            urls.of(apiPath, resource, object),
                            rs.getString("request_id"),
                            Objects.requireNonNull(Rows.dateTime(rs, "occurred_at")),
                            new Wijzigingen(json(rs.getString("before")), json(rs.getString("after")))));
        };
    }

    /** An entry holds the object as its writer was shown it; each reader sees it as they may (ADR 0017). */
    private void prune(List<Entry> entries, ApiContext context) {
        var snapshots = new ArrayList<JsonNode>();
        for (Entry entry : entries) {
            if (entry.wijzigingen().oud() != null) {
                snapshots.add(entry.wijzigingen().oud());
            }
            if (entry.wijzigingen().nieuw() != null) {
                snapshots.add(entry.wijzigingen().nieuw());
            }
        }
        hiddenReferences.pruneJson(snapshots, context);
    }

    private boolean deletedWhileConfidential(ResourceDescription resource, UUID uuid) {
        return jdbc.sql("""
                        select vertrouwelijk from audit_entry where resource = ? and object_uuid = ?
                        and action = 'destroy' order by id desc limit 1""")
                .params(resource.collection(), uuid)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    static String apiName(String apiPath) {
        return apiPath.equals(ApiPaths.CONTACTGEGEVENS) ? "contactgegevens" : "klantinteracties";
    }

    static String actie(Change.Action action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable JsonNode json(@Nullable String text) {
        return text == null ? null : JSON.readTree(text);
    }
}
