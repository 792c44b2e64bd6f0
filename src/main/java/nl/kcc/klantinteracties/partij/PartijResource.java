package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.PartijFields.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.Uuids;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.Change.Action;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.gegevensgroep.Adres;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code /partijen}: the persons, organisations and contactpersonen the municipality deals with, with their
 * identificatoren (written in the same request), the digitale adressen and rekeningnummers they gave, and which of
 * those they prefer. It is also the collection {@code partijen} that other objects' references expand into.
 */
@Service
public class PartijResource extends ApiResource<Partij, PartijResponse> {

    public static final String COLLECTION = "partijen";

    static final String NUMMER_BEZET = "Er bestaat al een partij met eenzelfde nummer.";

    private static final Map<String, Expansion<PartijResponse>> EXPANSIONS = Map.of(
            "betrokkenen",
            Expansion.toMany("betrokkenen", "betrokkenen", r -> uuids(r.betrokkenen())),
            "categorieRelaties",
            Expansion.toMany(
                    "categorieRelaties",
                    CategorieRelatieResource.COLLECTION,
                    r -> r.categorieRelaties().stream()
                            .map(PartijResponse.CategorieRelatieReference::uuid)
                            .toList()),
            "digitaleAdressen",
            Expansion.toMany("digitaleAdressen", "digitaleadressen", r -> uuids(r.digitaleAdressen())));

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Partij",
            "partij",
            "partijen",
            "partij",
            SCHEMA,
            PartijRepository.FILTERS,
            List.of("betrokkenen", "betrokkenen.hadKlantcontact", "categorieRelaties", "digitaleAdressen"),
            new ResourceDescription.Variants(SOORT_PARTIJ.name(), PARTIJ_IDENTIFICATIE.name(), IDENTIFICATIE));

    private final PartijRepository repository;
    private final PartijIdentificatorRepository identificatoren;
    private final PartijIdentificatorChecks checks;

    PartijResource(
            ResourceSupport support,
            PartijRepository repository,
            PartijIdentificatorRepository identificatoren,
            PartijIdentificatorChecks checks) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
        this.identificatoren = identificatoren;
        this.checks = checks;
    }

    /** A secret partij (indicatieGeheimhouding) exists only for a caller with the vertrouwelijk scope. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.partij(alias, context);
    }

    @Override
    protected void afterWrite(Input input, @Nullable Partij before, Partij after, ApiContext context) {
        // The addresses, accounts and identificatoren a partij's write changes are changed objects of their own, and
        // recorded as such: in part, through the partij.
        Action update = Action.PARTIAL_UPDATE;
        if (input.has(DIGITALE_ADRESSEN)) {
            var geraakt = new LinkedHashSet<>(after.digitaleAdressen());
            if (before != null) {
                geraakt.addAll(before.digitaleAdressen());
            }
            ApiResource<?, ?> adressen = support.resource("digitaleadressen");
            var snapshot = adressen.snapshot(geraakt, context);
            repository.linkDigitaleAdressen(after.uuid(), after.digitaleAdressen());
            adressen.recordSince(snapshot, geraakt, update, context);
        }
        if (input.has(REKENINGNUMMERS)) {
            var geraakt = new LinkedHashSet<>(after.rekeningnummers());
            if (before != null) {
                geraakt.addAll(before.rekeningnummers());
            }
            ApiResource<?, ?> rekeningnummers = support.resource(RekeningnummerResource.COLLECTION);
            var snapshot = rekeningnummers.snapshot(geraakt, context);
            repository.linkRekeningnummers(after.uuid(), after.rekeningnummers());
            rekeningnummers.recordSince(snapshot, geraakt, update, context);
        }
        if (input.get(PARTIJ_IDENTIFICATOREN) != null) {
            Set<UUID> blijven = PartijIdentificatorChecks.uuids(after.partijIdentificatoren());
            var geraakt = new LinkedHashSet<>(blijven);
            if (before != null) {
                before.partijIdentificatoren().forEach(i -> geraakt.add(i.uuid()));
            }
            ApiResource<?, ?> resource = support.resource(PartijIdentificatorResource.COLLECTION);
            var snapshot = resource.snapshot(geraakt, context);
            if (before != null) {
                identificatoren.delete(before.partijIdentificatoren().stream()
                        .map(PartijIdentificator::uuid)
                        .filter(uuid -> !blijven.contains(uuid))
                        .toList());
            }
            identificatoren.store(after.partijIdentificatoren());
            resource.recordSince(snapshot, geraakt, update, context);
        }
    }

    @Override
    protected void beforeDelete(Partij item, ApiContext context) {
        checks.checkDeletable(PartijIdentificatorChecks.uuids(item.partijIdentificatoren()), List.of());
    }

    @Override
    protected Partij initial(UUID uuid, ApiContext context) {
        return Partij.nieuw(uuid);
    }

    @Override
    protected Partij apply(Input input, Partij current, WriteMode mode, Violations violations, ApiContext context) {
        SoortPartij soort = input.getOr(SOORT_PARTIJ, current.soortPartij());
        // The details of another kind do not describe this one: a partij that changes kind keeps none of them.
        boolean zelfdeSoort = soort == current.soortPartij();
        Partij.Identificatie identificatie = zelfdeSoort ? current.partijIdentificatie() : null;
        UUID werkteVoorPartij = zelfdeSoort ? current.werkteVoorPartij() : null;
        if (input.has(PARTIJ_IDENTIFICATIE)) {
            JsonNode node = input.get(PARTIJ_IDENTIFICATIE);
            var gelezen = node == null ? null : identificatie(soort, node, identificatie, current, violations, context);
            identificatie = gelezen == null ? null : gelezen.identificatie();
            werkteVoorPartij = gelezen == null ? null : gelezen.werkteVoorPartij();
        }
        if (soort == SoortPartij.CONTACTPERSOON && (identificatie == null || identificatie.uuid() == null)) {
            // The standard gives a contactpersoon a uuid of its own, whether or not its details were given.
            identificatie = new Partij.Identificatie(
                    Uuids.next(), identificatie == null ? null : identificatie.contactnaam(), null);
        }
        if (mode != WriteMode.CREATE
                && current.soortPartij() == SoortPartij.ORGANISATIE
                && soort != SoortPartij.ORGANISATIE
                && repository.hasContactpersonen(current.uuid())) {
            violations.add(
                    SOORT_PARTIJ.name(),
                    "invalid",
                    "Er werken contactpersonen voor deze organisatie; een contactpersoon werkt voor een organisatie.");
        }

        String nummer = emptyAsNull(input.getOr(NUMMER, current.nummer()));
        if (nummer != null && repository.nummerTaken(nummer, current.uuid())) {
            violations.add(NUMMER.name(), "unique", NUMMER_BEZET);
        }

        List<UUID> digitaleAdressen = linked(input, DIGITALE_ADRESSEN, current.digitaleAdressen());
        UUID voorkeursDigitaalAdres = voorkeur(
                input,
                VOORKEURS_DIGITAAL_ADRES,
                current.voorkeursDigitaalAdres(),
                digitaleAdressen,
                "Het voorkeursDigitaalAdres moet een van de digitaleAdressen van de partij zijn.",
                violations);
        if (input.has(DIGITALE_ADRESSEN)) {
            checkReferenties(input.getOr(DIGITALE_ADRESSEN, List.of()), violations);
        }
        List<UUID> rekeningnummers = linked(input, REKENINGNUMMERS, current.rekeningnummers());
        UUID voorkeursRekeningnummer = voorkeur(
                input,
                VOORKEURS_REKENINGNUMMER,
                current.voorkeursRekeningnummer(),
                rekeningnummers,
                "Het voorkeursRekeningnummer moet een van de rekeningnummers van de partij zijn.",
                violations);

        var partij = new Partij(
                current.uuid(),
                nummer,
                input.getOr(INTERNE_NOTITIE, current.interneNotitie()),
                soort,
                input.getOr(INDICATIE_GEHEIMHOUDING, current.indicatieGeheimhouding()),
                input.getOr(VOORKEURSTAAL, current.voorkeurstaal()),
                input.getOr(INDICATIE_ACTIEF, current.indicatieActief()),
                input.has(BEZOEKADRES) ? Adres.from(input.get(BEZOEKADRES)) : current.bezoekadres(),
                input.has(CORRESPONDENTIEADRES)
                        ? Adres.from(input.get(CORRESPONDENTIEADRES))
                        : current.correspondentieadres(),
                identificatie,
                werkteVoorPartij,
                voorkeursDigitaalAdres,
                voorkeursRekeningnummer,
                digitaleAdressen,
                rekeningnummers,
                current.partijIdentificatoren(),
                current.betrokkenen(),
                current.vertegenwoordigden(),
                current.categorieRelaties());
        List<Input> identificatorInputs = input.get(PARTIJ_IDENTIFICATOREN);
        if (identificatorInputs != null) {
            partij = partij.metIdentificatoren(identificatoren(
                    identificatorInputs, partij, mode == WriteMode.CREATE ? null : current, violations, context));
        }
        return partij;
    }

    private record Gelezen(
            Partij.Identificatie identificatie, @Nullable UUID werkteVoorPartij) {}

    /**
     * The details of the kind as sent; a group is sent whole, so what it leaves out is empty. A contactpersoon works
     * for an organisatie, and not for itself.
     */
    private Gelezen identificatie(
            SoortPartij soort,
            JsonNode node,
            Partij.@Nullable Identificatie stored,
            Partij current,
            Violations violations,
            ApiContext context) {
        // soortPartij is required, so a request that gets here has one.
        ObjectSchema schema = Objects.requireNonNull(PartijFields.identificatie(soort));
        String path = PARTIJ_IDENTIFICATIE.name();
        Input part = schema.read(node, WriteMode.CREATE, path, violations);
        support.references().check(schema, part, path, violations, context);
        Contactnaam contactnaam = Contactnaam.from(part.get(CONTACTNAAM));
        return switch (soort) {
            case PERSOON -> new Gelezen(new Partij.Identificatie(null, contactnaam, null), null);
            case ORGANISATIE -> new Gelezen(new Partij.Identificatie(null, null, part.getOr(NAAM, "")), null);
            case CONTACTPERSOON -> {
                UUID organisatie = part.get(WERKTE_VOOR_PARTIJ);
                String organisatiePath = path + "." + WERKTE_VOOR_PARTIJ.name() + ".uuid";
                if (organisatie != null && organisatie.equals(current.uuid())) {
                    violations.add(organisatiePath, "invalid", "Een contactpersoon werkt niet voor zichzelf.");
                } else if (organisatie != null
                        && !violations.hasAt(organisatiePath)
                        && repository.soortOf(organisatie) != SoortPartij.ORGANISATIE) {
                    violations.add(
                            organisatiePath,
                            "invalid",
                            "Een contactpersoon werkt voor een partij met soortPartij organisatie.");
                }
                UUID uuid = part.getOr(CONTACTPERSOON_UUID, stored == null ? null : stored.uuid());
                yield new Gelezen(new Partij.Identificatie(uuid, contactnaam, null), organisatie);
            }
        };
    }

    /** The objects a list of references links to the partij: as sent (null for none), or as they were. */
    private static List<UUID> linked(Input input, Fields.RefListField field, List<UUID> current) {
        if (!input.has(field)) {
            return current;
        }
        List<UUID> sent = Objects.requireNonNullElse(input.get(field), List.of());
        return List.copyOf(new LinkedHashSet<>(sent));
    }

    /**
     * The preferred one of the linked objects. One that is sent must be among them; one that was preferred before
     * and is no longer linked is no longer preferred.
     */
    private static @Nullable UUID voorkeur(
            Input input,
            Fields.RefField field,
            @Nullable UUID current,
            List<UUID> linked,
            String reason,
            Violations violations) {
        UUID voorkeur = input.getOr(field, current);
        if (voorkeur == null || linked.contains(voorkeur)) {
            return voorkeur;
        }
        if (input.has(field)) {
            violations.add(field.name(), "invalid", reason);
        }
        return null;
    }

    /** Two addresses of one partij cannot share a referentie for the same soort (the standard's uniqueness). */
    private void checkReferenties(List<UUID> sent, Violations violations) {
        if (sent == null || sent.size() < 2) {
            return;
        }
        Map<UUID, String> referenties = repository.referenties(sent);
        var seen = new HashMap<String, UUID>();
        for (int i = 0; i < sent.size(); i++) {
            String referentie = referenties.get(sent.get(i));
            UUID earlier = referentie == null ? null : seen.putIfAbsent(referentie, sent.get(i));
            if (earlier != null && !earlier.equals(sent.get(i))) {
                violations.add(
                        DIGITALE_ADRESSEN.name() + "." + i + ".uuid",
                        "unique",
                        "Een ander digitaal adres in de lijst heeft dezelfde referentie en soortDigitaalAdres.");
            }
        }
    }

    /**
     * The partij's identificatoren as the request's list has them: an item with a uuid updates that identificator
     * (and attaches it to this partij), one without is new. Identificatoren of the partij the list leaves out are
     * deleted, unless others hang under them (409).
     *
     * @param current the partij before the request, or null when it is being created
     */
    private List<PartijIdentificator> identificatoren(
            List<Input> items, Partij partij, @Nullable Partij current, Violations violations, ApiContext context) {
        String field = PARTIJ_IDENTIFICATOREN.name();
        var named = items.stream()
                .map(i -> i.get(PartijIdentificatorFields.UUID))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, PartijIdentificator> existing =
                identificatoren.findAll(named, Vertrouwelijkheid.vanPartij("i.partij_uuid", context), context).stream()
                        .collect(Collectors.toMap(PartijIdentificator::uuid, Function.identity()));
        var seen = new HashSet<UUID>();
        var candidates = new ArrayList<PartijIdentificatorChecks.Candidate>();
        for (int i = 0; i < items.size(); i++) {
            Input item = items.get(i);
            String prefix = field + "." + i;
            UUID gegeven = item.get(PartijIdentificatorFields.IDENTIFICEERDE_PARTIJ);
            // Named for the whole list, without the item's index, as the standard's reference names both rules.
            String lijst = field + "." + PartijIdentificatorFields.IDENTIFICEERDE_PARTIJ.name();
            if (gegeven != null && !gegeven.equals(partij.uuid())) {
                violations.add(
                        lijst,
                        "invalid",
                        "Een partij-identificator in partijIdentificatoren identificeert deze partij;"
                                + " laat identificeerdePartij weg.");
            }
            UUID uuid = item.get(PartijIdentificatorFields.UUID);
            PartijIdentificator before = null;
            if (uuid != null) {
                if (!seen.add(uuid)) {
                    violations.add(lijst, "duplicated", "Deze partij-identificator staat al eerder in de lijst.");
                    continue;
                }
                before = existing.get(uuid);
                if (before == null) {
                    violations.add(prefix + ".uuid", "invalid", "Er bestaat geen PartijIdentificator met deze uuid.");
                    continue;
                }
            }
            var base = before != null ? before : PartijIdentificator.nieuw(Uuids.next(), partij.uuid());
            var identificator = PartijIdentificatorResource.apply(item, base).voorPartij(partij.uuid());
            candidates.add(new PartijIdentificatorChecks.Candidate(identificator, before, prefix));
        }
        var result = candidates.stream()
                .map(PartijIdentificatorChecks.Candidate::item)
                .toList();
        Set<UUID> blijven = PartijIdentificatorChecks.uuids(result);
        Set<UUID> leaving = current == null
                ? Set.of()
                : current.partijIdentificatoren().stream()
                        .map(PartijIdentificator::uuid)
                        .filter(uuid -> !blijven.contains(uuid))
                        .collect(Collectors.toSet());
        if (violations.isEmpty()) {
            checks.check(candidates, leaving, violations);
        }
        if (violations.isEmpty()) {
            checks.checkDeletable(leaving, candidates);
        }
        return result;
    }

    private static @Nullable String emptyAsNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The partij with what the request linked to it and what its identificatoren are now. */
    @Override
    protected Partij stored(Partij item, ApiContext context) {
        return repository.findAll(List.of(item.uuid()), "true", context).getFirst();
    }

    @Override
    protected List<PartijResponse> show(List<Partij> items, boolean expanding, ApiContext context) {
        Urls urls = context.urls();
        return items.stream()
                .map(p -> new PartijResponse(
                        p.uuid(),
                        urls.of(ApiPaths.KLANTINTERACTIES, COLLECTION, p.uuid()),
                        p.nummer(),
                        p.interneNotitie(),
                        refs(urls, "betrokkenen", p.betrokkenen()),
                        p.categorieRelaties().stream()
                                .map(c -> new PartijResponse.CategorieRelatieReference(
                                        c.uuid(),
                                        urls.of(
                                                ApiPaths.KLANTINTERACTIES,
                                                CategorieRelatieResource.COLLECTION,
                                                c.uuid()),
                                        c.categorieNaam(),
                                        c.beginDatum(),
                                        c.eindDatum()))
                                .toList(),
                        refs(urls, "digitaleadressen", p.digitaleAdressen()),
                        urls.klantinteracties("digitaleadressen", p.voorkeursDigitaalAdres()),
                        refs(urls, COLLECTION, p.vertegenwoordigden()),
                        refs(urls, RekeningnummerResource.COLLECTION, p.rekeningnummers()),
                        urls.klantinteracties(RekeningnummerResource.COLLECTION, p.voorkeursRekeningnummer()),
                        p.partijIdentificatoren().stream()
                                .map(i -> PartijIdentificatorResource.show(i, urls, false))
                                .toList(),
                        // A shown partij is a stored one, and the table requires its soort.
                        Wire.of(Objects.requireNonNull(p.soortPartij())),
                        p.indicatieGeheimhouding(),
                        p.voorkeurstaal(),
                        p.indicatieActief(),
                        Objects.requireNonNullElse(p.bezoekadres(), Adres.LEEG),
                        Objects.requireNonNullElse(p.correspondentieadres(), Adres.LEEG),
                        shown(p, urls),
                        expanding ? new LinkedHashMap<>() : null))
                .toList();
    }

    /**
     * The details of the partij's kind. A partij registered without them shows them empty rather than null: the
     * standard's schema has no null here, and clients read the name from it.
     */
    private static Object shown(Partij p, Urls urls) {
        Partij.Identificatie id =
                Objects.requireNonNullElse(p.partijIdentificatie(), new Partij.Identificatie(null, null, null));
        Contactnaam naam = id.contactnaam();
        return switch (Objects.requireNonNull(p.soortPartij())) {
            case PERSOON ->
                new PartijResponse.Persoon(
                        Objects.requireNonNullElse(naam, Contactnaam.LEEG), Contactnaam.volledigeNaam(naam));
            case ORGANISATIE -> new PartijResponse.Organisatie(Objects.requireNonNullElse(id.naam(), ""));
            case CONTACTPERSOON ->
                new PartijResponse.Contactpersoon(
                        id.uuid(),
                        urls.klantinteracties(COLLECTION, p.werkteVoorPartij()),
                        Objects.requireNonNullElse(naam, Contactnaam.LEEG),
                        Contactnaam.volledigeNaam(naam));
        };
    }

    @Override
    public Map<String, Expansion<PartijResponse>> expansions() {
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
