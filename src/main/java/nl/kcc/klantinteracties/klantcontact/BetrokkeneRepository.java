package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.partij.PartijIdentificatorFilters;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Betrokkenen in PostgreSQL; the contactnaam in four columns, the addresses as JSON. */
@Repository
class BetrokkeneRepository extends Store<Betrokkene> {

    private static final String KLANTCONTACT =
            "exists (select 1 from klantcontact k where k.uuid = b.klantcontact_uuid and %s)";

    private static final String PARTIJ = "exists (select 1 from partij p where p.uuid = b.partij_uuid and %s)";
    private static final String IDENTIFICATOR =
            "exists (select 1 from partij_identificator i where i.partij_uuid = b.partij_uuid and %s)";
    private static final String DIGITAAL_ADRES =
            "exists (select 1 from digitaal_adres d where d.betrokkene_uuid = b.uuid and %s)";

    static final List<Filter<?>> FILTERS = filters();

    private static List<Filter<?>> filters() {
        var filters = new ArrayList<Filter<?>>(List.of(
                Filters.exact("contactnaamAchternaam", "b.contactnaam_achternaam"),
                Filters.exact("contactnaamVoorletters", "b.contactnaam_voorletters"),
                Filters.exact("contactnaamVoornaam", "b.contactnaam_voornaam"),
                Filters.exact("contactnaamVoorvoegselAchternaam", "b.contactnaam_voorvoegsel_achternaam"),
                Filters.within("hadKlantcontact__nummer", KLANTCONTACT, "k.nummer")
                        .deprecated(),
                Filters.within("hadKlantcontact__referentienummer", KLANTCONTACT, "k.referentienummer"),
                Filter.url("hadKlantcontact__url", (w, v) -> w.and("b.klantcontact_uuid = ?", v)),
                Filter.uuid("hadKlantcontact__uuid", (w, v) -> w.and("b.klantcontact_uuid = ?", v)),
                Filters.exact("organisatienaam", "b.organisatienaam"),
                Filter.url(
                        "wasPartij__url",
                        (w, v) -> w.and("b.partij_uuid = ?", v)
                                .andForCaller(c -> Vertrouwelijkheid.vanPartij("b.partij_uuid", c))),
                Filter.uuid(
                        "wasPartij__uuid",
                        (w, v) -> w.and("b.partij_uuid = ?", v)
                                .andForCaller(c -> Vertrouwelijkheid.vanPartij("b.partij_uuid", c))),
                Filters.within(
                                "wasPartij__nummer",
                                c -> PARTIJ.formatted("%s and " + Vertrouwelijkheid.partij("p", c)),
                                "p.nummer")
                        .deprecated(),
                Filters.within("verstrektedigitaalAdres__adres", BetrokkeneRepository::digitaalAdres, "d.adres"),
                Filter.uuid(
                        "verstrektedigitaalAdres__uuid",
                        (w, v) -> w.andForCaller(c -> digitaalAdres(c).formatted("d.uuid = ?"), v)),
                Filter.url(
                        "verstrektedigitaalAdres__url",
                        (w, v) -> w.andForCaller(c -> digitaalAdres(c).formatted("d.uuid = ?"), v))));
        // Finding betrokkenen by a secret partij's BSN would tell who that BSN is, by name.
        filters.addAll(PartijIdentificatorFilters.of(
                "wasPartij__partijIdentificator__",
                caller -> IDENTIFICATOR.formatted("%s and " + Vertrouwelijkheid.vanPartij("b.partij_uuid", caller)),
                "i"));
        return List.copyOf(filters);
    }

    /** The betrokkene's digitale adressen that the caller may see, with one {@code %s} for the test on them. */
    private static String digitaalAdres(ApiContext caller) {
        return DIGITAAL_ADRES.formatted("%s and " + Vertrouwelijkheid.digitaalAdres("d", caller));
    }

    private static final String COLUMNS = """
            b.*,
            array(select d.uuid from digitaal_adres d where d.betrokkene_uuid = b.uuid order by d.creation_order)
                as digitale_adressen""";

    BetrokkeneRepository(JdbcClient jdbc) {
        super(jdbc, "betrokkene", "b", COLUMNS, "b.creation_order desc");
    }

    @Override
    public void insert(Betrokkene b) {
        Contactnaam naam = b.contactnaam();
        jdbc.sql("""
                        insert into betrokkene (uuid, klantcontact_uuid, partij_uuid, rol, initiator, organisatienaam,
                            contactnaam_voorletters, contactnaam_voornaam, contactnaam_voorvoegsel_achternaam,
                            contactnaam_achternaam, bezoekadres, correspondentieadres)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(
                        b.uuid(),
                        b.klantcontact(),
                        b.partij(),
                        Wire.of(b.rol()),
                        b.initiator(),
                        b.organisatienaam(),
                        naam == null ? null : naam.voorletters(),
                        naam == null ? null : naam.voornaam(),
                        naam == null ? null : naam.voorvoegselAchternaam(),
                        naam == null ? null : naam.achternaam(),
                        Rows.toJson(b.bezoekadres()),
                        Rows.toJson(b.correspondentieadres()))
                .update();
    }

    @Override
    public void update(Betrokkene b) {
        Contactnaam naam = b.contactnaam();
        jdbc.sql("""
                        update betrokkene set klantcontact_uuid = ?, partij_uuid = ?, rol = ?, initiator = ?,
                            organisatienaam = ?, contactnaam_voorletters = ?, contactnaam_voornaam = ?,
                            contactnaam_voorvoegsel_achternaam = ?, contactnaam_achternaam = ?,
                            bezoekadres = cast(? as jsonb), correspondentieadres = cast(? as jsonb)
                        where uuid = ?""")
                .params(
                        b.klantcontact(),
                        b.partij(),
                        Wire.of(b.rol()),
                        b.initiator(),
                        b.organisatienaam(),
                        naam == null ? null : naam.voorletters(),
                        naam == null ? null : naam.voornaam(),
                        naam == null ? null : naam.voorvoegselAchternaam(),
                        naam == null ? null : naam.achternaam(),
                        Rows.toJson(b.bezoekadres()),
                        Rows.toJson(b.correspondentieadres()),
                        b.uuid())
                .update();
    }

    @Override
    protected Betrokkene map(ResultSet rs, int row) throws SQLException {
        String voorletters = rs.getString("contactnaam_voorletters");
        String voornaam = rs.getString("contactnaam_voornaam");
        String voorvoegsel = rs.getString("contactnaam_voorvoegsel_achternaam");
        String achternaam = rs.getString("contactnaam_achternaam");
        boolean naamGegeven = voorletters != null || voornaam != null || voorvoegsel != null || achternaam != null;
        return new Betrokkene(
                Rows.uuid(rs, "uuid"),
                Rows.uuid(rs, "klantcontact_uuid"),
                Rows.uuid(rs, "partij_uuid"),
                Wire.parse(Betrokkene.Rol.class, rs.getString("rol")),
                rs.getBoolean("initiator"),
                rs.getString("organisatienaam"),
                naamGegeven ? new Contactnaam(voorletters, voornaam, voorvoegsel, achternaam) : null,
                Rows.json(rs, "bezoekadres", Adres.class),
                Rows.json(rs, "correspondentieadres", Adres.class),
                Rows.uuids(rs, "digitale_adressen"));
    }

    /** The digitale adressen a betrokkene gave stay, without it. */
    @Override
    public List<Dependents> dependents() {
        return List.of(Dependents.unlinked(
                "digitaleadressen", "select uuid from digitaal_adres where betrokkene_uuid = any(?)"));
    }
}
