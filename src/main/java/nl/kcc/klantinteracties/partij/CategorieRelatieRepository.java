package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categorie-relaties in PostgreSQL, with the name of their categorie. */
@Repository
class CategorieRelatieRepository extends Store<CategorieRelatie> {

    private static final String MET_CATEGORIE =
            "exists (select 1 from categorie c where c.uuid = r.categorie_uuid and %s)";
    private static final String MET_PARTIJ = "exists (select 1 from partij p where p.uuid = r.partij_uuid and %s)";

    static final List<Filter<?>> FILTERS = List.of(
            Filter.date("beginDatum", (w, v) -> w.and("r.begin_datum = ?", v)),
            Filters.within("categorie__naam", MET_CATEGORIE, "c.naam"),
            Filter.url("categorie__url", (w, v) -> w.and("r.categorie_uuid = ?", v)),
            Filter.uuid("categorie__uuid", (w, v) -> w.and("r.categorie_uuid = ?", v)),
            Filter.date("eindDatum", (w, v) -> w.and("r.eind_datum = ?", v)),
            Filters.within("partij__nummer", MET_PARTIJ, "p.nummer").deprecated(),
            Filter.url("partij__url", (w, v) -> w.and("r.partij_uuid = ?", v)),
            Filter.uuid("partij__uuid", (w, v) -> w.and("r.partij_uuid = ?", v)));

    private static final String COLUMNS =
            "r.*, (select c.naam from categorie c where c.uuid = r.categorie_uuid)" + " as categorie_naam";

    CategorieRelatieRepository(JdbcClient jdbc) {
        super(jdbc, "categorie_relatie", "r", COLUMNS, "r.creation_order desc");
    }

    @Override
    public void insert(CategorieRelatie r) {
        jdbc.sql("""
                        insert into categorie_relatie (partij_uuid, categorie_uuid, begin_datum, eind_datum, uuid)
                        values (?, ?, ?, ?, ?)""")
                .params(r.partij(), r.categorie(), r.beginDatum(), r.eindDatum(), r.uuid())
                .update();
    }

    @Override
    public void update(CategorieRelatie r) {
        jdbc.sql("""
                        update categorie_relatie set partij_uuid = ?, categorie_uuid = ?, begin_datum = ?,
                            eind_datum = ?
                        where uuid = ?""")
                .params(r.partij(), r.categorie(), r.beginDatum(), r.eindDatum(), r.uuid())
                .update();
    }

    @Override
    protected CategorieRelatie map(ResultSet rs, int row) throws SQLException {
        return new CategorieRelatie(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "partij_uuid"),
                Rows.uuid(rs, "categorie_uuid"),
                rs.getObject("begin_datum", java.time.LocalDate.class),
                rs.getObject("eind_datum", java.time.LocalDate.class),
                rs.getString("categorie_naam"));
    }
}
