package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.security.Owner;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Klantcontacten in PostgreSQL, with the uuids of the objects that point at each, in one query. */
@Repository
class KlantcontactRepository extends Store<Klantcontact> {

    private static final String COLUMNS = """
            k.*,
            array(select x.uuid from betrokkene x where x.klantcontact_uuid = k.uuid order by x.creation_order) as betrokkenen,
            array(select x.uuid from onderwerpobject x where x.klantcontact_uuid = k.uuid order by x.creation_order)
                as onderwerpobjecten,
            array(select x.uuid from bijlage x where x.klantcontact_uuid = k.uuid order by x.creation_order) as bijlagen,
            array(select x.uuid from internetaak x where x.klantcontact_uuid = k.uuid order by x.creation_order) as interne_taken,
            array(select x.actor_uuid from actorklantcontact x where x.klantcontact_uuid = k.uuid order by x.creation_order)
                as actoren""";

    KlantcontactRepository(JdbcClient jdbc) {
        super(jdbc, "klantcontact", "k", COLUMNS, "k.plaatsgevonden_op desc, k.creation_order desc");
    }

    /** Whether another klantcontact has this value in the column ({@code nummer} or {@code referentienummer}). */
    /** The klantcontacten other than {@code except} that hold this value. */
    List<UUID> holding(String column, String value, UUID except) {
        return jdbc.sql("select uuid from klantcontact where " + column + " = ? and uuid <> ?")
                .params(value, except)
                .query(UUID.class)
                .list();
    }

    /** Registered by the application that sends it (see {@code security.Owner}). */
    @Override
    public void insert(Klantcontact k) {
        try {
            insertRow(k, Owner.current());
        } catch (DuplicateKeyException e) {
            throw taken(e);
        }
    }

    private void insertRow(Klantcontact k, UUID registeredBy) {
        jdbc.sql("""
                        insert into klantcontact (uuid, nummer, referentienummer, kanaal, onderwerp, inhoud, reactie,
                            indicatie_contact_gelukt, hoofd_onderwerp_type, verdere_actie_ondernomen, taal, vertrouwelijk,
                            plaatsgevonden_op, metadata, registered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(
                        k.uuid(),
                        k.nummer(),
                        k.referentienummer(),
                        k.kanaal(),
                        k.onderwerp(),
                        k.inhoud(),
                        k.reactie(),
                        k.indicatieContactGelukt(),
                        k.hoofdOnderwerpType(),
                        k.verdereActieOndernomen(),
                        k.taal(),
                        k.vertrouwelijk(),
                        k.plaatsgevondenOp(),
                        Rows.toJson(k.metadata()),
                        registeredBy)
                .update();
    }

    @Override
    public void update(Klantcontact k) {
        try {
            updateRow(k);
        } catch (DuplicateKeyException e) {
            throw taken(e);
        }
    }

    /**
     * A concurrent request took the nummer or referentienummer between the check and the write; the constraint
     * refuses it, and the client hears what it hears when the check sees it.
     */
    private static ApiException taken(DuplicateKeyException e) {
        String field = e.getMostSpecificCause() instanceof PSQLException psql
                        && psql.getServerErrorMessage() != null
                        && "klantcontact_referentienummer_key"
                                .equals(psql.getServerErrorMessage().getConstraint())
                ? "referentienummer"
                : "nummer";
        return ApiException.invalid(field, "unique", KlantcontactResource.bezet(field));
    }

    private void updateRow(Klantcontact k) {
        jdbc.sql("""
                        update klantcontact set nummer = ?, referentienummer = ?, kanaal = ?, onderwerp = ?, inhoud = ?,
                            reactie = ?, indicatie_contact_gelukt = ?, hoofd_onderwerp_type = ?,
                            verdere_actie_ondernomen = ?, taal = ?, vertrouwelijk = ?, plaatsgevonden_op = ?,
                            metadata = cast(? as jsonb)
                        where uuid = ?""")
                .params(
                        k.nummer(),
                        k.referentienummer(),
                        k.kanaal(),
                        k.onderwerp(),
                        k.inhoud(),
                        k.reactie(),
                        k.indicatieContactGelukt(),
                        k.hoofdOnderwerpType(),
                        k.verdereActieOndernomen(),
                        k.taal(),
                        k.vertrouwelijk(),
                        k.plaatsgevondenOp(),
                        Rows.toJson(k.metadata()),
                        k.uuid())
                .update();
    }

    @Override
    protected Klantcontact map(ResultSet rs, int row) throws SQLException {
        return new Klantcontact(
                Rows.uuid(rs, "uuid"),
                rs.getString("nummer"),
                rs.getString("referentienummer"),
                rs.getString("kanaal"),
                rs.getString("onderwerp"),
                rs.getString("inhoud"),
                rs.getString("reactie"),
                Rows.bool(rs, "indicatie_contact_gelukt"),
                rs.getString("hoofd_onderwerp_type"),
                rs.getBoolean("verdere_actie_ondernomen"),
                rs.getString("taal"),
                rs.getBoolean("vertrouwelijk"),
                Rows.dateTime(rs, "plaatsgevonden_op"),
                Rows.stringMap(rs, "metadata"),
                Rows.uuids(rs, "betrokkenen"),
                Rows.uuids(rs, "onderwerpobjecten"),
                Rows.uuids(rs, "bijlagen"),
                Rows.uuids(rs, "interne_taken"),
                Rows.uuids(rs, "actoren"));
    }

    /** Everything that hangs under a klantcontact goes with it. */
    @Override
    public List<Dependents> dependents() {
        return List.of(
                Dependents.removed(
                        BetrokkeneResource.COLLECTION, "select uuid from betrokkene where klantcontact_uuid = any(?)"),
                Dependents.removed(
                        OnderwerpobjectResource.COLLECTION,
                        "select uuid from onderwerpobject where klantcontact_uuid = any(?)"
                                + " or was_klantcontact_uuid = any(?)"),
                Dependents.removed(
                        BijlageResource.COLLECTION, "select uuid from bijlage where klantcontact_uuid = any(?)"),
                Dependents.removed("internetaken", "select uuid from internetaak where klantcontact_uuid = any(?)"),
                Dependents.removed(
                        "actorklantcontacten", "select uuid from actorklantcontact where klantcontact_uuid = any(?)"));
    }
}
