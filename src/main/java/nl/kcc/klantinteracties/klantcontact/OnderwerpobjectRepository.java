package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Onderwerpobjecten in PostgreSQL, the identificator in four columns. */
@Repository
class OnderwerpobjectRepository extends Store<Onderwerpobject> {

    static final List<Filter<?>> FILTERS = filters();

    private static List<Filter<?>> filters() {
        var filters = new ArrayList<Filter<?>>(List.of(
                Filter.url("klantcontact__url", (w, v) -> w.and("o.klantcontact_uuid = ?", v)),
                Filter.uuid("klantcontact__uuid", (w, v) -> w.and("o.klantcontact_uuid = ?", v)),
                Filter.url(
                        "wasKlantcontact__url",
                        (w, v) -> w.and("o.was_klantcontact_uuid = ?", v)
                                .andForCaller(c -> Vertrouwelijkheid.onderKlantcontact("o.was_klantcontact_uuid", c))),
                Filter.uuid(
                        "wasKlantcontact__uuid",
                        (w, v) -> w.and("o.was_klantcontact_uuid = ?", v)
                                .andForCaller(
                                        c -> Vertrouwelijkheid.onderKlantcontact("o.was_klantcontact_uuid", c)))));
        filters.addAll(Filters.identificator("onderwerpobjectidentificator", "o.identificator_", "%s"));
        return List.copyOf(filters);
    }

    private static final String COLUMNS = "o.*";

    OnderwerpobjectRepository(JdbcClient jdbc) {
        super(jdbc, "onderwerpobject", "o", COLUMNS, "o.creation_order desc");
    }

    /**
     * Locks these klantcontacten until the end of the transaction, so that no onderwerpobject can start pointing at
     * one of them between deciding to delete it and deleting it.
     */
    void lockKlantcontacten(Collection<UUID> klantcontacten) {
        jdbc.sql("select uuid from klantcontact where uuid = any(?) order by uuid for update")
                .param(Sql.uuids(klantcontacten))
                .query(UUID.class)
                .list();
    }

    /** Which of these klantcontacten an onderwerpobject other than {@code except} points at, either way. */
    Set<UUID> klantcontactenInUse(Collection<UUID> klantcontacten, UUID except) {
        return new HashSet<>(jdbc.sql("""
                        select k.uuid from unnest(?) as k (uuid)
                        where exists (select 1 from onderwerpobject o where o.uuid <> ?
                            and (o.klantcontact_uuid = k.uuid or o.was_klantcontact_uuid = k.uuid))""")
                .params(Sql.uuids(klantcontacten), except)
                .query(UUID.class)
                .list());
    }

    @Override
    public void insert(Onderwerpobject o) {
        Identificator id = o.identificator();
        jdbc.sql("""
                        insert into onderwerpobject (uuid, klantcontact_uuid, was_klantcontact_uuid,
                            identificator_object_id, identificator_code_objecttype, identificator_code_register,
                            identificator_code_soort_object_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        o.uuid(),
                        o.klantcontact(),
                        o.wasKlantcontact(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId())
                .update();
    }

    @Override
    public void update(Onderwerpobject o) {
        Identificator id = o.identificator();
        jdbc.sql("""
                        update onderwerpobject set klantcontact_uuid = ?, was_klantcontact_uuid = ?,
                            identificator_object_id = ?, identificator_code_objecttype = ?,
                            identificator_code_register = ?, identificator_code_soort_object_id = ?
                        where uuid = ?""")
                .params(
                        o.klantcontact(),
                        o.wasKlantcontact(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId(),
                        o.uuid())
                .update();
    }

    /** The digitale adressen the klantcontact's betrokkenen gave that belong to no partij. */
    List<UUID> adressenAlleenVan(UUID klantcontact) {
        return jdbc.sql("""
                        select d.uuid from digitaal_adres d join betrokkene b on b.uuid = d.betrokkene_uuid
                        where b.klantcontact_uuid = ? and d.partij_uuid is null""").param(klantcontact).query(UUID.class).list();
    }

    @Override
    protected Onderwerpobject map(ResultSet rs, int row) throws SQLException {
        return new Onderwerpobject(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "klantcontact_uuid"),
                Rows.uuid(rs, "was_klantcontact_uuid"),
                IdentificatorColumns.read(rs, "identificator_"));
    }
}
