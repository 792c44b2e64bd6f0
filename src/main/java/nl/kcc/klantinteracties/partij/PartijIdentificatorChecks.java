package nl.kcc.klantinteracties.partij;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.security.HiddenCollisions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules of partij-identificatoren that depend on the others: what a vestigingsnummer hangs under, that no chain of
 * them runs in a circle, that a value identifies one partij and that a partij has each kind once, and that an
 * identificator others hang under stays. Written for a batch, so that a partij's nested list is checked in a fixed
 * number of queries, and so that the request's own changes count: two items that clash with each other clash, and
 * an identificator the request moves away no longer blocks.
 */
@Component
class PartijIdentificatorChecks {

    static final String AL_WAARDE =
            "Er bestaat al een partij-identificator met deze codeRegister, codeObjecttype, codeSoortObjectId en"
                    + " objectId: een nummer identificeert één partij.";
    static final String AL_SOORT = "Deze partij heeft al een partij-identificator met deze codeSoortObjectId.";

    /**
     * Where the standard's reference reports a clash, also for an item of a partij's {@code partijIdentificatoren}:
     * its database's name for a rule over several fields, with code {@code invalid}.
     */
    static final String ALL = "__all__";

    private final PartijIdentificatorRepository repository;
    private final HiddenCollisions collisions;

    PartijIdentificatorChecks(PartijIdentificatorRepository repository, HiddenCollisions collisions) {
        this.repository = repository;
        this.collisions = collisions;
    }

    /**
     * An identificator as a request leaves it.
     *
     * @param before as stored before the request, or null for a new one
     * @param prefix where it is in the request ({@code ""} or {@code partijIdentificatoren.0})
     */
    record Candidate(PartijIdentificator item, @Nullable PartijIdentificator before, String prefix) {}

    /**
     * Checks the identificatoren a request writes, given the ones it deletes.
     *
     * @param leaving the identificatoren the request deletes
     */
    void check(List<Candidate> candidates, Set<UUID> leaving, Violations violations) {
        candidates.forEach(c -> c.item().checkRegels(c.prefix(), violations));
        if (!violations.isEmpty()) {
            // The rules below compare values that are not yet known to be valid.
            return;
        }
        Map<UUID, PartijIdentificator> written = new HashMap<>();
        candidates.forEach(c -> written.put(c.item().uuid(), c.item()));
        checkParents(candidates, written, leaving, violations);
        checkKindChanges(candidates, written, leaving, violations);
        checkUnique(candidates, written.keySet(), leaving, violations);
    }

    /**
     * Refuses, with 409, a request that deletes an identificator others still hang under afterwards: a KvK-nummer
     * with the vestigingen of its organisation. Identificatoren deleted together with the ones under them are fine.
     */
    void checkDeletable(Set<UUID> leaving, List<Candidate> candidates) {
        if (leaving.isEmpty()) {
            return;
        }
        Map<UUID, PartijIdentificator> written = new HashMap<>();
        candidates.forEach(c -> written.put(c.item().uuid(), c.item()));
        Map<UUID, List<PartijIdentificator>> children = childrenAfter(leaving, written, leaving);
        var blocking = children.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        if (!blocking.isEmpty()) {
            String objectIds = repository.findAll(blocking, "true", ApiContext.WITHOUT_VERTROUWELIJK).stream()
                    .map(PartijIdentificator::objectId)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw ApiException.conflict("Partij-identificator " + objectIds
                    + " kan niet worden verwijderd: er hangen nog andere partij-identificatoren onder (zoals de"
                    + " vestigingsnummers van de organisatie). Verwijder of verhang die eerst.");
        }
    }

    /** A vestigingsnummer hangs under a KvK-nummer that stays, and no identificator ends up above itself. */
    private void checkParents(
            List<Candidate> candidates,
            Map<UUID, PartijIdentificator> written,
            Set<UUID> leaving,
            Violations violations) {
        var parents = candidates.stream()
                .map(c -> c.item().subIdentificatorVan())
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (parents.isEmpty()) {
            return;
        }
        // Everything above the parents, with the request's own changes laid over what is stored.
        Map<UUID, PartijIdentificator> known = new HashMap<>();
        repository.findWithAncestors(parents).forEach(p -> known.put(p.uuid(), p));
        known.putAll(written);
        for (Candidate c : candidates) {
            UUID sub = c.item().subIdentificatorVan();
            PartijIdentificator parent = sub == null ? null : known.get(sub);
            if (parent == null) {
                // A parent that does not exist is reported by the reference check.
                continue;
            }
            String path = Violations.path(c.prefix(), PartijIdentificatorFields.SUB_IDENTIFICATOR_VAN.name());
            if (leaving.contains(sub)) {
                violations.add(path, "invalid", "Deze partij-identificator wordt in hetzelfde verzoek verwijderd.");
            } else if (c.item().soort() == CodeSoortObjectId.VESTIGINGSNUMMER
                    && parent.soort() != CodeSoortObjectId.KVK_NUMMER) {
                violations.add(path, "invalid", "Een vestigingsnummer kan alleen onder een kvk_nummer hangen.");
            } else if (isAbove(c.item().uuid(), sub, known)) {
                violations.add(
                        path,
                        "invalid",
                        "Een partij-identificator kan niet onder een van zijn eigen onderdelen hangen.");
            }
        }
    }

    private static boolean isAbove(UUID self, @Nullable UUID start, Map<UUID, PartijIdentificator> known) {
        var seen = new HashSet<UUID>();
        for (UUID current = start; current != null && seen.add(current); ) {
            if (current.equals(self)) {
                return true;
            }
            PartijIdentificator node = known.get(current);
            current = node == null ? null : node.subIdentificatorVan();
        }
        return false;
    }

    /** What others hang under keeps its kind: a vestigingsnummer belongs under a KvK-nummer. */
    private void checkKindChanges(
            List<Candidate> candidates,
            Map<UUID, PartijIdentificator> written,
            Set<UUID> leaving,
            Violations violations) {
        var changed = candidates.stream()
                .filter(c -> c.before() != null
                        && !Objects.equals(
                                c.before().codeSoortObjectId(), c.item().codeSoortObjectId()))
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        var children =
                childrenAfter(changed.stream().map(c -> c.item().uuid()).collect(Collectors.toSet()), written, leaving);
        for (Candidate c : changed) {
            if (!children.getOrDefault(c.item().uuid(), List.of()).isEmpty()) {
                violations.add(
                        Violations.path(c.prefix(), "partijIdentificatorCodeSoortObjectId"),
                        "invalid",
                        "De codeSoortObjectId kan niet veranderen: er hangen andere partij-identificatoren onder"
                                + " deze.");
            }
        }
    }

    /** The identificatoren under each parent once the request is done. */
    private Map<UUID, List<PartijIdentificator>> childrenAfter(
            Set<UUID> parents, Map<UUID, PartijIdentificator> written, Set<UUID> leaving) {
        var children = new HashMap<UUID, List<PartijIdentificator>>();
        parents.forEach(p -> children.put(p, new ArrayList<>()));
        for (PartijIdentificator child : repository.findChildren(parents)) {
            if (!leaving.contains(child.uuid()) && !written.containsKey(child.uuid())) {
                // Found as a child of one of the parents, so it hangs under one.
                Objects.requireNonNull(children.get(child.subIdentificatorVan()))
                        .add(child);
            }
        }
        for (PartijIdentificator child : written.values()) {
            UUID parent = child.subIdentificatorVan();
            if (parent != null && parents.contains(parent)) {
                Objects.requireNonNull(children.get(parent)).add(child);
            }
        }
        return children;
    }

    /**
     * One value identifies one partij (per parent: the same vestigingsnummer may hang under two KvK-nummers), and a
     * partij has each kind of number once.
     */
    private void checkUnique(List<Candidate> candidates, Set<UUID> written, Set<UUID> leaving, Violations violations) {
        var objectIds = candidates.stream().map(c -> c.item().objectId()).collect(Collectors.toSet());
        var partijen = candidates.stream()
                .map(c -> c.item().partij())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // Stored identificatoren the request leaves as they are, then the request's own in order.
        var others = new ArrayList<PartijIdentificator>();
        for (PartijIdentificator stored : repository.findPossibleClashes(objectIds, partijen)) {
            if (!written.contains(stored.uuid()) && !leaving.contains(stored.uuid())) {
                others.add(stored);
            }
        }
        for (Candidate c : candidates) {
            PartijIdentificator item = c.item();
            if (item.partij() != null
                    && others.stream()
                            .anyMatch(o -> item.partij().equals(o.partij())
                                    && Objects.equals(o.codeSoortObjectId(), item.codeSoortObjectId()))) {
                violations.add(
                        ALL,
                        "invalid",
                        "Deze partij heeft al een partij-identificator met codeSoortObjectId "
                                + item.codeSoortObjectId() + ".");
            }
            var same = others.stream().filter(item::sameValueAs).toList();
            if (!same.isEmpty()) {
                // The same answer whoever holds the value, also a partij the caller may not see (ADR 0017).
                violations.add(ALL, "invalid", AL_WAARDE);
                collisions.partijen(
                        "partijIdentificator",
                        same.stream()
                                .map(PartijIdentificator::partij)
                                .filter(Objects::nonNull)
                                .toList());
            }
            others.add(item);
        }
    }

    static Set<UUID> uuids(Collection<PartijIdentificator> items) {
        return items.stream().map(PartijIdentificator::uuid).collect(Collectors.toSet());
    }
}
