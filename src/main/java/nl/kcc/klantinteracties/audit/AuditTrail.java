package nl.kcc.klantinteracties.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
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

    AuditTrail(JdbcClient jdbc, HiddenReferences hiddenReferences) {
        this.jdbc = jdbc;
        this.hiddenReferences = hiddenReferences;
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

    public record Wijzigingen(JsonNode oud, JsonNode nieuw) {}

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
                        Rows.dateTime(rs, "occurred_at"),
                        new Wijzigingen(json(rs.getString("before")), json(rs.getString("after")))));
        if (entries.count() == 0) {
            throw ApiException.notFound();
        }
        // An entry holds the object as its writer was shown it; each reader sees it as they may (ADR 0017).
        var snapshots = new ArrayList<JsonNode>();
        for (Entry entry : entries.items()) {
            if (entry.wijzigingen().oud() != null) {
                snapshots.add(entry.wijzigingen().oud());
            }
            if (entry.wijzigingen().nieuw() != null) {
                snapshots.add(entry.wijzigingen().nieuw());
            }
        }
        hiddenReferences.pruneJson(snapshots, context);
        return entries;
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

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }
}
