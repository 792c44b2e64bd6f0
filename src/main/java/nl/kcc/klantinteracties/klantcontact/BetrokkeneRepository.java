package nl.kcc.klantinteracties.klantcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Betrokkenen in PostgreSQL; the contactnaam in four columns, the addresses as JSON. */
@Repository
class BetrokkeneRepository extends Store<Betrokkene> {

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
