package nl.kcc.klantinteracties.contactgegevens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personen of the Contactgegevens API in PostgreSQL; the address is one jsonb column, as it is read and written whole. */
@Repository
class PersoonRepository {

    private static final String FROM = "contactgegevens_persoon p";
    private static final String COLUMNS = "p.*";

    private final JdbcClient jdbc;

    PersoonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Persoon> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, FROM, COLUMNS, where, "p.creation_order desc", page, this::map);
    }

    List<Persoon> findAll(Collection<UUID> uuids) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where p.uuid = any(?)")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<Persoon> findForUpdate(UUID uuid) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where p.uuid = ? for update")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    void insert(Persoon p) {
        jdbc.sql("""
                        insert into contactgegevens_persoon (uuid, geboortedatum, overlijdensdatum, geslachtsnaam,
                            geslacht, voorvoegsel, voornamen, adres)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(
                        p.uuid(),
                        p.geboortedatum(),
                        p.overlijdensdatum(),
                        p.geslachtsnaam(),
                        p.geslacht(),
                        p.voorvoegsel(),
                        p.voornamen(),
                        Rows.toJson(p.adres()))
                .update();
    }

    void update(Persoon p) {
        jdbc.sql("""
                        update contactgegevens_persoon set geboortedatum = ?, overlijdensdatum = ?, geslachtsnaam = ?,
                            geslacht = ?, voorvoegsel = ?, voornamen = ?, adres = cast(? as jsonb)
                        where uuid = ?""")
                .params(
                        p.geboortedatum(),
                        p.overlijdensdatum(),
                        p.geslachtsnaam(),
                        p.geslacht(),
                        p.voorvoegsel(),
                        p.voornamen(),
                        Rows.toJson(p.adres()),
                        p.uuid())
                .update();
    }

    void delete(UUID uuid) {
        jdbc.sql("delete from contactgegevens_persoon where uuid = ?")
                .param(uuid)
                .update();
    }

    private Persoon map(ResultSet rs, int row) throws SQLException {
        return new Persoon(
                Rows.uuid(rs, "uuid"),
                rs.getObject("geboortedatum", LocalDate.class),
                rs.getObject("overlijdensdatum", LocalDate.class),
                rs.getString("geslachtsnaam"),
                rs.getString("geslacht"),
                rs.getString("voorvoegsel"),
                rs.getString("voornamen"),
                Rows.json(rs, "adres", Adres.class));
    }
}
