package nl.kcc.klantinteracties.api.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Uuids;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.expand.Expandable;
import nl.kcc.klantinteracties.api.expand.Expansion;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.ListQuery;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Change.Action;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * One resource of the API and the six operations the standard gives every resource. A family implements the parts
 * that are its own (its SQL, its rules, how its objects look); the conventions of the standard live here once.
 *
 * <p>Reads run in one repeatable-read transaction, so a page, its count and its related objects agree. Writes lock the
 * object, honour {@code If-Match}, read the request whole, check every reference, apply the family's rules, and
 * report every problem at once before anything is stored; each write publishes a {@link Change} in its transaction.
 *
 * @param <T> the stored object
 * @param <R> the object as the API shows it
 */
public abstract class ApiResource<T extends Identified, R extends Representation> implements Expandable {

    protected final ResourceSupport support;
    private final ResourceDescription description;
    private final Store<T> store;

    protected ApiResource(ResourceSupport support, ResourceDescription description, Store<T> store) {
        this.support = support;
        this.description = description;
        this.store = store;
    }

    public ResourceDescription description() {
        return description;
    }

    @Override
    public String collection() {
        return description().collection();
    }

    // The family's storage: its store, read with what the caller may see.

    private Page<T> findPage(SqlWhere where, PageRequest page, ApiContext context) {
        String visible = visible(store.alias(), context);
        return store.page(visible.equals("true") ? where : where.and(visible), page, context);
    }

    /** The objects with these uuids that exist and that the caller may see, in any order. */
    protected List<T> findAll(Collection<UUID> uuids, ApiContext context) {
        return store.findAll(uuids, visible(store.alias(), context), context);
    }

    /** The object, locked until the end of the transaction, if the caller may see it. */
    protected Optional<T> findForUpdate(UUID uuid, ApiContext context) {
        return store.findForUpdate(uuid, visible(store.alias(), context), context);
    }

    // The family's representation.

    /**
     * Shows a batch of objects, with their references, in a fixed number of queries.
     *
     * @param expanding whether the objects get an {@code _expand} member
     */
    protected abstract List<R> show(List<T> items, boolean expanding, ApiContext context);

    /**
     * The condition on a row of this resource (aliased {@code alias}) that leaves out what the caller may not see:
     * without the {@code vertrouwelijk} scope, confidential klantcontacten and what hangs under them, and secret
     * partijen and their data, do not exist for it. Lists, details, expansions, references and writes all apply it.
     */
    public String visible(String alias, ApiContext context) {
        return "true";
    }

    /** Whether the object exists but is hidden from this caller. */
    public boolean hidden(UUID uuid, ApiContext context) {
        return support.jdbc()
                .sql("select not (" + visible("x", context) + ") from "
                        + description().table() + " x where x.uuid = ?")
                .param(uuid)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Whether the object is hidden from callers without the vertrouwelijk scope. */
    protected boolean confidential(UUID uuid) {
        return hidden(uuid, ApiContext.WITHOUT_VERTROUWELIJK);
    }

    /** The relations {@code expand} can include, by name; also read by the OpenAPI document. */
    public Map<String, Expansion<R>> expansions() {
        return Map.of();
    }

    // The family's rules.

    /** A new object with its defaults, before the request is applied to it. */
    protected abstract T initial(UUID uuid, ApiContext context);

    /**
     * The object after applying the request; reports what breaks the resource's rules. Fields absent from the input
     * keep their current value.
     */
    protected abstract T apply(Input input, T current, WriteMode mode, Violations violations, ApiContext context);

    /** Work that goes with a write, in its transaction, after the object is stored (e.g. nested objects). */
    protected void afterWrite(Input input, @Nullable T before, T after, ApiContext context) {}

    /** Refuses a delete that would break the register's consistency; runs before anything is removed. */
    protected void beforeDelete(T item, ApiContext context) {}

    // The operations.

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<R> list(ListQuery query, ApiContext context) {
        Page<T> page = findPage(query.where().forCaller(context), query.page(), context);
        return page.map(items -> showExpanded(items, query.expand(), context));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public R get(UUID uuid, ExpandTree expand, ApiContext context) {
        List<T> found = findAll(List.of(uuid), context);
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return showExpanded(found, expand, context).getFirst();
    }

    @Override
    public Map<UUID, R> showAll(Collection<UUID> uuids, ExpandTree expand, ApiContext context) {
        return showExpanded(findAll(uuids, context), expand, context).stream()
                .collect(Collectors.toMap(Representation::uuid, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional
    public R create(JsonNode body, ApiContext context) {
        var read = read(body, initial(Uuids.next(), context), WriteMode.CREATE, context);
        store.insert(read.item());
        afterWrite(read.input(), null, read.item(), context);
        return pruned(publish(Action.CREATE, null, read.item(), context), context);
    }

    @Transactional
    public R update(UUID uuid, JsonNode body, WriteMode mode, ApiContext context) {
        T current = findForUpdate(uuid, context).orElseThrow(ApiException::notFound);
        R before = showOne(current, context);
        // The entity tag is of what this caller is shown, so it says nothing of what is hidden from it.
        ETags.checkPrecondition(context.ifMatch(), pruned(before, context));
        // A change that ends confidentiality still shows the confidential state as its "before".
        boolean confidentialBefore = confidential(uuid);
        var read = read(body, current, mode, context);
        store.update(read.item());
        afterWrite(read.input(), current, read.item(), context);
        return pruned(
                publish(
                        mode == WriteMode.PATCH ? Action.PARTIAL_UPDATE : Action.UPDATE,
                        before,
                        confidentialBefore,
                        read.item(),
                        context),
                context);
    }

    @Transactional
    public void delete(UUID uuid, ApiContext context) {
        T current = findForUpdate(uuid, context).orElseThrow(ApiException::notFound);
        R before = showOne(current, context);
        ETags.checkPrecondition(context.ifMatch(), pruned(before, context));
        beforeDelete(current, context);
        boolean vertrouwelijk = confidential(uuid);
        List<Unlinked> unlinked = recordDependents(List.of(uuid), context);
        store.delete(uuid);
        support.events().publishEvent(new Change(this, uuid, Action.DESTROY, before, null, vertrouwelijk));
        unlinked.forEach(u -> u.resource().recordUnlinked(u, context));
    }

    /**
     * Objects a delete unlinks, as they were before it, to be recorded as changed once it is done.
     *
     * <p>The methods that record for another resource are public and not final: resources are Spring proxies (for
     * their transactions), and only such methods reach the real object behind the proxy.
     */
    public record Unlinked(ApiResource<?, ?> resource, Map<UUID, Representation> before, Set<UUID> confidential) {}

    /**
     * Records the removal of the dependents of these objects (and of theirs), and collects the objects they unlink.
     * One batch of queries per kind of dependent, whatever their number.
     */
    private List<Unlinked> recordDependents(Collection<UUID> uuids, ApiContext context) {
        var unlinked = new ArrayList<Unlinked>();
        for (Dependents dependents : store.dependents()) {
            var query = support.jdbc().sql(dependents.query());
            // A query may look in two columns (either side of a relation), each with the same uuids.
            for (int i = 0; i < dependents.query().chars().filter(c -> c == '?').count(); i++) {
                query = query.param(Sql.uuids(uuids));
            }
            List<UUID> found = query.query(UUID.class).list();
            if (found.isEmpty()) {
                continue;
            }
            ApiResource<?, ?> resource = support.resource(dependents.collection());
            if (dependents.removed()) {
                unlinked.addAll(resource.recordRemoval(found, context));
            } else {
                unlinked.add(resource.beforeUnlinking(found, context));
            }
        }
        return unlinked;
    }

    public List<Unlinked> recordRemoval(List<UUID> uuids, ApiContext context) {
        List<T> items = findAll(uuids, internal(context));
        List<R> shown = show(items, false, context);
        Set<UUID> confidential = confidentialAmong(uuids);
        List<Unlinked> unlinked = recordDependents(uuids, context);
        for (R before : shown) {
            support.events()
                    .publishEvent(new Change(
                            this, before.uuid(), Action.DESTROY, before, null, confidential.contains(before.uuid())));
        }
        return unlinked;
    }

    public Unlinked beforeUnlinking(List<UUID> uuids, ApiContext context) {
        var before = new LinkedHashMap<UUID, Representation>();
        show(findAll(uuids, internal(context)), false, context).forEach(r -> before.put(r.uuid(), r));
        return new Unlinked(this, before, confidentialAmong(uuids));
    }

    public void recordUnlinked(Unlinked unlinked, ApiContext context) {
        List<UUID> uuids = List.copyOf(unlinked.before().keySet());
        Set<UUID> confidential = confidentialAmong(uuids);
        for (R after : show(findAll(uuids, internal(context)), false, context)) {
            boolean vertrouwelijk = confidential.contains(after.uuid())
                    || unlinked.confidential().contains(after.uuid());
            support.events()
                    .publishEvent(new Change(
                            this,
                            after.uuid(),
                            Action.PARTIAL_UPDATE,
                            unlinked.before().get(after.uuid()),
                            after,
                            vertrouwelijk));
        }
    }

    /**
     * Objects of this resource as they are now, before another resource's write changes them in passing (a partij
     * that links digitale adressen, writes its identificatoren); {@link #recordSince} then records what changed.
     */
    public Snapshot snapshot(Collection<UUID> uuids, ApiContext context) {
        var shown = new LinkedHashMap<UUID, Representation>();
        if (!uuids.isEmpty()) {
            show(findAll(uuids, internal(context)), false, context).forEach(r -> shown.put(r.uuid(), r));
        }
        return new Snapshot(shown, uuids.isEmpty() ? Set.of() : confidentialAmong(uuids));
    }

    /** Objects as shown at some moment, with which of them were confidential then. */
    public record Snapshot(Map<UUID, Representation> shown, Set<UUID> confidential) {}

    /**
     * Records, for these objects and those in the snapshot, what changed since it: a creation, a deletion, or an
     * update when what the API shows of them differs.
     */
    public void recordSince(Snapshot before, Collection<UUID> uuids, Action update, ApiContext context) {
        Snapshot now = snapshot(uuids, context);
        var all = new LinkedHashSet<UUID>(before.shown().keySet());
        all.addAll(now.shown().keySet());
        for (UUID uuid : all) {
            Representation was = before.shown().get(uuid);
            Representation is = now.shown().get(uuid);
            Action action = was == null ? Action.CREATE : is == null ? Action.DESTROY : update;
            if (was != null && is != null && ETags.of(was).equals(ETags.of(is))) {
                continue;
            }
            boolean vertrouwelijk =
                    before.confidential().contains(uuid) || now.confidential().contains(uuid);
            support.events().publishEvent(new Change(this, uuid, action, was, is, vertrouwelijk));
        }
    }

    /** Which of these objects callers without the vertrouwelijk scope may not see. */
    private Set<UUID> confidentialAmong(Collection<UUID> uuids) {
        return new HashSet<>(support.jdbc()
                .sql("select x.uuid from " + description().table() + " x where x.uuid = any(?) and not ("
                        + visible("x", ApiContext.WITHOUT_VERTROUWELIJK) + ")")
                .param(Sql.uuids(uuids))
                .query(UUID.class)
                .list());
    }

    /** The request's context, seeing everything: what a delete takes along is recorded whoever may see it. */
    private static ApiContext internal(ApiContext context) {
        return ApiContext.internal(context.urls());
    }

    // Building blocks, also for families that write objects of this resource inside another request.

    /**
     * A new object of this resource from a part of a composite request ({@code /maak-klantcontact}), read and checked
     * by the caller with this resource's fields; the rules apply as on the resource's own endpoint, and what breaks
     * them is reported under {@code prefix}.
     */
    public T readPart(Input input, String prefix, Violations violations, ApiContext context) {
        var own = new Violations();
        T item = apply(input, initial(Uuids.next(), context), WriteMode.CREATE, own, context);
        violations.addAll(own, prefix);
        return item;
    }

    /** Stores an object read with {@link #readPart}, once every part of the request is known to be valid. */
    public void storePart(T item, Input input, ApiContext context) {
        store.insert(item);
        afterWrite(input, null, item, context);
    }

    /** Publishes the creation of a stored part, once the request stored all its parts, and shows it. */
    public R publishPart(T item, ApiContext context) {
        return pruned(publish(Action.CREATE, null, item, context), context);
    }

    protected record Read<T>(T item, Input input) {}

    /** Reads, checks and applies a request body; throws with every problem found. */
    protected Read<T> read(JsonNode body, T current, WriteMode mode, ApiContext context) {
        var violations = new Violations();
        Input input = description().schema().read(body, mode, violations);
        support.references().check(description().schema(), input, "", violations, context);
        violations.throwIfAny();
        T item = apply(input, current, mode, violations, context);
        violations.throwIfAny();
        return new Read<>(item, input);
    }

    /** Shows the object as stored now and publishes the change. */
    protected final R publish(Action action, @Nullable R before, T item, ApiContext context) {
        return publish(action, before, false, item, context);
    }

    private R publish(Action action, @Nullable R before, boolean confidentialBefore, T item, ApiContext context) {
        R after = showOne(stored(item, context), context);
        boolean vertrouwelijk = confidentialBefore || confidential(item.uuid());
        support.events().publishEvent(new Change(this, item.uuid(), action, before, after, vertrouwelijk));
        return after;
    }

    /**
     * The object as it is stored after a write, for showing it in the answer and the audit trail. Most resources have
     * it at hand; one whose representation includes what the database derives (linked objects, names) reads it back.
     */
    protected T stored(T item, ApiContext context) {
        return item;
    }

    protected R showOne(T item, ApiContext context) {
        return show(List.of(item), false, context).getFirst();
    }

    /**
     * What a caller is shown of an object: without references to objects hidden from it (ADR 0017). The change a
     * write publishes keeps them, for the audit trail, which shows each reader its own view.
     */
    protected final R pruned(R shown, ApiContext context) {
        return support.hiddenReferences().prune(shown, context);
    }

    private List<R> showExpanded(List<T> items, ExpandTree expand, ApiContext context) {
        // Hidden references go before expanding, so that nothing is expanded through them either.
        List<R> shown = support.hiddenReferences().prune(show(items, !expand.isEmpty(), context), context);
        support.expander().expand(shown, expand, expansions(), context);
        return shown;
    }
}
