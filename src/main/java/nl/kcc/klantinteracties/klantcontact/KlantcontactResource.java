package nl.kcc.klantinteracties.klantcontact;

import static nl.kcc.klantinteracties.klantcontact.KlantcontactFields.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Clock;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.expand.Expandables;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.query.Filter;
import nl.kcc.klantinteracties.api.query.Filters;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.partij.PartijIdentificatorFilters;
import nl.kcc.klantinteracties.security.HiddenCollisions;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/** {@code /klantcontacten}: registering, finding and correcting contacts. */
@Service
public class KlantcontactResource extends ApiResource<Klantcontact, KlantcontactResponse> {

    public static final String COLLECTION = "klantcontacten";

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

    private static final List<Filter<?>> FILTERS = filters();

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

    private static final Map<String, Expansion<KlantcontactResponse>> EXPANSIONS = Map.of(
            "hadBetrokkenen",
            Expansion.toMany("hadBetrokkenen", "betrokkenen", r -> uuids(r.hadBetrokkenen())),
            "leiddeTotInterneTaken",
            Expansion.toMany("leiddeTotInterneTaken", "internetaken", r -> uuids(r.leiddeTotInterneTaken())),
            "gingOverOnderwerpobjecten",
            Expansion.toMany(
                    "gingOverOnderwerpobjecten", "onderwerpobjecten", r -> uuids(r.gingOverOnderwerpobjecten())),
            "omvatteBijlagen",
            Expansion.toMany("omvatteBijlagen", "bijlagen", r -> uuids(r.omvatteBijlagen())));

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Klantcontact",
            "klantcontact",
            "klanten contacten",
            "klantcontact",
            SCHEMA,
            FILTERS,
            List.of(
                    "gingOverOnderwerpobjecten",
                    "hadBetrokkenen",
                    "hadBetrokkenen.digitaleAdressen",
                    "hadBetrokkenen.wasPartij",
                    "leiddeTotInterneTaken",
                    "omvatteBijlagen"),
            null);

    private final KlantcontactRepository repository;
    private final Expandables expandables;
    private final HiddenCollisions collisions;

    KlantcontactResource(
            ResourceSupport support,
            KlantcontactRepository repository,
            Expandables expandables,
            HiddenCollisions collisions) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
        this.expandables = expandables;
        this.collisions = collisions;
    }

    /** A confidential klantcontact does not exist for a caller without the vertrouwelijk scope. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.klantcontact(alias, context);
    }

    /**
     * How far a client's clock may run ahead of the register's before a plaatsgevondenOp counts as the future: a
     * klantcontact is registered after it happened (C3155, B7030), never planned ahead.
     */
    private static final Duration KLOKVERSCHIL = Duration.ofMinutes(5);

    @Override
    protected Klantcontact initial(UUID uuid, ApiContext context) {
        return Klantcontact.nieuw(uuid, Clock.now());
    }

    @Override
    protected Klantcontact apply(
            Input input, Klantcontact current, WriteMode mode, Violations violations, ApiContext context) {
        var klantcontact = new Klantcontact(
                current.uuid(),
                input.getOr(NUMMER, current.nummer()),
                input.getOr(REFERENTIENUMMER, current.referentienummer()),
                input.getOr(KANAAL, current.kanaal()),
                input.getOr(ONDERWERP, current.onderwerp()),
                input.getOr(INHOUD, current.inhoud()),
                input.getOr(REACTIE, current.reactie()),
                input.getOr(INDICATIE_CONTACT_GELUKT, current.indicatieContactGelukt()),
                input.getOr(HOOFD_ONDERWERP_TYPE, current.hoofdOnderwerpType()),
                input.getOr(VERDERE_ACTIE_ONDERNOMEN, current.verdereActieOndernomen()),
                input.getOr(TAAL, current.taal()),
                input.getOr(VERTROUWELIJK, current.vertrouwelijk()),
                input.has(PLAATSGEVONDEN_OP) && input.get(PLAATSGEVONDEN_OP) != null
                        ? Clock.normalize(input.get(PLAATSGEVONDEN_OP))
                        : current.plaatsgevondenOp(),
                input.getOr(METADATA, current.metadata()),
                current.betrokkenen(),
                current.onderwerpobjecten(),
                current.bijlagen(),
                current.interneTaken(),
                current.actoren());
        if (input.get(PLAATSGEVONDEN_OP) != null
                && klantcontact.plaatsgevondenOp().isAfter(Clock.now().plus(KLOKVERSCHIL))) {
            violations.add(
                    PLAATSGEVONDEN_OP.name(),
                    "invalid",
                    "Een klantcontact wordt geregistreerd nadat het plaatsvond; plaatsgevondenOp ligt in de toekomst.");
        }
        checkUnique("nummer", klantcontact.nummer(), current, violations);
        checkUnique("referentienummer", klantcontact.referentienummer(), current, violations);
        klantcontact.checkRegels(violations);
        return klantcontact;
    }

    private void checkUnique(String field, String value, Klantcontact current, Violations violations) {
        if (value == null || value.isEmpty()) {
            return;
        }
        List<UUID> holding = repository.holding(field, value, current.uuid());
        if (!holding.isEmpty()) {
            // The same answer whoever holds the value, also a klantcontact the caller may not see (ADR 0017).
            violations.add(field, "unique", bezet(field));
            collisions.klantcontacten(field, holding);
        }
    }

    static String bezet(String field) {
        return "Er bestaat al een klantcontact met eenzelfde " + field + ".";
    }

    /** Read back, so that a klantcontact stored with its parts (/maak-klantcontact) lists them. */
    @Override
    protected Klantcontact stored(Klantcontact item, ApiContext context) {
        return repository.findAll(List.of(item.uuid()), "true", context).getFirst();
    }

    @Override
    protected List<KlantcontactResponse> show(List<Klantcontact> items, boolean expanding, ApiContext context) {
        var actorUuids = new ArrayList<UUID>();
        items.forEach(k -> actorUuids.addAll(k.actoren()));
        Map<UUID, ?> actoren = actorUuids.isEmpty()
                ? Map.of()
                : expandables.get("actoren").showAll(actorUuids, ExpandTree.NONE, context);
        Urls urls = context.urls();
        return items.stream()
                .map(k -> new KlantcontactResponse(
                        k.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, k.uuid()),
                        refs(urls, "onderwerpobjecten", k.onderwerpobjecten()),
                        k.actoren().stream()
                                .map(actoren::get)
                                .filter(Objects::nonNull)
                                .map(Object.class::cast)
                                .toList(),
                        refs(urls, "bijlagen", k.bijlagen()),
                        refs(urls, "betrokkenen", k.betrokkenen()),
                        refs(urls, "internetaken", k.interneTaken()),
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
                        k.metadata(),
                        expanding ? new LinkedHashMap<>() : null))
                .toList();
    }

    @Override
    public Map<String, Expansion<KlantcontactResponse>> expansions() {
        return EXPANSIONS;
    }

    private static List<Reference> refs(Urls urls, String collection, List<UUID> uuids) {
        return uuids.stream()
                .map(uuid -> urls.klantinteracties(collection, uuid))
                .toList();
    }

    private static List<UUID> uuids(List<Reference> references) {
        return references.stream().map(Reference::uuid).toList();
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
                KlantcontactResource::wasOnderwerpobject));
        return List.copyOf(filters);
    }
}
