package nl.kcc.klantinteracties.klantcontact;

import static nl.kcc.klantinteracties.klantcontact.KlantcontactFields.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.Times;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.expand.Expandables;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.security.HiddenCollisions;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** {@code /klantcontacten}: registering, finding and correcting contacts. */
@Service
public class KlantcontactResource extends ApiResource<Klantcontact, KlantcontactResponse> {

    public static final String COLLECTION = "klantcontacten";

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
            KlantcontactRepository.FILTERS,
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

    @Override
    protected Klantcontact initial(UUID uuid, ApiContext context) {
        return Klantcontact.nieuw(uuid, support.now());
    }

    @Override
    protected Klantcontact apply(
            Input input, Klantcontact current, WriteMode mode, Violations violations, ApiContext context) {
        OffsetDateTime plaatsgevondenOp = input.get(PLAATSGEVONDEN_OP);
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
                plaatsgevondenOp != null ? Times.normalize(plaatsgevondenOp) : current.plaatsgevondenOp(),
                input.getOr(METADATA, current.metadata()),
                current.betrokkenen(),
                current.onderwerpobjecten(),
                current.bijlagen(),
                current.interneTaken(),
                current.actoren());
        if (input.get(PLAATSGEVONDEN_OP) != null) {
            klantcontact.checkPlaatsgevondenOp(support.now(), violations);
        }
        checkUnique("nummer", klantcontact.nummer(), current, violations);
        checkUnique("referentienummer", klantcontact.referentienummer(), current, violations);
        klantcontact.checkRegels(violations);
        return klantcontact;
    }

    private void checkUnique(String field, @Nullable String value, Klantcontact current, Violations violations) {
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
                        // A shown contact is a stored one, and the table requires these.
                        Objects.requireNonNull(k.kanaal()),
                        Objects.requireNonNull(k.onderwerp()),
                        k.inhoud(),
                        k.reactie(),
                        k.indicatieContactGelukt(),
                        k.hoofdOnderwerpType(),
                        k.verdereActieOndernomen(),
                        Objects.requireNonNull(k.taal()),
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
}
