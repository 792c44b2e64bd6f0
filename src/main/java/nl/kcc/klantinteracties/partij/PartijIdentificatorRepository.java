package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.api.resource.Store;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Partij-identificatoren in PostgreSQL, written in batches: a partij's nested list costs one statement. */
@Repository
class PartijIdentificatorRepository extends Store<PartijIdentificator> {

    static final List<Filter<?>> FILTERS = List.of(
            Filters.exact("anderePartijIdentificator", "i.andere_partij_identificator")
                    .deprecated(),
            Filter.enumeration(
                    "partijIdentificatorCodeObjecttype",
                    CodeObjecttype.class,
                    (w, v) -> w.and("i.code_objecttype = ?", Wire.of(v))),
            Filter.enumeration(
                    "partijIdentificatorCodeRegister",
                    CodeRegister.class,
                    (w, v) -> w.and("i.code_register = ?", Wire.of(v))),
            Filter.enumeration(
                    "partijIdentificatorCodeSoortObjectId",
                    CodeSoortObjectId.class,
                    (w, v) -> w.and("i.code_soort_object_id = ?", Wire.of(v))),
            Filters.exact("partijIdentificatorObjectId", "i.object_id"));

    static final String FROM = "partij_identificator i";

    PartijIdentificatorRepository(JdbcClient jdbc) {
        super(jdbc, "partij_identificator", "i", "i.*", "i.creation_order desc");
    }

    /** The identificatoren of these partijen, oldest first. */
    List<PartijIdentificator> findByPartijen(Collection<UUID> partijen) {
        if (partijen.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select i.* from " + FROM + " where i.partij_uuid = any(?) order by i.creation_order")
                .param(Sql.uuids(partijen))
                .query(this::map)
                .list();
    }

    /** The identificatoren that hang directly under any of these, whoever they belong to. */
    List<PartijIdentificator> findChildren(Collection<UUID> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select i.* from " + FROM + " where i.sub_identificator_van_uuid = any(?)")
                .param(Sql.uuids(parents))
                .query(this::map)
                .list();
    }

    /** These identificatoren and everything above them, as uuid and parent. */
    List<PartijIdentificator> findWithAncestors(Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        with recursive boven(uuid) as (
                            select i.uuid from partij_identificator i where i.uuid = any(?)
                            union
                            select p.sub_identificator_van_uuid from partij_identificator p join boven on p.uuid = boven.uuid
                            where p.sub_identificator_van_uuid is not null)
                        select i.* from partij_identificator i join boven on boven.uuid = i.uuid""").param(Sql.uuids(uuids)).query(this::map).list();
    }

    /** The identificatoren that could clash with these values or these partijen: same number, or same partij. */
    List<PartijIdentificator> findPossibleClashes(Collection<String> objectIds, Collection<UUID> partijen) {
        return jdbc.sql("select i.* from " + FROM + " where i.object_id = any(?) or i.partij_uuid = any(?)")
                .params(new SqlArrayValue("text", objectIds.toArray()), Sql.uuids(partijen))
                .query(this::map)
                .list();
    }

    @Override
    public void insert(PartijIdentificator item) {
        store(List.of(item));
    }

    @Override
    public void update(PartijIdentificator item) {
        store(List.of(item));
    }

    @Override
    public void delete(UUID uuid) {
        delete(List.of(uuid));
    }

    /** Inserts the new ones and updates the existing ones, in one statement. */
    void store(List<PartijIdentificator> items) {
        if (items.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into partij_identificator (uuid, partij_uuid, andere_partij_identificator,
                                code_objecttype, code_soort_object_id, object_id, code_register, sub_identificator_van_uuid)
                            select * from unnest(?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (uuid) do update set partij_uuid = excluded.partij_uuid,
                                andere_partij_identificator = excluded.andere_partij_identificator,
                                code_objecttype = excluded.code_objecttype,
                                code_soort_object_id = excluded.code_soort_object_id,
                                object_id = excluded.object_id, code_register = excluded.code_register,
                                sub_identificator_van_uuid = excluded.sub_identificator_van_uuid""")
                    .params(
                            Sql.uuids(items.stream()
                                    .map(PartijIdentificator::uuid)
                                    .toList()),
                            uuidArray(items.stream()
                                    .map(PartijIdentificator::partij)
                                    .toList()),
                            text(items.stream()
                                    .map(PartijIdentificator::anderePartijIdentificator)
                                    .toList()),
                            text(items.stream()
                                    .map(PartijIdentificator::codeObjecttype)
                                    .toList()),
                            text(items.stream()
                                    .map(PartijIdentificator::codeSoortObjectId)
                                    .toList()),
                            text(items.stream()
                                    .map(PartijIdentificator::objectId)
                                    .toList()),
                            text(items.stream()
                                    .map(PartijIdentificator::codeRegister)
                                    .toList()),
                            uuidArray(items.stream()
                                    .map(PartijIdentificator::subIdentificatorVan)
                                    .toList()))
                    .update();
        } catch (DuplicateKeyException e) {
            // The checks before the write saw no clash; a concurrent request made one since.
            throw ApiException.invalid(PartijIdentificatorChecks.ALL, "invalid", clash(e));
        }
    }

    void delete(Collection<UUID> uuids) {
        if (!uuids.isEmpty()) {
            jdbc.sql("delete from partij_identificator where uuid = any(?)")
                    .param(Sql.uuids(uuids))
                    .update();
        }
    }

    private static String clash(DuplicateKeyException e) {
        boolean perPartij = e.getMostSpecificCause() instanceof PSQLException psql
                && psql.getServerErrorMessage() != null
                && "partij_identificator_soort_eenmaal_per_partij"
                        .equals(psql.getServerErrorMessage().getConstraint());
        return perPartij ? PartijIdentificatorChecks.AL_SOORT : PartijIdentificatorChecks.AL_WAARDE;
    }

    // Arrays with nulls in them: Sql.uuids would do, but says what it is for.
    private static SqlArrayValue uuidArray(List<UUID> values) {
        return new SqlArrayValue("uuid", values.toArray());
    }

    private static SqlArrayValue text(List<String> values) {
        return new SqlArrayValue("text", values.toArray());
    }

    @Override
    protected PartijIdentificator map(ResultSet rs, int row) throws SQLException {
        return new PartijIdentificator(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "partij_uuid"),
                rs.getString("andere_partij_identificator"),
                rs.getString("code_objecttype"),
                rs.getString("code_soort_object_id"),
                rs.getString("object_id"),
                rs.getString("code_register"),
                Rows.uuid(rs, "sub_identificator_van_uuid"));
    }
}
