package nl.kcc.klantinteracties.audit;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Change;
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

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @Transactional(readOnly = true)
    public Page<Entry> list(ResourceDescription resource, UUID uuid, PageRequest page, Urls urls) {
        var where = new SqlWhere().and("a.resource = ?", resource.collection()).and("a.object_uuid = ?", uuid);
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
        return entries;
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
