package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import nl.kcc.klantinteracties.api.resource.Store;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.security.Owner;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partijen in PostgreSQL. A page of partijen costs two queries whatever its size: one for the partijen with the uuids
 * of everything that points at each (in sub-queries of the same select), one for all their identificatoren.
 */
@Repository
class PartijRepository extends Store<Partij> {

    private static final String IDENTIFICATOR =
            "exists (select 1 from partij_identificator i where i.partij_uuid = p.uuid and %s)";
    private static final String SUB_IDENTIFICATOR = "exists (select 1 from partij_identificator i"
            + " join partij_identificator s on s.uuid = i.sub_identificator_van_uuid"
            + " where i.partij_uuid = p.uuid and %s)";
    /** The partijen the given partij represents; only when the caller may see that partij. */
    private static String vertegenwoordigdDoor(ApiContext caller) {
        return "exists (select 1 from vertegenwoordiging v where v.vertegenwoordigde_partij_uuid = p.uuid"
                + " and v.vertegenwoordigende_partij_uuid = ? and "
                + Vertrouwelijkheid.vanPartij("v.vertegenwoordigende_partij_uuid", caller) + ")";
    }

    static final List<Filter<?>> FILTERS = filters();

    private static List<Filter<?>> filters() {
        var filters = new ArrayList<Filter<?>>();
        for (String adres : List.of("bezoekadres", "correspondentieadres")) {
            for (String deel : List.of("Adresregel1", "Adresregel2", "Adresregel3", "Land", "NummeraanduidingId")) {
                String key = Character.toLowerCase(deel.charAt(0)) + deel.substring(1);
                filters.add(Filter.text(adres + deel, (w, v) -> w.and("p." + adres + " ->> '" + key + "' = ?", v)));
            }
        }
        filters.add(Filter.text(
                        "categorierelatie__categorie__naam",
                        (w, v) -> w.and(
                                "exists (select 1 from categorie_relatie cr join categorie c on c.uuid = cr.categorie_uuid"
                                        + " where cr.partij_uuid = p.uuid and c.naam = any(?))",
                                new SqlArrayValue("text", (Object[]) v.split(",", -1))))
                .description("Een of meer namen van categorieën, gescheiden door komma's; een partij in een"
                        + " daarvan voldoet."));
        filters.add(Filter.bool("indicatieActief", (w, v) -> w.and("p.indicatie_actief = ?", v)));
        filters.add(Filter.bool("indicatieGeheimhouding", (w, v) -> w.and("p.indicatie_geheimhouding = ?", v)));
        filters.add(Filters.exact("nummer", "p.nummer").deprecated());
        filters.addAll(PartijIdentificatorFilters.of("partijIdentificator__", IDENTIFICATOR, "i"));
        filters.add(Filter.enumeration(
                "soortPartij", SoortPartij.class, (w, v) -> w.and("p.soort_partij = ?", Wire.of(v))));
        // The identificator the partij's is a sub of, and the partij that represents it, may be another partij's,
        // which the caller must be able to see.
        filters.addAll(PartijIdentificatorFilters.of(
                "subIdentificatorVan__",
                c -> SUB_IDENTIFICATOR.formatted("%s and " + Vertrouwelijkheid.vanPartij("s.partij_uuid", c)),
                "s"));
        filters.add(Filter.url(
                        "vertegenwoordigdePartij__url",
                        (w, v) -> w.andForCaller(PartijRepository::vertegenwoordigdDoor, v))
                .description("De partijen die vertegenwoordigd worden door de partij met deze URL."));
        filters.add(Filter.uuid(
                        "vertegenwoordigdePartij__uuid",
                        (w, v) -> w.andForCaller(PartijRepository::vertegenwoordigdDoor, v))
                .description("De partijen die vertegenwoordigd worden door de partij met deze uuid."));
        return List.copyOf(filters);
    }

    /** The partij's columns and its lists; the betrokkenen and vertegenwoordigden the caller may not see left out. */
    @Override
    protected String columns(ApiContext context) {
        return COLUMNS.formatted(
                Vertrouwelijkheid.onderKlantcontact("x.klantcontact_uuid", context),
                Vertrouwelijkheid.vanPartij("x.vertegenwoordigde_partij_uuid", context));
    }

    private static final String COLUMNS = """
            p.*,
            array(select x.uuid from betrokkene x where x.partij_uuid = p.uuid and %s order by x.creation_order) as betrokkenen,
            array(select x.uuid from digitaal_adres x where x.partij_uuid = p.uuid order by x.creation_order) as digitale_adressen,
            array(select x.uuid from rekeningnummer x where x.partij_uuid = p.uuid order by x.creation_order) as rekeningnummers,
            array(select x.vertegenwoordigde_partij_uuid from vertegenwoordiging x
                  where x.vertegenwoordigende_partij_uuid = p.uuid and %s order by x.creation_order) as vertegenwoordigden,
            (select coalesce(json_agg(json_build_object('uuid', x.uuid, 'categorieNaam', c.naam,
                                                        'beginDatum', x.begin_datum, 'eindDatum', x.eind_datum)
                                      order by x.creation_order), '[]')
             from categorie_relatie x left join categorie c on c.uuid = x.categorie_uuid
             where x.partij_uuid = p.uuid) as categorie_relaties""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Partij.CategorieRelatieVerwijzing>> CATEGORIE_RELATIES =
            new TypeReference<>() {};

    private final PartijIdentificatorRepository identificatoren;

    PartijRepository(JdbcClient jdbc, PartijIdentificatorRepository identificatoren) {
        super(jdbc, "partij", "p", COLUMNS, "p.creation_order desc");
        this.identificatoren = identificatoren;
    }

    /** Each partij with its identificatoren, read for the whole batch in one query. */
    @Override
    protected List<Partij> complete(List<Partij> partijen) {
        var byPartij = new HashMap<UUID, List<PartijIdentificator>>();
        identificatoren
                .findByPartijen(partijen.stream().map(Partij::uuid).toList())
                .forEach(i -> byPartij.computeIfAbsent(i.partij(), p -> new ArrayList<>())
                        .add(i));
        return partijen.stream()
                .map(p -> p.metIdentificatoren(List.copyOf(byPartij.getOrDefault(p.uuid(), List.of()))))
                .toList();
    }

    /** Whether another partij has this nummer. */
    boolean nummerTaken(String nummer, UUID except) {
        return !jdbc.sql("select 1 from partij where nummer = ? and uuid <> ?")
                .params(nummer, except)
                .query()
                .listOfRows()
                .isEmpty();
    }

    /** The kind of the partij, or null when there is none with this uuid. */
    @Nullable
    SoortPartij soortOf(UUID uuid) {
        return jdbc.sql("select soort_partij from partij where uuid = ?")
                .param(uuid)
                .query(String.class)
                .optional()
                .map(s -> Wire.parse(SoortPartij.class, s))
                .orElse(null);
    }

    /** Whether any contactpersoon works for this partij. */
    boolean hasContactpersonen(UUID uuid) {
        return !jdbc.sql("select 1 from partij where werkte_voor_partij_uuid = ? limit 1")
                .param(uuid)
                .query()
                .listOfRows()
                .isEmpty();
    }

    /** What the unique referentie of each of these digitale adressen is about: {@code referentie/soort}, or null. */
    Map<UUID, String> referenties(Collection<UUID> digitaleAdressen) {
        var referenties = new HashMap<UUID, String>();
        if (digitaleAdressen.isEmpty()) {
            return referenties;
        }
        jdbc.sql("select uuid, referentie, soort_digitaal_adres from digitaal_adres where uuid = any(?)")
                .param(Sql.uuids(digitaleAdressen))
                .query((RowCallbackHandler) rs -> {
                    String referentie = rs.getString("referentie");
                    referenties.put(
                            Rows.uuid(rs, "uuid"),
                            referentie.isEmpty() ? null : referentie + "/" + rs.getString("soort_digitaal_adres"));
                });
        return referenties;
    }

    /** Registered by the application that sends it (see {@code security.Owner}). */
    @Override
    public void insert(Partij p) {
        store("""
                insert into partij (nummer, interne_notitie, soort_partij, indicatie_geheimhouding, voorkeurstaal,
                    indicatie_actief, bezoekadres, correspondentieadres, partij_identificatie, werkte_voor_partij_uuid,
                    voorkeurs_digitaal_adres_uuid, voorkeurs_rekeningnummer_uuid, uuid, registered_by)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)""", p, Owner.current());
    }

    @Override
    public void update(Partij p) {
        store("""
                update partij set nummer = ?, interne_notitie = ?, soort_partij = ?, indicatie_geheimhouding = ?,
                    voorkeurstaal = ?, indicatie_actief = ?, bezoekadres = cast(? as jsonb),
                    correspondentieadres = cast(? as jsonb), partij_identificatie = cast(? as jsonb),
                    werkte_voor_partij_uuid = ?, voorkeurs_digitaal_adres_uuid = ?, voorkeurs_rekeningnummer_uuid = ?
                where uuid = ?""", p);
    }

    private void store(String sql, Partij p, @Nullable Object... more) {
        try {
            jdbc.sql(sql)
                    .params(
                            p.nummer(),
                            p.interneNotitie(),
                            Wire.of(p.soortPartij()),
                            p.indicatieGeheimhouding(),
                            p.voorkeurstaal(),
                            p.indicatieActief(),
                            Rows.toJson(p.bezoekadres()),
                            Rows.toJson(p.correspondentieadres()),
                            Rows.toJson(p.partijIdentificatie()),
                            p.werkteVoorPartij(),
                            p.voorkeursDigitaalAdres(),
                            p.voorkeursRekeningnummer(),
                            p.uuid())
                    .params(more)
                    .update();
        } catch (DuplicateKeyException e) {
            // Only nummer is unique; a concurrent request took it after the check.
            throw ApiException.invalid("nummer", "unique", PartijResource.NUMMER_BEZET);
        }
    }

    /**
     * Makes these the partij's digitale adressen. Addresses it no longer lists stay, without partij; addresses it
     * takes from another partij stop being that partij's preferred or standard address.
     */
    void linkDigitaleAdressen(UUID partij, List<UUID> adressen) {
        jdbc.sql("""
                        update digitaal_adres set partij_uuid = null, is_standaard_adres = false
                        where partij_uuid = ? and not (uuid = any(?))""").params(partij, Sql.uuids(adressen)).update();
        if (adressen.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update partij set voorkeurs_digitaal_adres_uuid = null
                        where voorkeurs_digitaal_adres_uuid = any(?) and uuid <> ?""").params(Sql.uuids(adressen), partij).update();
        jdbc.sql("""
                        update digitaal_adres
                        set is_standaard_adres = is_standaard_adres and partij_uuid is not distinct from ?,
                            partij_uuid = ?
                        where uuid = any(?)""").params(partij, partij, Sql.uuids(adressen)).update();
    }

    /** Makes these the partij's rekeningnummers, as {@link #linkDigitaleAdressen} does for addresses. */
    void linkRekeningnummers(UUID partij, List<UUID> rekeningnummers) {
        jdbc.sql("update rekeningnummer set partij_uuid = null where partij_uuid = ? and not (uuid = any(?))")
                .params(partij, Sql.uuids(rekeningnummers))
                .update();
        if (rekeningnummers.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update partij set voorkeurs_rekeningnummer_uuid = null
                        where voorkeurs_rekeningnummer_uuid = any(?) and uuid <> ?""").params(Sql.uuids(rekeningnummers), partij).update();
        jdbc.sql("update rekeningnummer set partij_uuid = ? where uuid = any(?)")
                .params(partij, Sql.uuids(rekeningnummers))
                .update();
    }

    /**
     * Deletes the partij and what is only its own: its identificatoren, rekeningnummers, vertegenwoordigingen,
     * categorie-relaties (foreign keys cascade) and the digitale adressen no betrokkene gave. What belongs to contact
     * history stays: its betrokkenen and the addresses they gave lose only the link (foreign keys set null).
     */
    @Override
    public void delete(UUID uuid) {
        jdbc.sql("delete from digitaal_adres where partij_uuid = ? and betrokkene_uuid is null")
                .param(uuid)
                .update();
        jdbc.sql("update digitaal_adres set is_standaard_adres = false where partij_uuid = ?")
                .param(uuid)
                .update();
        jdbc.sql("delete from partij where uuid = ?").param(uuid).update();
    }

    @Override
    protected Partij map(ResultSet rs, int row) throws SQLException {
        String categorieRelaties = rs.getString("categorie_relaties");
        return new Partij(
                Rows.uuid(rs, "uuid"),
                rs.getString("nummer"),
                rs.getString("interne_notitie"),
                Wire.parse(SoortPartij.class, rs.getString("soort_partij")),
                Rows.bool(rs, "indicatie_geheimhouding"),
                rs.getString("voorkeurstaal"),
                rs.getBoolean("indicatie_actief"),
                Rows.json(rs, "bezoekadres", Adres.class),
                Rows.json(rs, "correspondentieadres", Adres.class),
                Rows.json(rs, "partij_identificatie", Partij.Identificatie.class),
                Rows.uuid(rs, "werkte_voor_partij_uuid"),
                Rows.uuid(rs, "voorkeurs_digitaal_adres_uuid"),
                Rows.uuid(rs, "voorkeurs_rekeningnummer_uuid"),
                Rows.uuids(rs, "digitale_adressen"),
                Rows.uuids(rs, "rekeningnummers"),
                List.of(),
                Rows.uuids(rs, "betrokkenen"),
                Rows.uuids(rs, "vertegenwoordigden"),
                JSON.readValue(categorieRelaties, CATEGORIE_RELATIES));
    }

    /**
     * A partij's own data goes with it; the contact history (betrokkenen and what they gave) and the contactpersonen
     * who worked for it stay, without the link (ADR 7).
     */
    @Override
    public List<Dependents> dependents() {
        return List.of(
                Dependents.removed(
                        PartijIdentificatorResource.COLLECTION,
                        "select uuid from partij_identificator where partij_uuid = any(?)"),
                Dependents.removed(
                        RekeningnummerResource.COLLECTION,
                        "select uuid from rekeningnummer where partij_uuid = any(?)"),
                Dependents.removed(
                        VertegenwoordigingResource.COLLECTION,
                        "select uuid from vertegenwoordiging where vertegenwoordigende_partij_uuid = any(?)"
                                + " or vertegenwoordigde_partij_uuid = any(?)"),
                Dependents.removed(
                        CategorieRelatieResource.COLLECTION,
                        "select uuid from categorie_relatie where partij_uuid = any(?)"),
                Dependents.removed(
                        "digitaleadressen",
                        "select uuid from digitaal_adres where partij_uuid = any(?) and betrokkene_uuid is null"),
                Dependents.unlinked(
                        "digitaleadressen",
                        "select uuid from digitaal_adres where partij_uuid = any(?) and betrokkene_uuid is not null"),
                Dependents.unlinked("betrokkenen", "select uuid from betrokkene where partij_uuid = any(?)"),
                Dependents.unlinked(
                        PartijResource.COLLECTION, "select uuid from partij where werkte_voor_partij_uuid = any(?)"));
    }
}
