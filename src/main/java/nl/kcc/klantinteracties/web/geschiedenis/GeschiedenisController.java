package nl.kcc.klantinteracties.web.geschiedenis;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.page.Page;
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

/**
 * Geschiedenis: the audit trail of any object the werkplek shows, newest first, in words (see {@link Wijzigingen}). A
 * klantcontact's history holds its tasks' moves and the contacts registered about it too, so that a medewerker sees
 * in one place that it was forwarded, taken up and answered. What the medewerker may not see has no history for them
 * either.
 */
@Controller
class GeschiedenisController {

    static final int PAGE_SIZE = 50;
    private static final String KLANTCONTACTEN = "klantcontacten";

    private final ObjectProvider<ApiResource<?, ?>> resources;
    private final AuditTrail auditTrail;
    private final Wijzigingen wijzigingen;

    GeschiedenisController(
            ObjectProvider<ApiResource<?, ?>> resources, AuditTrail auditTrail, Wijzigingen wijzigingen) {
        this.resources = resources;
        this.auditTrail = auditTrail;
        this.wijzigingen = wijzigingen;
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
        ApiContext context = Werkplek.context(request, medewerker);
        var page = new PageRequest(Math.max(1, pagina), PAGE_SIZE);
        Page<AuditTrail.Found> found = collection.equals(KLANTCONTACTEN)
                ? auditTrail.klantcontact(resource, uuid, page, context)
                : auditTrail
                        .list(resource, uuid, page, context)
                        .map(entries -> entries.stream()
                                .map(entry -> new AuditTrail.Found(collection, uuid, entry))
                                .toList());
        model.addAttribute("soort", resource.description().noun());
        model.addAttribute("collection", collection);
        model.addAttribute("uuid", uuid);
        model.addAttribute("pagina", Math.max(1, pagina));
        model.addAttribute("volgende", found.hasNext());
        model.addAttribute("vorige", found.hasPrevious());
        model.addAttribute(
                "wijzigingen",
                wijzigingen.lees(found.items(), collection.equals(KLANTCONTACTEN) ? uuid : null, context));
        return "werkplek/geschiedenis";
    }
}
