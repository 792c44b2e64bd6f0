package nl.kcc.klantinteracties.contactgegevens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personen of the Contactgegevens API in PostgreSQL; the address is one jsonb column, as it is read and written whole. */
@Repository
class PersoonRepository extends Store<Persoon> {

    private static final String COLUMNS = "p.*";

    PersoonRepository(JdbcClient jdbc) {
        super(jdbc, "contactgegevens_persoon", "p", COLUMNS, "p.creation_order desc");
    }

    @Override
    public void insert(Persoon p) {
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

    @Override
    public void update(Persoon p) {
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

    @Override
    protected Persoon map(ResultSet rs, int row) throws SQLException {
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
