package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rekeningnummers in PostgreSQL. */
@Repository
class RekeningnummerRepository extends Store<Rekeningnummer> {

    static final List<Filter<?>> FILTERS = List.of(
            Filters.exact("bic", "r.bic"),
            Filters.exact("iban", "r.iban"),
            Filter.uuid("uuid", (w, v) -> w.and("r.uuid = ?", v)));

    RekeningnummerRepository(JdbcClient jdbc) {
        super(jdbc, "rekeningnummer", "r", "r.*", "r.creation_order desc");
    }

    @Override
    public void insert(Rekeningnummer r) {
        jdbc.sql("insert into rekeningnummer (uuid, partij_uuid, iban, bic) values (?, ?, ?, ?)")
                .params(r.uuid(), r.partij(), r.iban(), r.bic())
                .update();
    }

    /** A partij that preferred this account and no longer has it, no longer prefers it. */
    @Override
    public void update(Rekeningnummer r) {
        jdbc.sql("""
                        update partij set voorkeurs_rekeningnummer_uuid = null
                        where voorkeurs_rekeningnummer_uuid = ? and uuid is distinct from ?""").params(r.uuid(), r.partij()).update();
        jdbc.sql("update rekeningnummer set partij_uuid = ?, iban = ?, bic = ? where uuid = ?")
                .params(r.partij(), r.iban(), r.bic(), r.uuid())
                .update();
    }

    @Override
    protected Rekeningnummer map(ResultSet rs, int row) throws SQLException {
        return new Rekeningnummer(
                Rows.uuid(rs, "uuid"), Rows.uuid(rs, "partij_uuid"), rs.getString("iban"), rs.getString("bic"));
    }

    /** A partij that preferred the account no longer has a voorkeur. */
    @Override
    public List<Dependents> dependents() {
        return List.of(Dependents.unlinked(
                PartijResource.COLLECTION, "select uuid from partij where voorkeurs_rekeningnummer_uuid = any(?)"));
    }
}
