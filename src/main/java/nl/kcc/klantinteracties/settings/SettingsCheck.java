package nl.kcc.klantinteracties.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a setting under {@code klantinteracties.*} or {@code notificaties.*} that the register does not know, before
 * anything starts, naming it the way it was given (an environment variable, a property) and the setting that was
 * probably meant. Spring would ignore it: {@code KLANTINTERACTIES_DATABSE_PORT=5433} would leave the port at its
 * default without a word.
 *
 * <p>The known settings are those the configuration processor found in the register's {@code @ConfigurationProperties}
 * records ({@code META-INF/spring-configuration-metadata.json}). Kubernetes' service links ({@code NOTIFICATIES_PORT},
 * {@code NOTIFICATIES_SERVICE_HOST} for a Service named notificaties in the same namespace) are not settings and are
 * passed over.
 */
public final class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final List<String> NAMESPACES = List.of("klantinteracties.", "notificaties.");

    /** What {@code CommandLine} sets for its own context: the command's name, not a setting an operator gives. */
    private static final String COMMAND_MARKER = "klantinteracties.command";

    /** {@code NAME_SERVICE_HOST}, {@code NAME_SERVICE_PORT[_X]}, {@code NAME_PORT_8000_TCP[_ADDR|_PORT|_PROTO]}. */
    private static final Pattern SERVICE_LINK = Pattern.compile(
            "[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT_[0-9]+_(TCP|UDP|SCTP)(_[A-Z]+)?)");

    /** {@code NAME_PORT=tcp://10.96.0.12:8000}, told from a setting such as the database's port by its value. */
    private static final Pattern SERVICE_LINK_ADDRESS = Pattern.compile("(tcp|udp|sctp)://.*");

    private static final Pattern INDEX = Pattern.compile("\\[[0-9]+]|_[0-9]+_?$");

    private final Map<String, String> known;

    public SettingsCheck() {
        this(readMetadata());
    }

    SettingsCheck(List<String> knownNames) {
        Map<String, String> byUniformName = new LinkedHashMap<>();
        knownNames.forEach(name -> byUniformName.put(uniform(name), name));
        this.known = Collections.unmodifiableMap(byUniformName);
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    /** After Spring's own listeners, so that logging is set up when the start is refused. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    void check(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            boolean fromEnvironment = source instanceof SystemEnvironmentPropertySource;
            for (String name : enumerable.getPropertyNames()) {
                if (inNamespace(name, fromEnvironment)
                        && !knows(name)
                        && !(fromEnvironment && isServiceLink(name, enumerable.getProperty(name)))) {
                    throw unknown(name, fromEnvironment, source.getName());
                }
            }
        }
    }

    private static boolean inNamespace(String name, boolean fromEnvironment) {
        String lower = name.toLowerCase(Locale.ROOT);
        String asProperty = fromEnvironment ? lower.replace('_', '.') : lower;
        return NAMESPACES.stream().anyMatch(asProperty::startsWith);
    }

    private boolean knows(String name) {
        return name.equals(COMMAND_MARKER) || known.containsKey(uniform(name));
    }

    private static boolean isServiceLink(String name, @Nullable Object value) {
        return SERVICE_LINK.matcher(name).matches()
                || (name.endsWith("_PORT")
                        && value != null
                        && SERVICE_LINK_ADDRESS.matcher(value.toString()).matches());
    }

    private UnknownSettingException unknown(String name, boolean fromEnvironment, String sourceName) {
        String given =
                fromEnvironment ? "The environment variable " + name : "The setting " + name + " (" + sourceName + ")";
        String description = given + " is not a setting of the register.";
        String action = suggestion(uniform(name))
                .map(meant -> "Did you mean " + (fromEnvironment ? environmentName(meant) : meant)
                        + "? Correct or remove it; the README lists every setting under Configuration.")
                .orElse("Remove it; the README lists every setting under Configuration.");
        return new UnknownSettingException(description, action);
    }

    private Optional<String> suggestion(String uniformName) {
        return known.entrySet().stream()
                .map(entry -> Map.entry(entry.getValue(), distance(uniformName, entry.getKey())))
                .filter(candidate -> candidate.getValue() <= 3)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Spring's relaxed binding: case, dots, dashes and underscores do not tell names apart, nor do list indexes. */
    private static String uniform(String name) {
        return INDEX.matcher(name).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> readMetadata() {
        var json = JsonMapper.builder().build();
        List<String> names = new ArrayList<>();
        try {
            var resources =
                    SettingsCheck.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
            for (URL url : Collections.list(resources)) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asString();
                        if (NAMESPACES.stream().anyMatch(name::startsWith)) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the register's list of settings", e);
        }
        return names;
    }
}
