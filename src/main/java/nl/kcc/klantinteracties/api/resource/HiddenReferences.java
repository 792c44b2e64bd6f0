package nl.kcc.klantinteracties.api.resource;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.RequestCaller;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.json.Texts;
import org.jetbrains.annotations.Contract;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Leaves references to objects the caller may not see out of what it is shown: a single reference becomes null, a
 * reference in a list is left out, as if the hidden object did not exist (ADR 0017). One mechanism for every
 * representation (details, lists, expansions, write answers, the werkplek) and for the stored snapshots of the audit
 * trail, so that no family has to remember it field by field.
 *
 * <p>A reference is anything below the shown object that carries a {@code uuid} and the {@code url} of a
 * Klantinteracties object; the collection in its URL says whose {@code visible} condition decides. Which of a batch's
 * references are hidden is asked in one statement, and not at all for a caller with the vertrouwelijk scope.
 */
@Component
public class HiddenReferences {

    private final JdbcClient jdbc;
    private final ObjectProvider<ApiResource<?, ?>> resources;
    private volatile @Nullable Map<String, ApiResource<?, ?>> byCollection;
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
    private final RequestCaller requestCaller;

    HiddenReferences(JdbcClient jdbc, ObjectProvider<ApiResource<?, ?>> resources, RequestCaller requestCaller) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.requestCaller = requestCaller;
    }

    /** The shown objects, with every reference to an object hidden from the caller taken out. */
    public <R> List<R> prune(List<R> shown, ApiContext context) {
        if (context.vertrouwelijk() || shown.isEmpty()) {
            return shown;
        }
        var found = new Targets();
        shown.forEach(item -> collect(item, true, found));
        Set<UUID> hidden = hidden(found, context, false);
        if (hidden.isEmpty()) {
            return shown;
        }
        var pruned = new ArrayList<R>(shown.size());
        for (R item : shown) {
            @SuppressWarnings("unchecked")
            R kept = (R) rebuild(item, true, hidden);
            pruned.add(kept);
        }
        return pruned;
    }

    @Contract("null, _ -> null; !null, _ -> !null")
    public <R> @Nullable R prune(@Nullable R shown, ApiContext context) {
        return shown == null ? null : prune(List.of(shown), context).getFirst();
    }

    /**
     * The same for objects stored as JSON (the audit trail's snapshots), changed in place. Objects deleted while they
     * were confidential count as hidden too: a snapshot may still name them.
     */
    public void pruneJson(Collection<JsonNode> shown, ApiContext context) {
        if (context.vertrouwelijk() || shown.isEmpty()) {
            return;
        }
        var found = new Targets();
        shown.forEach(node -> collectJson(node, true, found));
        Set<UUID> hidden = hidden(found, context, true);
        if (!hidden.isEmpty()) {
            shown.forEach(node -> pruneJson(node, hidden));
        }
    }

    /** The uuids, per collection, of the references found. */
    private static final class Targets {
        final Map<String, Set<UUID>> byCollection = new LinkedHashMap<>();

        void add(UUID uuid, String url) {
            String collection = Urls.collectionOf(url);
            if (uuid != null && collection != null) {
                byCollection.computeIfAbsent(collection, c -> new HashSet<>()).add(uuid);
            }
        }
    }

    private Set<UUID> hidden(Targets targets, ApiContext caller, boolean includeDeleted) {
        // The request's context names the owner only when it had registered something confidential before the request
        // began (ADR 0013); what it registers in this request (/maak-klantcontact's parts) is its own too.
        UUID owner = requestCaller.owner();
        ApiContext context = caller.owner() == null && owner != null ? caller.ownedBy(owner) : caller;
        var sql = new ArrayList<String>();
        var params = new ArrayList<Object>();
        for (var entry : targets.byCollection.entrySet()) {
            ApiResource<?, ?> resource = resource(entry.getKey());
            String visible = resource == null ? "true" : resource.visible("x", context);
            if (resource == null || visible.equals("true")) {
                continue;
            }
            sql.add("select x.uuid from " + resource.description().table() + " x where x.uuid = any(?) and not ("
                    + visible + ")");
            params.add(Sql.uuids(entry.getValue()));
            if (includeDeleted) {
                sql.add("select object_uuid from audit_entry where resource = ? and object_uuid = any(?)"
                        + " and action = 'destroy' and vertrouwelijk");
                params.add(entry.getKey());
                params.add(Sql.uuids(entry.getValue()));
            }
        }
        if (sql.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(String.join(" union ", sql))
                .params(params)
                .query(UUID.class)
                .list());
    }

    private @Nullable ApiResource<?, ?> resource(String collection) {
        var map = byCollection;
        if (map == null) {
            map = new HashMap<>();
            for (ApiResource<?, ?> resource : resources.orderedStream().toList()) {
                if (resource.description().apiPath().equals(ApiPaths.KLANTINTERACTIES)) {
                    map.put(resource.collection(), resource);
                }
            }
            byCollection = map;
        }
        return map.get(collection);
    }

    // Records: the representations the resources show.

    /** A record's components and its canonical constructor, and which of them are a uuid and a url. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor, int uuid, int url) {

        boolean reference() {
            return uuid >= 0 && url >= 0;
        }
    }

    private Shape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            int uuid = -1;
            int url = -1;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals("uuid") && types[i] == UUID.class) {
                    uuid = i;
                }
                if (components[i].getName().equals("url") && types[i] == String.class) {
                    url = i;
                }
            }
            try {
                Constructor<?> constructor = t.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                for (RecordComponent component : components) {
                    component.getAccessor().setAccessible(true);
                }
                return new Shape(components, constructor, uuid, url);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Object value(Shape shape, Object record, int i) {
        try {
            return shape.components()[i].getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private void collect(Object value, boolean root, Targets found) {
        if (value instanceof List<?> list) {
            list.forEach(element -> collect(element, false, found));
        } else if (value instanceof Reference reference) {
            found.add(reference.uuid(), reference.url());
        } else if (value != null && value.getClass().isRecord()) {
            Shape shape = shape(value.getClass());
            if (!root && shape.reference()) {
                found.add((UUID) value(shape, value, shape.uuid()), (String) value(shape, value, shape.url()));
            }
            for (int i = 0; i < shape.components().length; i++) {
                collect(value(shape, value, i), false, found);
            }
        }
        // Maps are the _expand members: filled by the expanded resources, which prune their own objects.
    }

    /** The value without hidden references; the same instance when nothing in it changes. */
    private Object rebuild(Object value, boolean root, Set<UUID> hidden) {
        if (value instanceof List<?> list) {
            var kept = new ArrayList<Object>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object rebuilt = isHidden(element, hidden) ? null : rebuild(element, false, hidden);
                changed |= rebuilt != element;
                if (rebuilt != null) {
                    kept.add(rebuilt);
                }
            }
            return changed ? List.copyOf(kept) : list;
        }
        if (value == null || value instanceof Reference || !value.getClass().isRecord()) {
            return value;
        }
        Shape shape = shape(value.getClass());
        Object[] arguments = new Object[shape.components().length];
        boolean changed = false;
        for (int i = 0; i < arguments.length; i++) {
            Object component = value(shape, value, i);
            Object rebuilt = isHidden(component, hidden) ? null : rebuild(component, false, hidden);
            changed |= rebuilt != component;
            arguments[i] = rebuilt;
        }
        if (!changed) {
            return value;
        }
        try {
            return shape.constructor().newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isHidden(Object value, Set<UUID> hidden) {
        if (value instanceof Reference reference) {
            return hidden.contains(reference.uuid());
        }
        if (value != null && value.getClass().isRecord()) {
            Shape shape = shape(value.getClass());
            return shape.reference() && hidden.contains((UUID) value(shape, value, shape.uuid()));
        }
        return false;
    }

    // JSON: the audit trail's snapshots.

    private static void collectJson(JsonNode node, boolean root, Targets found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collectJson(element, false, found));
        } else if (node.isObject()) {
            if (!root) {
                UUID uuid = jsonReference(node);
                if (uuid != null) {
                    found.add(uuid, node.get("url").asString());
                }
            }
            for (String name : node.propertyNames()) {
                collectJson(node.get(name), false, found);
            }
        }
    }

    private static @Nullable UUID jsonReference(JsonNode node) {
        JsonNode uuid = node.get("uuid");
        JsonNode url = node.get("url");
        if (uuid == null || url == null || !uuid.isString() || !url.isString()) {
            return null;
        }
        return Texts.parseUuid(uuid.asString());
    }

    private static boolean isHiddenJson(JsonNode node, Set<UUID> hidden) {
        if (node == null || !node.isObject()) {
            return false;
        }
        UUID uuid = jsonReference(node);
        return uuid != null && hidden.contains(uuid);
    }

    private static void pruneJson(JsonNode node, Set<UUID> hidden) {
        if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (isHiddenJson(array.get(i), hidden)) {
                    array.remove(i);
                } else {
                    pruneJson(array.get(i), hidden);
                }
            }
        } else if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (isHiddenJson(child, hidden)) {
                    object.set(name, NullNode.getInstance());
                } else {
                    pruneJson(child, hidden);
                }
            }
        }
    }
}
