package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.audit.AuditTrail;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Werkplek;
import nl.kcc.klantinteracties.web.geschiedenis.Wijzigingen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Audittrail: the beheerder's search over every change, by object (uuid or nummer), by who made it (a medewerker or an
 * application) and by period, each change in the words Geschiedenis uses. What the beheerder may not see (without the
 * vertrouwelijk role) is not found.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 25;

    /** The search as typed, kept for the form and the links to other pages. */
    record Zoekvraag(String object, String door, String van, String tot) {

        boolean leeg() {
            return object.isEmpty() && door.isEmpty() && van.isEmpty() && tot.isEmpty();
        }
    }

    private final AuditTrail auditTrail;
    private final Wijzigingen wijzigingen;

    AuditController(AuditTrail auditTrail, Wijzigingen wijzigingen) {
        this.auditTrail = auditTrail;
        this.wijzigingen = wijzigingen;
    }

    @GetMapping("/werkplek/beheer/audit")
    String audit(
            @RequestParam(defaultValue = "") String object,
            @RequestParam(defaultValue = "") String door,
            @RequestParam(defaultValue = "") String van,
            @RequestParam(defaultValue = "") String tot,
            @RequestParam(defaultValue = "1") int pagina,
            Medewerker medewerker,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var zoekvraag = new Zoekvraag(object.strip(), door.strip(), van.strip(), tot.strip());
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "audit");
        model.addAttribute("zoekvraag", zoekvraag);
        model.addAttribute("gezocht", false);
        var fouten = Fouten.geen();
        model.addAttribute("fouten", fouten);
        if (zoekvraag.leeg()) {
            return "werkplek/beheer/audit";
        }
        var periode = Periode.lees(zoekvraag.van(), zoekvraag.tot(), fouten);
        if (!fouten.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "werkplek/beheer/audit";
        }
        ApiContext context = Werkplek.context(request, medewerker);
        int nummer = Math.max(1, pagina);
        var found = auditTrail.search(
                zoekvraag.object().isEmpty() ? null : zoekvraag.object(),
                zoekvraag.door().isEmpty() ? null : zoekvraag.door(),
                periode.begin(),
                periode.einde(),
                new PageRequest(nummer, PAGE_SIZE),
                context);
        model.addAttribute("gezocht", true);
        model.addAttribute("aantal", found.count());
        model.addAttribute("pagina", nummer);
        model.addAttribute("vorige", found.hasPrevious());
        model.addAttribute("volgende", found.hasNext());
        model.addAttribute("wijzigingen", wijzigingen.lees(found.items(), null, context));
        return "werkplek/beheer/audit";
    }
}
