package nl.kcc.klantinteracties.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a form, per field, in the register's own words: the reasons of the problems the register reports
 * are shown at the fields they are about, and listed at the top of the form with a link to each field.
 */
public final class Fouten {

    /** One line of the list at the top: the field's id (empty when it is about the whole form) and the reason. */
    public record Melding(String veld, String tekst) {}

    private final Map<String, String> perVeld = new LinkedHashMap<>();
    private final List<Melding> samenvatting = new ArrayList<>();

    public static Fouten geen() {
        return new Fouten();
    }

    /**
     * The register's problems, each placed at the form field its name maps to.
     *
     * @param veldVan the form field of a problem's name (a dotted path such as {@code klantcontact.onderwerp}), or
     *     null when it is about the whole form
     */
    public static Fouten van(ApiException refused, Function<String, @Nullable String> veldVan) {
        var fouten = new Fouten();
        List<InvalidParam> params = refused.invalidParams();
        if (params.isEmpty()) {
            fouten.add(null, refused.getMessage() == null ? "De invoer klopt niet." : refused.getMessage());
        }
        for (InvalidParam param : params) {
            fouten.add(veldVan.apply(param.name()), param.reason());
        }
        return fouten;
    }

    public Fouten add(@Nullable String veld, String tekst) {
        if (veld == null) {
            samenvatting.add(new Melding("", tekst));
        } else if (!perVeld.containsKey(veld)) {
            perVeld.put(veld, tekst);
            samenvatting.add(new Melding(veld, tekst));
        }
        return this;
    }

    public boolean isEmpty() {
        return samenvatting.isEmpty();
    }

    public boolean has(String veld) {
        return perVeld.containsKey(veld);
    }

    public @Nullable String get(String veld) {
        return perVeld.get(veld);
    }

    public List<Melding> getSamenvatting() {
        return List.copyOf(samenvatting);
    }
}
