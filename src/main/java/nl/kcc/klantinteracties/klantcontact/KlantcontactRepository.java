package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.partij.PartijIdentificatorFilters;
import nl.kcc.klantinteracties.security.Owner;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Klantcontacten in PostgreSQL, with the uuids of the objects that point at each, in one query. */
@Repository
class KlantcontactRepository extends Store<Klantcontact> {

    private static final String BETROKKENE =
            "exists (select 1 from betrokkene b where b.klantcontact_uuid = k.uuid and %s)";
    private static final String BETROKKEN_PARTIJ_IDENTIFICATOR = "exists (select 1 from betrokkene b"
            + " join partij_identificator i on i.partij_uuid = b.partij_uuid where b.klantcontact_uuid = k.uuid and %s)";
    private static final String BETROKKENE_DIGITAAL_ADRES = "exists (select 1 from betrokkene b"
            + " join digitaal_adres d on d.betrokkene_uuid = b.uuid where b.klantcontact_uuid = k.uuid and %s)";
    private static final String ONDERWERPOBJECT =
            "exists (select 1 from onderwerpobject o where o.klantcontact_uuid = k.uuid and %s)";
    private static final String WAS_ONDERWERPOBJECT =
            "exists (select 1 from onderwerpobject o where o.was_klantcontact_uuid = k.uuid and %s)";

    static final List<Filter<?>> FILTERS = filters();

    /** The partij of betrokkene {@code b}, when the caller may see it; a hidden one is as if it were not there. */
    private static String visiblePartij(ApiContext caller) {
        return Vertrouwelijkheid.vanPartij("b.partij_uuid", caller);
    }

    /**
     * An onderwerpobject that points at the klantcontact, with one {@code %s} for the test on it; it belongs to
     * another klantcontact, which the caller must be able to see.
     */
    private static String wasOnderwerpobject(ApiContext caller) {
        return WAS_ONDERWERPOBJECT.formatted(
                "%s and " + Vertrouwelijkheid.onderKlantcontact("o.klantcontact_uuid", caller));
    }

    private static List<Filter<?>> filters() {
        var filters = new ArrayList<Filter<?>>(List.of(
                Filters.exact("nummer", "k.nummer").deprecated(),
                Filters.exact("referentienummer", "k.referentienummer"),
                Filters.exact("kanaal", "k.kanaal"),
                Filters.icontains("onderwerp", "k.onderwerp"),
                Filters.icontains("inhoud", "k.inhoud"),
                Filters.icontains("reactie", "k.reactie"),
                Filter.bool("indicatieContactGelukt", (w, v) -> w.and("k.indicatie_contact_gelukt = ?", v)),
                Filter.bool("vertrouwelijk", (w, v) -> w.and("k.vertrouwelijk = ?", v)),
                Filter.dateTime("plaatsgevondenOp", (w, v) -> w.and("k.plaatsgevonden_op = ?", v)),
                Filter.uuid("hadBetrokkene__uuid", (w, v) -> w.and(BETROKKENE.formatted("b.uuid = ?"), v)),
                Filter.url("hadBetrokkene__url", (w, v) -> w.and(BETROKKENE.formatted("b.uuid = ?"), v)),
                Filter.bool(
                        "hadBetrokkene__wasPartij",
                        (w, v) -> w.andForCaller(c -> (v ? "" : "not ")
                                + BETROKKENE.formatted("b.partij_uuid is not null and " + visiblePartij(c)))),
                Filter.uuid(
                        "hadBetrokkene__wasPartij__uuid",
                        (w, v) -> w.andForCaller(
                                c -> BETROKKENE.formatted("b.partij_uuid = ? and " + visiblePartij(c)), v)),
                Filter.url(
                        "hadBetrokkene__wasPartij__url",
                        (w, v) -> w.andForCaller(
                                c -> BETROKKENE.formatted("b.partij_uuid = ? and " + visiblePartij(c)), v)),
                Filter.bool(
                        "leiddeTotInterneTaken",
                        (w, v) -> w.and((v ? "" : "not ")
                                + "exists (select 1 from internetaak t where t.klantcontact_uuid = k.uuid)")),
                Filter.uuid("onderwerpobject__uuid", (w, v) -> w.and(ONDERWERPOBJECT.formatted("o.uuid = ?"), v)),
                Filter.url("onderwerpobject__url", (w, v) -> w.and(ONDERWERPOBJECT.formatted("o.uuid = ?"), v)),
                Filter.uuid(
                        "wasOnderwerpobject__uuid",
                        (w, v) -> w.andForCaller(c -> wasOnderwerpobject(c).formatted("o.uuid = ?"), v)),
                Filter.url(
                        "wasOnderwerpobject__url",
                        (w, v) -> w.andForCaller(c -> wasOnderwerpobject(c).formatted("o.uuid = ?"), v))));
        // Finding contacts by a secret partij's BSN would tell who that BSN is.
        filters.addAll(PartijIdentificatorFilters.of(
                "hadBetrokkene__wasPartij__partijIdentificator__",
                caller -> BETROKKEN_PARTIJ_IDENTIFICATOR.formatted("%s and " + visiblePartij(caller)),
                "i"));
        filters.add(Filter.text(
                "hadBetrokkene__digitaaladres__adres__icontains",
                (w, v) -> w.andForCaller(
                        c -> BETROKKENE_DIGITAAL_ADRES.formatted(
                                "d.adres ilike ? and " + Vertrouwelijkheid.digitaalAdres("d", c)),
                        Filters.contains(v))));
        filters.addAll(Filters.identificator(
                "onderwerpobject__onderwerpobjectidentificator", "o.identificator_", ONDERWERPOBJECT));
        filters.addAll(Filters.identificator(
                "wasOnderwerpobject__onderwerpobjectidentificator",
                "o.identificator_",
                KlantcontactRepository::wasOnderwerpobject));
        return List.copyOf(filters);
    }

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

    private void insertRow(Klantcontact k, @Nullable UUID registeredBy) {
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
                Objects.requireNonNull(Rows.dateTime(rs, "plaatsgevonden_op")),
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
