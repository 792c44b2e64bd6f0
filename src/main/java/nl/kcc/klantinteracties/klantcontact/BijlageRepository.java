package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bijlagen in PostgreSQL, the identificator in four columns. */
@Repository
class BijlageRepository extends Store<Bijlage> {

    static final List<Filter<?>> FILTERS = filters();

    private static List<Filter<?>> filters() {
        var filters = new ArrayList<Filter<?>>(Filters.identificator("bijlageidentificator", "b.identificator_", "%s"));
        filters.add(Filter.uuid("klantcontact__uuid", (w, v) -> w.and("b.klantcontact_uuid = ?", v)));
        return List.copyOf(filters);
    }

    private static final String COLUMNS = "b.*";

    BijlageRepository(JdbcClient jdbc) {
        super(jdbc, "bijlage", "b", COLUMNS, "b.creation_order desc");
    }

    @Override
    public void insert(Bijlage b) {
        Identificator id = b.identificator();
        jdbc.sql("""
                        insert into bijlage (uuid, klantcontact_uuid, identificator_object_id,
                            identificator_code_objecttype, identificator_code_register,
                            identificator_code_soort_object_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        b.uuid(),
                        b.klantcontact(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId())
                .update();
    }

    @Override
    public void update(Bijlage b) {
        Identificator id = b.identificator();
        jdbc.sql("""
                        update bijlage set klantcontact_uuid = ?, identificator_object_id = ?,
                            identificator_code_objecttype = ?, identificator_code_register = ?,
                            identificator_code_soort_object_id = ?
                        where uuid = ?""")
                .params(
                        b.klantcontact(),
                        id == null ? null : id.objectId(),
                        id == null ? null : id.codeObjecttype(),
                        id == null ? null : id.codeRegister(),
                        id == null ? null : id.codeSoortObjectId(),
                        b.uuid())
                .update();
    }

    @Override
    protected Bijlage map(ResultSet rs, int row) throws SQLException {
        return new Bijlage(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "klantcontact_uuid"),
                IdentificatorColumns.read(rs, "identificator_"));
    }
}
