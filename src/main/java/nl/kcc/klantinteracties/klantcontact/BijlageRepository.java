package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bijlagen in PostgreSQL, the identificator in four columns. */
@Repository
class BijlageRepository {

    static final String FROM = "bijlage b";

    private static final String COLUMNS = "b.*";

    private final JdbcClient jdbc;

    BijlageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Bijlage> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, FROM, COLUMNS, where, "b.creation_order desc", page, this::map);
    }

    List<Bijlage> findAll(Collection<UUID> uuids, String visible) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where b.uuid = any(?) and (" + visible + ")")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<Bijlage> findForUpdate(UUID uuid, String visible) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where b.uuid = ? and (" + visible
                        + ") for update of b")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    void insert(Bijlage b) {
        Identificator id = b.identificator();
        jdbc.sql("""
                        insert into bijlage (uuid, klantcontact_uuid, identificator_object_id,
                            identificator_code_objecttype, identificator_code_register,
                            identificator_code_soort_object_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        b.uuid(),
                        b.klantcontact(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId())
                .update();
    }

    void update(Bijlage b) {
        Identificator id = b.identificator();
        jdbc.sql("""
                        update bijlage set klantcontact_uuid = ?, identificator_object_id = ?,
                            identificator_code_objecttype = ?, identificator_code_register = ?,
                            identificator_code_soort_object_id = ?
                        where uuid = ?""")
                .params(
                        b.klantcontact(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId(),
                        b.uuid())
                .update();
    }

    void delete(UUID uuid) {
        jdbc.sql("delete from bijlage where uuid = ?").param(uuid).update();
    }

    private Bijlage map(ResultSet rs, int row) throws SQLException {
        return new Bijlage(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "klantcontact_uuid"),
                IdentificatorColumns.read(rs, "identificator_"));
    }
}
