package nl.kcc.klantinteracties.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.query.ListQuery;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.security.Medewerker;
import org.jspecify.annotations.Nullable;

/** What every screen of the werkplek needs: the medewerker's view of the register, queries, and Dutch times. */
public final class Werkplek {

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Werkplek() {}

    /** The register as this medewerker may see it: confidential objects only with the role for it. */
    public static ApiContext context(HttpServletRequest request, Medewerker medewerker) {
        return new ApiContext(Urls.of(request), medewerker.vertrouwelijk(), null);
    }

    /** The same view, changing an object only if it is still the version with this entity tag. */
    public static ApiContext ifMatch(ApiContext context, String etag) {
        return etag == null || etag.isBlank() ? context : context.withIfMatch(List.of(etag));
    }

    /**
     * A list query read by the resource's own rules, as if a client had sent these parameters.
     *
     * @param parameters names and values, alternating
     */
    public static ListQuery query(ApiResource<?, ?> resource, String... parameters) {
        var map = new LinkedHashMap<String, String[]>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], new String[] {parameters[i + 1]});
        }
        return query(resource, map);
    }

    public static ListQuery query(ApiResource<?, ?> resource, Map<String, String[]> parameters) {
        var description = resource.description();
        return QueryParameters.forList(parameters, description.filters(), description.expandable());
    }

    /** The related objects to include, read by the resource's own rules. */
    public static ExpandTree expand(ApiResource<?, ?> resource, String... paths) {
        var violations = new Violations();
        var tree = ExpandTree.parse(
                List.of(String.join(",", paths)), resource.description().expandable(), violations);
        violations.throwIfAny();
        return tree;
    }

    public static String moment(@Nullable OffsetDateTime moment) {
        return moment == null ? "" : MOMENT.format(moment.atZoneSameInstant(MUNICIPALITY));
    }

    /** From when to when, and how long: "4 dec 2026, 10:02 tot 10:09 (7 minuten)". */
    public static String periode(OffsetDateTime begin, OffsetDateTime einde) {
        var van = begin.atZoneSameInstant(MUNICIPALITY);
        var tot = einde.atZoneSameInstant(MUNICIPALITY);
        return moment(begin) + " tot "
                + (van.toLocalDate().equals(tot.toLocalDate()) ? TIME.format(tot) : MOMENT.format(tot))
                + " ("
                + (Duration.between(begin, einde).toMinutes() < 1 ? "minder dan een minuut" : since(begin, einde))
                + ")";
    }

    /** How long ago, as a person says it: "3 dagen en 2 uur", "45 minuten". */
    public static String since(OffsetDateTime moment, OffsetDateTime now) {
        Duration waited = Duration.between(moment, now);
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        long days = waited.toDays();
        int hours = waited.toHoursPart();
        if (days > 0) {
            return days + (days == 1 ? " dag" : " dagen") + (hours > 0 ? " en " + hours + " uur" : "");
        }
        if (hours > 0) {
            return hours + " uur";
        }
        long minutes = waited.toMinutesPart();
        return minutes + (minutes == 1 ? " minuut" : " minuten");
    }
}
