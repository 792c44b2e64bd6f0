package nl.kcc.klantinteracties.api.expand;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.kcc.klantinteracties.api.json.Violations;

/**
 * The related objects a client asked to include, as a tree: {@code expand=hadBetrokkenen,hadBetrokkenen.wasPartij}
 * is {@code hadBetrokkenen -> wasPartij}. A dotted path includes its parents.
 */
public final class ExpandTree {

    public static final ExpandTree NONE = new ExpandTree(Map.of());

    private final Map<String, ExpandTree> children;

    private ExpandTree(Map<String, ExpandTree> children) {
        this.children = children;
    }

    /**
     * Reads the values of the {@code expand} parameter (comma-separated, possibly repeated).
     *
     * @param allowed the paths the endpoint offers
     */
    public static ExpandTree parse(Collection<String> values, Collection<String> allowed, Violations violations) {
        var root = new LinkedHashMap<String, Object>();
        for (String value : values) {
            for (String path : value.split(",", -1)) {
                String trimmed = path.strip();
                // expand= (KISS sends it) and a trailing comma ask for nothing, as in the standard's reference.
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!allowed.contains(trimmed)) {
                    violations.add(
                            "expand",
                            "invalid_choice",
                            "\"" + trimmed + "\" kan niet worden ingesloten; kies uit: " + String.join(", ", allowed)
                                    + ".");
                    continue;
                }
                add(root, trimmed.split("\\."));
            }
        }
        return of(root);
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> node, String[] segments) {
        Map<String, Object> current = node;
        for (String segment : segments) {
            current = (Map<String, Object>) current.computeIfAbsent(segment, s -> new LinkedHashMap<String, Object>());
        }
    }

    @SuppressWarnings("unchecked")
    private static ExpandTree of(Map<String, Object> node) {
        var children = new LinkedHashMap<String, ExpandTree>();
        node.forEach((name, child) -> children.put(name, of((Map<String, Object>) child)));
        return new ExpandTree(children);
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    public Set<String> names() {
        return children.keySet();
    }

    public boolean includes(String name) {
        return children.containsKey(name);
    }

    public ExpandTree child(String name) {
        return children.getOrDefault(name, NONE);
    }
}
