package nl.kcc.klantinteracties.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actor-klantcontact links in PostgreSQL. */
@Repository
class ActorKlantcontactRepository extends Store<ActorKlantcontact> {

    static final List<Filter<?>> FILTERS = List.of(
            Filter.uuid("actor__uuid", (w, v) -> w.and("ak.actor_uuid = ?", v)),
            Filter.url("actor__url", (w, v) -> w.and("ak.actor_uuid = ?", v)),
            Filter.uuid("klantcontact__uuid", (w, v) -> w.and("ak.klantcontact_uuid = ?", v)),
            Filter.url("klantcontact__url", (w, v) -> w.and("ak.klantcontact_uuid = ?", v)));

    ActorKlantcontactRepository(JdbcClient jdbc) {
        super(jdbc, "actorklantcontact", "ak", "ak.*", "ak.creation_order desc");
    }

    /** Whether another link joins this actor and klantcontact. */
    boolean taken(@Nullable UUID actor, @Nullable UUID klantcontact, UUID except) {
        return !jdbc.sql("select 1 from actorklantcontact where actor_uuid = ? and klantcontact_uuid = ? and uuid <> ?")
                .params(actor, klantcontact, except)
                .query()
                .listOfRows()
                .isEmpty();
    }

    @Override
    public void insert(ActorKlantcontact link) {
        store(link, "insert into actorklantcontact (actor_uuid, klantcontact_uuid, uuid) values (?, ?, ?)");
    }

    @Override
    public void update(ActorKlantcontact link) {
        store(link, "update actorklantcontact set actor_uuid = ?, klantcontact_uuid = ? where uuid = ?");
    }

    /**
     * Writes the link. A concurrent request can register the same pair between the check and the write; the
     * constraint then refuses it, and the client hears the same as when the check had seen it.
     */
    private void store(ActorKlantcontact link, String sql) {
        try {
            jdbc.sql(sql).params(link.actor(), link.klantcontact(), link.uuid()).update();
        } catch (DuplicateKeyException e) {
            throw ApiException.invalid(Violations.NON_FIELD_ERRORS, "unique", ActorKlantcontact.AL_GEKOPPELD);
        }
    }

    @Override
    protected ActorKlantcontact map(ResultSet rs, int row) throws SQLException {
        return new ActorKlantcontact(
                Rows.uuid(rs, "uuid"), Rows.uuid(rs, "actor_uuid"), Rows.uuid(rs, "klantcontact_uuid"));
    }
}
