package nl.kcc.klantinteracties.internetaak;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.api.resource.Store;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interne taken in PostgreSQL, with the actors each is assigned to, in order, in the same query. */
@Repository
class InterneTaakRepository extends Store<InterneTaak> {

    // The assigned actors are filtered in EXISTS sub-queries, so a task with two matching actors is listed once.
    private static final String TOEGEWEZEN =
            "exists (select 1 from internetaak_actor x where x.internetaak_uuid = t.uuid and %s)";
    private static final String TOEGEWEZEN_ACTOR = "exists (select 1 from internetaak_actor x"
            + " join actor a on a.uuid = x.actor_uuid where x.internetaak_uuid = t.uuid and %s)";
    private static final String KLANTCONTACT =
            "exists (select 1 from klantcontact k where k.uuid = t.klantcontact_uuid and %s)";

    static final List<Filter<?>> FILTERS = List.of(
            Filters.exact("nummer", "t.nummer").deprecated(),
            Filters.exact("referentienummer", "t.referentienummer"),
            Filter.enumeration("status", Status.class, (w, v) -> w.and("t.status = ?", Wire.of(v))),
            Filter.dateTime("toegewezenOp", (w, v) -> w.and("t.toegewezen_op = ?", v)),
            Filters.within("actoren__naam", TOEGEWEZEN_ACTOR, "a.naam"),
            Filter.uuid("toegewezenAanActor__uuid", (w, v) -> w.and(TOEGEWEZEN.formatted("x.actor_uuid = ?"), v)),
            Filter.url("toegewezenAanActor__url", (w, v) -> w.and(TOEGEWEZEN.formatted("x.actor_uuid = ?"), v)),
            Filter.uuid("aanleidinggevendKlantcontact__uuid", (w, v) -> w.and("t.klantcontact_uuid = ?", v)),
            Filter.url("aanleidinggevendKlantcontact__url", (w, v) -> w.and("t.klantcontact_uuid = ?", v)),
            Filter.uuid("klantcontact__uuid", (w, v) -> w.and("t.klantcontact_uuid = ?", v)),
            Filters.within("klantcontact__nummer", KLANTCONTACT, "k.nummer").deprecated(),
            Filters.within("klantcontact__referentienummer", KLANTCONTACT, "k.referentienummer"));

    private static final String COLUMNS = """
            t.*,
            array(select x.actor_uuid from internetaak_actor x where x.internetaak_uuid = t.uuid order by x.volgorde)
                as actoren""";

    InterneTaakRepository(JdbcClient jdbc) {
        super(jdbc, "internetaak", "t", COLUMNS, "t.creation_order desc");
    }

    /** Whether another task has this value in the column ({@code nummer} or {@code referentienummer}). */
    boolean taken(String column, String value, UUID except) {
        return !jdbc.sql("select 1 from internetaak where " + column + " = ? and uuid <> ?")
                .params(value, except)
                .query()
                .listOfRows()
                .isEmpty();
    }

    @Override
    public void insert(InterneTaak t) {
        store("""
                insert into internetaak (nummer, referentienummer, gevraagde_handeling, klantcontact_uuid, toelichting,
                    status, afgehandeld_op, toegewezen_op, uuid)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", t);
    }

    @Override
    public void update(InterneTaak t) {
        store("""
                update internetaak set nummer = ?, referentienummer = ?, gevraagde_handeling = ?,
                    klantcontact_uuid = ?, toelichting = ?, status = ?, afgehandeld_op = ?, toegewezen_op = ?
                where uuid = ?""", t);
    }

    /** Replaces the actors the task is assigned to, keeping their order, in one statement. */
    void assign(UUID taak, List<UUID> actoren) {
        jdbc.sql("delete from internetaak_actor where internetaak_uuid = ?")
                .param(taak)
                .update();
        if (!actoren.isEmpty()) {
            jdbc.sql("""
                            insert into internetaak_actor (internetaak_uuid, actor_uuid, volgorde)
                            select ?, a.uuid, a.volgorde - 1 from unnest(?) with ordinality as a(uuid, volgorde)""").params(taak, Sql.uuids(actoren)).update();
        }
    }

    /**
     * Writes the task. A concurrent request can take the same number between the check and the write; the
     * constraint then refuses it, and the client hears the same as when the check had seen it.
     */
    private void store(String sql, InterneTaak t) {
        try {
            jdbc.sql(sql)
                    .params(
                            t.nummer(),
                            t.referentienummer(),
                            t.gevraagdeHandeling(),
                            t.klantcontact(),
                            t.toelichting(),
                            Wire.of(t.status()),
                            t.afgehandeldOp(),
                            t.toegewezenOp(),
                            t.uuid())
                    .update();
        } catch (DuplicateKeyException e) {
            String field = e.getMostSpecificCause() instanceof PSQLException psql
                            && psql.getServerErrorMessage() != null
                            && "internetaak_referentienummer_key"
                                    .equals(psql.getServerErrorMessage().getConstraint())
                    ? "referentienummer"
                    : "nummer";
            throw ApiException.invalid(field, "unique", InterneTaakResource.bezet(field));
        }
    }

    @Override
    protected InterneTaak map(ResultSet rs, int row) throws SQLException {
        return new InterneTaak(
                Rows.uuid(rs, "uuid"),
                rs.getString("nummer"),
                rs.getString("referentienummer"),
                rs.getString("gevraagde_handeling"),
                Rows.uuid(rs, "klantcontact_uuid"),
                Rows.uuids(rs, "actoren"),
                rs.getString("toelichting"),
                Objects.requireNonNull(Wire.parse(Status.class, rs.getString("status"))),
                Objects.requireNonNull(Rows.dateTime(rs, "toegewezen_op")),
                Rows.dateTime(rs, "afgehandeld_op"));
    }
}
