package nl.kcc.klantinteracties.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actoren in PostgreSQL; the details of an actor's kind are one jsonb column. */
@Repository
class ActorRepository extends Store<Actor> {

    static final List<Filter<?>> FILTERS = filters();

    private static List<Filter<?>> filters() {
        var filters = new ArrayList<Filter<?>>(List.of(
                Filters.icontains("naam", "a.naam"),
                Filter.enumeration("soortActor", SoortActor.class, (w, v) -> w.and("a.soort_actor = ?", Wire.of(v))),
                Filter.bool("indicatieActief", (w, v) -> w.and("a.indicatie_actief = ?", v))));
        filters.addAll(Filters.identificator("actoridentificator", "a.identificator_", "%s"));
        return List.copyOf(filters);
    }

    ActorRepository(JdbcClient jdbc) {
        super(jdbc, "actor", "a", "a.*", "a.creation_order desc");
    }

    @Override
    public void insert(Actor a) {
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

    @Override
    public void update(Actor a) {
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

    @Override
    protected Actor map(ResultSet rs, int row) throws SQLException {
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

    /** Its links to klantcontacten go; the tasks assigned to it stay, assigned to the others. */
    @Override
    public List<Dependents> dependents() {
        return List.of(
                Dependents.removed(
                        ActorKlantcontactResource.COLLECTION,
                        "select uuid from actorklantcontact where actor_uuid = any(?)"),
                Dependents.unlinked(
                        "internetaken", "select internetaak_uuid from internetaak_actor where actor_uuid = any(?)"));
    }
}
