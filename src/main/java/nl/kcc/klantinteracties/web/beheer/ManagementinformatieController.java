package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Kanalen;
import nl.kcc.klantinteracties.web.Werkplek;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Managementinformatie: the contacts of a period (this month unless the beheerder chooses another) by kanaal, afdeling
 * and gespreksresultaat, and the number and length of the conversations registered in the werkplek.
 */
@Controller
class ManagementinformatieController {

    private final Managementinformatie informatie;
    private final Kanalen kanalen;

    ManagementinformatieController(Managementinformatie informatie, Kanalen kanalen) {
        this.informatie = informatie;
        this.kanalen = kanalen;
    }

    @GetMapping("/werkplek/beheer/managementinformatie")
    String overzicht(
            @RequestParam(required = false) @Nullable String van,
            @RequestParam(required = false) @Nullable String tot,
            Medewerker medewerker,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        LocalDate vandaag = Periode.vandaag();
        String vanaf = van == null ? vandaag.withDayOfMonth(1).toString() : van.strip();
        String totEnMet = tot == null ? vandaag.toString() : tot.strip();
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "managementinformatie");
        model.addAttribute("van", vanaf);
        model.addAttribute("tot", totEnMet);
        var fouten = Fouten.geen();
        model.addAttribute("fouten", fouten);
        var periode = Periode.lees(vanaf, totEnMet, fouten);
        var begin = periode.begin();
        var einde = periode.einde();
        if (begin == null || einde == null) {
            fouten.add(begin == null ? "van" : "tot", "Kies de eerste en de laatste dag.");
        }
        if (!fouten.isEmpty() || begin == null || einde == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "werkplek/beheer/managementinformatie";
        }
        var overzicht = informatie.van(begin, einde, kanalen.labels(), Werkplek.context(request, medewerker));
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("gemiddeld", duur(overzicht.gesprekken().gemiddeld()));
        return "werkplek/beheer/managementinformatie";
    }

    /** "6 minuten en 5 seconden", as a person says how long a call took. */
    static String duur(@Nullable Duration duur) {
        if (duur == null) {
            return "-";
        }
        long minuten = duur.toMinutes();
        int seconden = duur.toSecondsPart();
        String m = minuten + (minuten == 1 ? " minuut" : " minuten");
        String s = seconden + (seconden == 1 ? " seconde" : " seconden");
        return minuten == 0 ? s : seconden == 0 ? m : m + " en " + s;
    }
}
