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

/** Rekeningnummers in PostgreSQL. */
@Repository
class RekeningnummerRepository {

    private final JdbcClient jdbc;

    RekeningnummerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Rekeningnummer> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, "rekeningnummer r", "r.*", where, "r.creation_order desc", page, this::map);
    }

    List<Rekeningnummer> findAll(Collection<UUID> uuids, String visible) {
        return jdbc.sql("select r.* from rekeningnummer r where r.uuid = any(?) and (" + visible + ")")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<Rekeningnummer> findForUpdate(UUID uuid, String visible) {
        return jdbc.sql("select r.* from rekeningnummer r where r.uuid = ? and (" + visible + ") for update")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    void insert(Rekeningnummer r) {
        jdbc.sql("insert into rekeningnummer (uuid, partij_uuid, iban, bic) values (?, ?, ?, ?)")
                .params(r.uuid(), r.partij(), r.iban(), r.bic())
                .update();
    }

    /** A partij that preferred this account and no longer has it, no longer prefers it. */
    void update(Rekeningnummer r) {
        jdbc.sql("""
                        update partij set voorkeurs_rekeningnummer_uuid = null
                        where voorkeurs_rekeningnummer_uuid = ? and uuid is distinct from ?""").params(r.uuid(), r.partij()).update();
        jdbc.sql("update rekeningnummer set partij_uuid = ?, iban = ?, bic = ? where uuid = ?")
                .params(r.partij(), r.iban(), r.bic(), r.uuid())
                .update();
    }

    void delete(UUID uuid) {
        jdbc.sql("delete from rekeningnummer where uuid = ?").param(uuid).update();
    }

    private Rekeningnummer map(ResultSet rs, int row) throws SQLException {
        return new Rekeningnummer(
                Rows.uuid(rs, "uuid"), Rows.uuid(rs, "partij_uuid"), rs.getString("iban"), rs.getString("bic"));
    }
}
