package nl.kcc.klantinteracties.klantcontact;

import static nl.kcc.klantinteracties.klantcontact.BetrokkeneFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.partij.PartijIdentificatorFilters;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/** {@code /betrokkenen}: who took part in a klantcontact, and how they want to be reached about it. */
@Service
public class BetrokkeneResource extends ApiResource<Betrokkene, BetrokkeneResponse> {

    public static final String COLLECTION = "betrokkenen";

    private static final String KLANTCONTACT =
            "exists (select 1 from klantcontact k where k.uuid = b.klantcontact_uuid and %s)";

    private static final String PARTIJ = "exists (select 1 from partij p where p.uuid = b.partij_uuid and %s)";
    private static final String IDENTIFICATOR =
            "exists (select 1 from partij_identificator i where i.partij_uuid = b.partij_uuid and %s)";
    private static final String DIGITAAL_ADRES =
            "exists (select 1 from digitaal_adres d where d.betrokkene_uuid = b.uuid and %s)";

    private static final List<Filter<?>> FILTERS = filters();

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
                Filters.within("verstrektedigitaalAdres__adres", BetrokkeneResource::digitaalAdres, "d.adres"),
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

    /**
     * /betrokkenen itself offers only digitaleAdressen; the others serve the lists that include betrokkenen
     * ({@code /klantcontacten?expand=hadBetrokkenen.wasPartij}, {@code /partijen?expand=betrokkenen.hadKlantcontact},
     * {@code /digitaleadressen?expand=verstrektDoorBetrokkene.hadKlantcontact}).
     */
    private static final Map<String, Expansion<BetrokkeneResponse>> EXPANSIONS = Map.of(
            "digitaleAdressen",
            Expansion.toMany(
                    "digitaleAdressen",
                    "digitaleadressen",
                    r -> r.digitaleAdressen().stream().map(Reference::uuid).toList()),
            "wasPartij",
            Expansion.toOne(
                    "wasPartij",
                    "partijen",
                    r -> r.wasPartij() == null ? null : r.wasPartij().uuid()),
            "hadKlantcontact",
            Expansion.toOne(
                    "hadKlantcontact",
                    KlantcontactResource.COLLECTION,
                    r -> r.hadKlantcontact().uuid()));

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Betrokkene",
            "betrokkene",
            "betrokkenen",
            "betrokkene",
            SCHEMA,
            FILTERS,
            List.of("digitaleAdressen"),
            null);

    BetrokkeneResource(ResourceSupport support, BetrokkeneRepository repository) {
        super(support, DESCRIPTION, repository);
    }

    /** A betrokkene of a confidential klantcontact is as hidden as the klantcontact. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.onderKlantcontact(alias + ".klantcontact_uuid", context);
    }

    @Override
    protected Betrokkene initial(UUID uuid, ApiContext context) {
        return Betrokkene.nieuw(uuid, null);
    }

    @Override
    protected Betrokkene apply(
            Input input, Betrokkene current, WriteMode mode, Violations violations, ApiContext context) {
        return apply(input, current);
    }

    /**
     * The betrokkene after applying its fields. A gegevensgroep that is sent replaces the stored one whole; sent as
     * null, it is cleared.
     */
    private static Betrokkene apply(Input input, Betrokkene current) {
        return new Betrokkene(
                current.uuid(),
                input.getOr(HAD_KLANTCONTACT, current.klantcontact()),
                input.getOr(WAS_PARTIJ, current.partij()),
                input.getOr(ROL, current.rol()),
                input.getOr(INITIATOR, current.initiator()),
                input.getOr(ORGANISATIENAAM, current.organisatienaam()),
                input.has(CONTACTNAAM) ? Contactnaam.from(input.get(CONTACTNAAM)) : current.contactnaam(),
                input.has(BEZOEKADRES) ? Adres.from(input.get(BEZOEKADRES)) : current.bezoekadres(),
                input.has(CORRESPONDENTIEADRES)
                        ? Adres.from(input.get(CORRESPONDENTIEADRES))
                        : current.correspondentieadres(),
                current.digitaleAdressen());
    }

    @Override
    public Map<String, Expansion<BetrokkeneResponse>> expansions() {
        return EXPANSIONS;
    }

    @Override
    protected List<BetrokkeneResponse> show(List<Betrokkene> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(b -> new BetrokkeneResponse(
                        b.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, b.uuid()),
                        urls.klantinteracties("partijen", b.partij()),
                        urls.klantinteracties(KlantcontactResource.COLLECTION, b.klantcontact()),
                        b.digitaleAdressen().stream()
                                .map(uuid -> urls.klantinteracties("digitaleadressen", uuid))
                                .toList(),
                        Objects.requireNonNullElse(b.bezoekadres(), Adres.LEEG),
                        Objects.requireNonNullElse(b.correspondentieadres(), Adres.LEEG),
                        Objects.requireNonNullElse(b.contactnaam(), Contactnaam.LEEG),
                        Contactnaam.volledigeNaam(b.contactnaam()),
                        Wire.of(b.rol()),
                        b.organisatienaam(),
                        b.initiator(),
                        expanding ? new LinkedHashMap<>() : null))
                .toList();
    }
}
