package nl.kcc.klantinteracties.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actor-klantcontact links in PostgreSQL. */
@Repository
class ActorKlantcontactRepository {

    static final String FROM = "actorklantcontact ak";

    private final JdbcClient jdbc;

    ActorKlantcontactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<ActorKlantcontact> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, FROM, "ak.*", where, "ak.creation_order desc", page, this::map);
    }

    List<ActorKlantcontact> findAll(Collection<UUID> uuids, String visible) {
        return jdbc.sql("select ak.* from " + FROM + " where ak.uuid = any(?) and (" + visible + ")")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<ActorKlantcontact> findForUpdate(UUID uuid, String visible) {
        return jdbc.sql("select ak.* from " + FROM + " where ak.uuid = ? and (" + visible + ") for update")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    /** Whether another link joins this actor and klantcontact. */
    boolean taken(UUID actor, UUID klantcontact, UUID except) {
        return !jdbc.sql("select 1 from actorklantcontact where actor_uuid = ? and klantcontact_uuid = ? and uuid <> ?")
                .params(actor, klantcontact, except)
                .query()
                .listOfRows()
                .isEmpty();
    }

    void insert(ActorKlantcontact link) {
        store(link, "insert into actorklantcontact (actor_uuid, klantcontact_uuid, uuid) values (?, ?, ?)");
    }

    void update(ActorKlantcontact link) {
        store(link, "update actorklantcontact set actor_uuid = ?, klantcontact_uuid = ? where uuid = ?");
    }

    void delete(UUID uuid) {
        jdbc.sql("delete from actorklantcontact where uuid = ?").param(uuid).update();
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

    private ActorKlantcontact map(ResultSet rs, int row) throws SQLException {
        return new ActorKlantcontact(
                Rows.uuid(rs, "uuid"), Rows.uuid(rs, "actor_uuid"), Rows.uuid(rs, "klantcontact_uuid"));
    }
}
