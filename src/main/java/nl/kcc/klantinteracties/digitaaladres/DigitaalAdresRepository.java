package nl.kcc.klantinteracties.digitaaladres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.klantcontact.Betrokkene;
import nl.kcc.klantinteracties.partij.PartijIdentificatorFilters;
import nl.kcc.klantinteracties.partij.SoortPartij;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Digitale adressen in PostgreSQL. */
@Repository
class DigitaalAdresRepository extends Store<DigitaalAdres> {

    private static final String BETROKKENE =
            "exists (select 1 from betrokkene b where b.uuid = d.betrokkene_uuid" + " and %s)";
    private static final String PARTIJ = "exists (select 1 from partij p where p.uuid = d.partij_uuid and %s)";
    private static final String PARTIJ_IDENTIFICATOR =
            "exists (select 1 from partij_identificator i" + " where i.partij_uuid = d.partij_uuid and %s)";

    static final List<Filter<?>> FILTERS = filters();

    private static List<Filter<?>> filters() {
        var filters = new ArrayList<Filter<?>>(List.of(
                // Exact and "contains" are what KISS searches contactverzoeken with: the column is compared as
                // stored, so the btree and trigram indexes on it serve both.
                Filters.exact("adres", "d.adres"),
                Filters.icontains("adres__icontains", "d.adres"),
                Filter.bool("isGeverifieerd", (w, v) -> w.and("d.verificatie_datum is " + (v ? "not null" : "null"))),
                Filter.bool("isStandaardAdres", (w, v) -> w.and("d.is_standaard_adres = ?", v)),
                Filters.icontains("omschrijving", "d.omschrijving"),
                Filters.exact("referentie", "d.referentie"),
                Filter.enumeration(
                        "soortDigitaalAdres",
                        SoortDigitaalAdres.class,
                        (w, v) -> w.and("d.soort_digitaal_adres = ?", Wire.of(v))),
                Filter.date("verificatieDatum", (w, v) -> w.and("d.verificatie_datum = ?", v)),
                Filter.date("verificatieDatum__gt", (w, v) -> w.and("d.verificatie_datum > ?", v)),
                Filter.date("verificatieDatum__gte", (w, v) -> w.and("d.verificatie_datum >= ?", v)),
                Filter.date("verificatieDatum__lt", (w, v) -> w.and("d.verificatie_datum < ?", v)),
                Filter.date("verificatieDatum__lte", (w, v) -> w.and("d.verificatie_datum <= ?", v)),
                Filter.enumeration(
                        "verstrektDoorBetrokkene__rol",
                        Betrokkene.Rol.class,
                        (w, v) -> w.and(BETROKKENE.formatted("b.rol = ?"), Wire.of(v))
                                .andForCaller(c -> Vertrouwelijkheid.betrokkene("d.betrokkene_uuid", c))),
                Filter.url(
                        "verstrektDoorBetrokkene__url",
                        (w, v) -> w.and("d.betrokkene_uuid = ?", v)
                                .andForCaller(c -> Vertrouwelijkheid.betrokkene("d.betrokkene_uuid", c))),
                Filter.uuid(
                        "verstrektDoorBetrokkene__uuid",
                        (w, v) -> w.and("d.betrokkene_uuid = ?", v)
                                .andForCaller(c -> Vertrouwelijkheid.betrokkene("d.betrokkene_uuid", c))),
                Filter.enumeration(
                        "verstrektDoorPartij__soortPartij",
                        SoortPartij.class,
                        (w, v) -> w.and(PARTIJ.formatted("p.soort_partij = ?"), Wire.of(v))),
                Filter.url("verstrektDoorPartij__url", (w, v) -> w.and("d.partij_uuid = ?", v)),
                Filter.uuid("verstrektDoorPartij__uuid", (w, v) -> w.and("d.partij_uuid = ?", v))));
        filters.addAll(
                PartijIdentificatorFilters.of("verstrektDoorPartij__partijIdentificator__", PARTIJ_IDENTIFICATOR, "i"));
        return List.copyOf(filters);
    }

    DigitaalAdresRepository(JdbcClient jdbc) {
        super(jdbc, "digitaal_adres", "d", "d.*", "d.creation_order desc");
    }

    /** Whether another address of the partij has this referentie for this kind. */
    boolean referentieTaken(UUID partij, String referentie, @Nullable SoortDigitaalAdres soort, UUID except) {
        return !jdbc.sql("""
                        select 1 from digitaal_adres
                        where partij_uuid = ? and referentie = ? and soort_digitaal_adres = ? and uuid <> ?""")
                .params(partij, referentie, Wire.of(soort), except)
                .query()
                .listOfRows()
                .isEmpty();
    }

    @Override
    public void insert(DigitaalAdres d) {
        store(d, """
                insert into digitaal_adres (partij_uuid, betrokkene_uuid, adres, soort_digitaal_adres,
                    is_standaard_adres, omschrijving, referentie, verificatie_datum, uuid)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    @Override
    public void update(DigitaalAdres d) {
        store(d, """
                update digitaal_adres set partij_uuid = ?, betrokkene_uuid = ?, adres = ?, soort_digitaal_adres = ?,
                    is_standaard_adres = ?, omschrijving = ?, referentie = ?, verificatie_datum = ?
                where uuid = ?""");
    }

    /**
     * Writes the address. The standard address of its partij and kind becomes this one: the others stop being it in
     * the same transaction. A partij that preferred this address and no longer has it, no longer prefers it.
     */
    private void store(DigitaalAdres d, String sql) {
        if (d.isStandaardAdres()) {
            jdbc.sql("""
                            update digitaal_adres set is_standaard_adres = false
                            where partij_uuid = ? and soort_digitaal_adres = ? and is_standaard_adres and uuid <> ?""")
                    .params(d.partij(), Wire.of(d.soortDigitaalAdres()), d.uuid())
                    .update();
        }
        jdbc.sql("""
                        update partij set voorkeurs_digitaal_adres_uuid = null
                        where voorkeurs_digitaal_adres_uuid = ? and uuid is distinct from ?""").params(d.uuid(), d.partij()).update();
        try {
            jdbc.sql(sql)
                    .params(
                            d.partij(),
                            d.betrokkene(),
                            d.adres(),
                            Wire.of(d.soortDigitaalAdres()),
                            d.isStandaardAdres(),
                            d.omschrijving(),
                            d.referentie(),
                            d.verificatieDatum(),
                            d.uuid())
                    .update();
        } catch (DuplicateKeyException e) {
            // The checks before the write saw no clash; a concurrent request made one since.
            boolean standaard = e.getMostSpecificCause() instanceof PSQLException psql
                    && psql.getServerErrorMessage() != null
                    && "digitaal_adres_standaard"
                            .equals(psql.getServerErrorMessage().getConstraint());
            throw standaard
                    ? ApiException.invalid(
                            DigitaalAdresFields.IS_STANDAARD_ADRES.name(),
                            "unique",
                            "Een ander adres is tegelijk het standaardadres geworden; probeer het opnieuw.")
                    : ApiException.invalid(
                            Violations.NON_FIELD_ERRORS, "unique", DigitaalAdresResource.REFERENTIE_BEZET);
        }
    }

    @Override
    protected DigitaalAdres map(ResultSet rs, int row) throws SQLException {
        return new DigitaalAdres(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "partij_uuid"),
                Rows.uuid(rs, "betrokkene_uuid"),
                rs.getString("adres"),
                Wire.parse(SoortDigitaalAdres.class, rs.getString("soort_digitaal_adres")),
                rs.getBoolean("is_standaard_adres"),
                rs.getString("omschrijving"),
                rs.getString("referentie"),
                rs.getObject("verificatie_datum", LocalDate.class));
    }

    /** A partij that preferred the address no longer has a voorkeur. */
    @Override
    public List<Dependents> dependents() {
        return List.of(Dependents.unlinked(
                "partijen", "select uuid from partij where voorkeurs_digitaal_adres_uuid = any(?)"));
    }
}
