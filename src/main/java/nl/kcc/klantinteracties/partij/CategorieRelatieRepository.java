package nl.kcc.klantinteracties.partij;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categorie-relaties in PostgreSQL, with the name of their categorie. */
@Repository
class CategorieRelatieRepository {

    private static final String FROM = "categorie_relatie r";
    private static final String COLUMNS =
            "r.*, (select c.naam from categorie c where c.uuid = r.categorie_uuid)" + " as categorie_naam";

    private final JdbcClient jdbc;

    CategorieRelatieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<CategorieRelatie> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, FROM, COLUMNS, where, "r.creation_order desc", page, this::map);
    }

    List<CategorieRelatie> findAll(Collection<UUID> uuids, String visible) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where r.uuid = any(?) and (" + visible + ")")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<CategorieRelatie> findForUpdate(UUID uuid, String visible) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where r.uuid = ? and (" + visible
                        + ") for update of r")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    void insert(CategorieRelatie r) {
        jdbc.sql("""
                        insert into categorie_relatie (partij_uuid, categorie_uuid, begin_datum, eind_datum, uuid)
                        values (?, ?, ?, ?, ?)""")
                .params(r.partij(), r.categorie(), r.beginDatum(), r.eindDatum(), r.uuid())
                .update();
    }

    void update(CategorieRelatie r) {
        jdbc.sql("""
                        update categorie_relatie set partij_uuid = ?, categorie_uuid = ?, begin_datum = ?,
                            eind_datum = ?
                        where uuid = ?""")
                .params(r.partij(), r.categorie(), r.beginDatum(), r.eindDatum(), r.uuid())
                .update();
    }

    void delete(UUID uuid) {
        jdbc.sql("delete from categorie_relatie where uuid = ?").param(uuid).update();
    }

    private CategorieRelatie map(ResultSet rs, int row) throws SQLException {
        return new CategorieRelatie(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "partij_uuid"),
                Rows.uuid(rs, "categorie_uuid"),
                rs.getObject("begin_datum", java.time.LocalDate.class),
                rs.getObject("eind_datum", java.time.LocalDate.class),
                rs.getString("categorie_naam"));
    }
}
