package nl.kcc.klantinteracties.web.geschiedenis;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.audit.AuditTrail;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Werkplek;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * Geschiedenis: the audit trail of any object the werkplek shows, newest first: when, by whom (the application and,
 * in the werkplek, the medewerker) and which fields changed from what to what. What the medewerker may not see has no
 * history for them either.
 */
@Controller
class GeschiedenisController {

    static final int PAGE_SIZE = 50;
    private static final int LONGEST_VALUE = 300;

    /** One change: when, who, what, and the fields it changed. */
    record Wijziging(String moment, String actie, String door, List<Veld> velden) {}

    record Veld(String naam, String oud, String nieuw) {}

    private final ObjectProvider<ApiResource<?, ?>> resources;
    private final AuditTrail auditTrail;

    GeschiedenisController(ObjectProvider<ApiResource<?, ?>> resources, AuditTrail auditTrail) {
        this.resources = resources;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/werkplek/geschiedenis/{collection}/{uuid}")
    String geschiedenis(
            @PathVariable String collection,
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "1") int pagina,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        ApiResource<?, ?> resource = resources
                .orderedStream()
                .filter(r -> r.description().apiPath().equals(ApiPaths.KLANTINTERACTIES)
                        && r.description().collection().equals(collection))
                .findFirst()
                .orElseThrow(ApiException::notFound);
        var page = auditTrail.list(
                resource, uuid, new PageRequest(Math.max(1, pagina), PAGE_SIZE), Werkplek.context(request, medewerker));
        model.addAttribute("soort", resource.description().noun());
        model.addAttribute("collection", collection);
        model.addAttribute("uuid", uuid);
        model.addAttribute("pagina", Math.max(1, pagina));
        model.addAttribute("volgende", page.hasNext());
        model.addAttribute("vorige", page.hasPrevious());
        model.addAttribute(
                "wijzigingen",
                page.items().stream().map(GeschiedenisController::wijziging).toList());
        return "werkplek/geschiedenis";
    }

    private static Wijziging wijziging(AuditTrail.Entry entry) {
        String actie = switch (entry.actie()) {
            case "create" -> "Aangemaakt";
            case "destroy" -> "Verwijderd";
            default -> "Gewijzigd";
        };
        String door =
                entry.gebruiker().isBlank() ? entry.applicatie() : entry.gebruiker() + " (" + entry.applicatie() + ")";
        return new Wijziging(Werkplek.moment(entry.aanmaakdatum()), actie, door, velden(entry.wijzigingen()));
    }

    /** The fields whose value differs before and after; the links and identity of the object are left out. */
    private static List<Veld> velden(AuditTrail.Wijzigingen wijzigingen) {
        JsonNode oud = wijzigingen.oud();
        JsonNode nieuw = wijzigingen.nieuw();
        var namen = new LinkedHashSet<String>();
        if (oud != null) {
            namen.addAll(oud.propertyNames());
        }
        if (nieuw != null) {
            namen.addAll(nieuw.propertyNames());
        }
        namen.removeAll(List.of("uuid", "url", "_expand"));
        var velden = new ArrayList<Veld>();
        for (String naam : namen) {
            JsonNode voor = oud == null ? null : oud.get(naam);
            JsonNode na = nieuw == null ? null : nieuw.get(naam);
            if (voor == null ? na != null : !voor.equals(na)) {
                velden.add(new Veld(naam, tekst(voor), tekst(na)));
            }
        }
        return velden;
    }

    private static String tekst(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
    }
}
