package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Vertegenwoordigingen in PostgreSQL. */
@Repository
class VertegenwoordigingRepository {

    private final JdbcClient jdbc;

    VertegenwoordigingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Vertegenwoordiging> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, "vertegenwoordiging v", "v.*", where, "v.creation_order desc", page, this::map);
    }

    List<Vertegenwoordiging> findAll(Collection<UUID> uuids, String visible) {
        return jdbc.sql("select v.* from vertegenwoordiging v where v.uuid = any(?) and (" + visible + ")")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<Vertegenwoordiging> findForUpdate(UUID uuid, String visible) {
        return jdbc.sql("select v.* from vertegenwoordiging v where v.uuid = ? and (" + visible + ") for update")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    /** Whether another vertegenwoordiging already links these two partijen this way round. */
    boolean exists(UUID vertegenwoordigende, UUID vertegenwoordigde, UUID except) {
        return !jdbc.sql("""
                        select 1 from vertegenwoordiging where vertegenwoordigende_partij_uuid = ?
                            and vertegenwoordigde_partij_uuid = ? and uuid <> ?""")
                .params(vertegenwoordigende, vertegenwoordigde, except)
                .query()
                .listOfRows()
                .isEmpty();
    }

    void insert(Vertegenwoordiging v) {
        store(
                "insert into vertegenwoordiging (vertegenwoordigende_partij_uuid, vertegenwoordigde_partij_uuid, uuid)"
                        + " values (?, ?, ?)",
                v);
    }

    void update(Vertegenwoordiging v) {
        store(
                "update vertegenwoordiging set vertegenwoordigende_partij_uuid = ?, vertegenwoordigde_partij_uuid = ?"
                        + " where uuid = ?",
                v);
    }

    private void store(String sql, Vertegenwoordiging v) {
        try {
            jdbc.sql(sql)
                    .params(v.vertegenwoordigendePartij(), v.vertegenwoordigdePartij(), v.uuid())
                    .update();
        } catch (DuplicateKeyException e) {
            // A concurrent request registered the same pair after the check.
            throw ApiException.invalid(Violations.NON_FIELD_ERRORS, "unique", VertegenwoordigingResource.AL_GEGEVEN);
        }
    }

    void delete(UUID uuid) {
        jdbc.sql("delete from vertegenwoordiging where uuid = ?").param(uuid).update();
    }

    private Vertegenwoordiging map(ResultSet rs, int row) throws SQLException {
        return new Vertegenwoordiging(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "vertegenwoordigende_partij_uuid"),
                Rows.uuid(rs, "vertegenwoordigde_partij_uuid"));
    }
}
