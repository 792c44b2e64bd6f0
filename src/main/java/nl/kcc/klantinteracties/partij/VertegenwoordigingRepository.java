package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Vertegenwoordigingen in PostgreSQL. */
@Repository
class VertegenwoordigingRepository extends Store<Vertegenwoordiging> {

    static final List<Filter<?>> FILTERS = List.of(
            Filter.url("vertegenwoordigdePartij__url", (w, v) -> w.and("v.vertegenwoordigde_partij_uuid = ?", v)),
            Filter.uuid("vertegenwoordigdePartij__uuid", (w, v) -> w.and("v.vertegenwoordigde_partij_uuid = ?", v)),
            Filter.url("vertegenwoordigendePartij__url", (w, v) -> w.and("v.vertegenwoordigende_partij_uuid = ?", v)),
            Filter.uuid(
                    "vertegenwoordigendePartij__uuid", (w, v) -> w.and("v.vertegenwoordigende_partij_uuid = ?", v)));

    VertegenwoordigingRepository(JdbcClient jdbc) {
        super(jdbc, "vertegenwoordiging", "v", "v.*", "v.creation_order desc");
    }

    /** Whether another vertegenwoordiging already links these two partijen this way round. */
    boolean exists(@Nullable UUID vertegenwoordigende, @Nullable UUID vertegenwoordigde, UUID except) {
        return !jdbc.sql("""
                        select 1 from vertegenwoordiging where vertegenwoordigende_partij_uuid = ?
                            and vertegenwoordigde_partij_uuid = ? and uuid <> ?""")
                .params(vertegenwoordigende, vertegenwoordigde, except)
                .query()
                .listOfRows()
                .isEmpty();
    }

    @Override
    public void insert(Vertegenwoordiging v) {
        store(
                "insert into vertegenwoordiging (vertegenwoordigende_partij_uuid, vertegenwoordigde_partij_uuid, uuid)"
                        + " values (?, ?, ?)",
                v);
    }

    @Override
    public void update(Vertegenwoordiging v) {
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

    @Override
    protected Vertegenwoordiging map(ResultSet rs, int row) throws SQLException {
        return new Vertegenwoordiging(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "vertegenwoordigende_partij_uuid"),
                Rows.uuid(rs, "vertegenwoordigde_partij_uuid"));
    }
}
