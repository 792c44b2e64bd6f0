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

/** Organisaties of the Contactgegevens API in PostgreSQL. */
@Repository
class OrganisatieRepository {

    private static final String FROM = "contactgegevens_organisatie o";
    private static final String COLUMNS = "o.*";

    private final JdbcClient jdbc;

    OrganisatieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Organisatie> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, FROM, COLUMNS, where, "o.creation_order desc", page, this::map);
    }

    List<Organisatie> findAll(Collection<UUID> uuids) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where o.uuid = any(?)")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<Organisatie> findForUpdate(UUID uuid) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where o.uuid = ? for update")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    void insert(Organisatie o) {
        jdbc.sql("""
                        insert into contactgegevens_organisatie (uuid, handelsnaam, oprichtingsdatum, opheffingsdatum,
                            adres)
                        values (?, ?, ?, ?, cast(? as jsonb))""")
                .params(o.uuid(), o.handelsnaam(), o.oprichtingsdatum(), o.opheffingsdatum(), Rows.toJson(o.adres()))
                .update();
    }

    void update(Organisatie o) {
        jdbc.sql("""
                        update contactgegevens_organisatie set handelsnaam = ?, oprichtingsdatum = ?,
                            opheffingsdatum = ?, adres = cast(? as jsonb)
                        where uuid = ?""")
                .params(o.handelsnaam(), o.oprichtingsdatum(), o.opheffingsdatum(), Rows.toJson(o.adres()), o.uuid())
                .update();
    }

    void delete(UUID uuid) {
        jdbc.sql("delete from contactgegevens_organisatie where uuid = ?")
                .param(uuid)
                .update();
    }

    private Organisatie map(ResultSet rs, int row) throws SQLException {
        return new Organisatie(
                Rows.uuid(rs, "uuid"),
                rs.getString("handelsnaam"),
                rs.getObject("oprichtingsdatum", LocalDate.class),
                rs.getObject("opheffingsdatum", LocalDate.class),
                Rows.json(rs, "adres", Adres.class));
    }
}
