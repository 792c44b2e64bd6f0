package nl.kcc.klantinteracties.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actoren in PostgreSQL; the details of an actor's kind are one jsonb column. */
@Repository
class ActorRepository {

    static final String FROM = "actor a";

    private final JdbcClient jdbc;

    ActorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Actor> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, FROM, "a.*", where, "a.creation_order desc", page, this::map);
    }

    List<Actor> findAll(Collection<UUID> uuids) {
        return jdbc.sql("select a.* from " + FROM + " where a.uuid = any(?)")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<Actor> findForUpdate(UUID uuid) {
        return jdbc.sql("select a.* from " + FROM + " where a.uuid = ? for update")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    void insert(Actor a) {
        Identificator id = a.actoridentificator();
        jdbc.sql("""
                        insert into actor (uuid, naam, soort_actor, indicatie_actief, identificator_object_id,
                            identificator_code_objecttype, identificator_code_register,
                            identificator_code_soort_object_id, actoridentificatie)
                        values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(
                        a.uuid(),
                        a.naam(),
                        Wire.of(a.soortActor()),
                        a.indicatieActief(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId(),
                        Rows.toJson(a.actorIdentificatie()))
                .update();
    }

    void update(Actor a) {
        Identificator id = a.actoridentificator();
        jdbc.sql("""
                        update actor set naam = ?, soort_actor = ?, indicatie_actief = ?, identificator_object_id = ?,
                            identificator_code_objecttype = ?, identificator_code_register = ?,
                            identificator_code_soort_object_id = ?, actoridentificatie = cast(? as jsonb)
                        where uuid = ?""")
                .params(
                        a.naam(),
                        Wire.of(a.soortActor()),
                        a.indicatieActief(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId(),
                        Rows.toJson(a.actorIdentificatie()),
                        a.uuid())
                .update();
    }

    /** Its links to klantcontacten and its task assignments go with it (foreign keys cascade); the tasks remain. */
    void delete(UUID uuid) {
        jdbc.sql("delete from actor where uuid = ?").param(uuid).update();
    }

    private Actor map(ResultSet rs, int row) throws SQLException {
        String objectId = rs.getString("identificator_object_id");
        String codeObjecttype = rs.getString("identificator_code_objecttype");
        String codeRegister = rs.getString("identificator_code_register");
        String codeSoortObjectId = rs.getString("identificator_code_soort_object_id");
        boolean noIdentificator =
                objectId == null && codeObjecttype == null && codeRegister == null && codeSoortObjectId == null;
        return new Actor(
                Rows.uuid(rs, "uuid"),
                rs.getString("naam"),
                Wire.parse(SoortActor.class, rs.getString("soort_actor")),
                rs.getBoolean("indicatie_actief"),
                noIdentificator ? null : new Identificator(objectId, codeObjecttype, codeRegister, codeSoortObjectId),
                rs.getString("actoridentificatie") == null ? null : Rows.stringMap(rs, "actoridentificatie"));
    }
}
