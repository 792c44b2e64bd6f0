package nl.kcc.klantinteracties.contactgegevens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisaties of the Contactgegevens API in PostgreSQL. */
@Repository
class OrganisatieRepository extends Store<Organisatie> {

    private static final String COLUMNS = "o.*";

    OrganisatieRepository(JdbcClient jdbc) {
        super(jdbc, "contactgegevens_organisatie", "o", COLUMNS, "o.creation_order desc");
    }

    @Override
    public void insert(Organisatie o) {
        jdbc.sql("""
                        insert into contactgegevens_organisatie (uuid, handelsnaam, oprichtingsdatum, opheffingsdatum,
                            adres)
                        values (?, ?, ?, ?, cast(? as jsonb))""")
                .params(o.uuid(), o.handelsnaam(), o.oprichtingsdatum(), o.opheffingsdatum(), Rows.toJson(o.adres()))
                .update();
    }

    @Override
    public void update(Organisatie o) {
        jdbc.sql("""
                        update contactgegevens_organisatie set handelsnaam = ?, oprichtingsdatum = ?,
                            opheffingsdatum = ?, adres = cast(? as jsonb)
                        where uuid = ?""")
                .params(o.handelsnaam(), o.oprichtingsdatum(), o.opheffingsdatum(), Rows.toJson(o.adres()), o.uuid())
                .update();
    }

    @Override
    protected Organisatie map(ResultSet rs, int row) throws SQLException {
        return new Organisatie(
                Rows.uuid(rs, "uuid"),
                rs.getString("handelsnaam"),
                rs.getObject("oprichtingsdatum", LocalDate.class),
                rs.getObject("opheffingsdatum", LocalDate.class),
                Rows.json(rs, "adres", Adres.class));
    }
}
