package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.audit.AuditTrail;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Werkplek;
import nl.kcc.klantinteracties.web.geschiedenis.Wijzigingen;
import org.jspecify.annotations.Nullable;
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
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

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
        LocalDate vanaf = dag(zoekvraag.van(), "van", fouten);
        LocalDate totEnMet = dag(zoekvraag.tot(), "tot", fouten);
        if (vanaf != null && totEnMet != null && totEnMet.isBefore(vanaf)) {
            fouten.add("tot", "De laatste dag ligt vóór de eerste dag; kies een latere dag.");
        }
        if (!fouten.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "werkplek/beheer/audit";
        }
        ApiContext context = Werkplek.context(request, medewerker);
        int nummer = Math.max(1, pagina);
        var found = auditTrail.search(
                zoekvraag.object().isEmpty() ? null : zoekvraag.object(),
                zoekvraag.door().isEmpty() ? null : zoekvraag.door(),
                vanaf == null ? null : begin(vanaf),
                totEnMet == null ? null : begin(totEnMet.plusDays(1)),
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

    /** The start of a day in the municipality. */
    private static Instant begin(LocalDate dag) {
        return dag.atStartOfDay(MUNICIPALITY).toInstant();
    }

    private static @Nullable LocalDate dag(String text, String veld, Fouten fouten) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fouten.add(veld, "Geef een datum op als 2026-12-03 (jaar-maand-dag).");
            return null;
        }
    }
}
