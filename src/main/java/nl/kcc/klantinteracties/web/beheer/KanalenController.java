package nl.kcc.klantinteracties.web.beheer;

import java.util.Locale;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Kanalen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Kanalen: the list the werkplek offers when a medewerker registers a contact, its labels, order and which are still
 * offered. A kanaal is taken out of use, not deleted: the contacts registered on it keep it.
 */
@Controller
class KanalenController {

    private static final Logger LOG = LoggerFactory.getLogger(KanalenController.class);

    private final Kanalen kanalen;

    KanalenController(Kanalen kanalen) {
        this.kanalen = kanalen;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "kanalen");
    }

    @GetMapping("/werkplek/beheer/kanalen")
    String lijst(Model model) {
        return pagina(Fouten.geen(), "", "", model);
    }

    @PostMapping("/werkplek/beheer/kanalen")
    String voegToe(
            @RequestParam(defaultValue = "") String waarde,
            @RequestParam(defaultValue = "") String label,
            Medewerker ik,
            Model model,
            RedirectAttributes redirect) {
        var fouten = Fouten.geen();
        String code = waarde.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9][a-z0-9 _-]{0,49}")) {
            fouten.add(
                    "waarde",
                    "Geef de waarde zoals de contacten haar krijgen: 1 tot 50 kleine letters, cijfers, spaties, '-' of '_'.");
        }
        if (label.isBlank() || label.strip().length() > 100) {
            fouten.add("label", "Geef het label dat medewerkers zien: 1 tot 100 tekens.");
        }
        if (fouten.isEmpty()) {
            try {
                kanalen.voegToe(code, label.strip());
            } catch (Kanalen.Bestaat bestaat) {
                fouten.add("waarde", "Er is al een kanaal " + code + "; zet het weer in gebruik in de lijst.");
            }
        }
        if (!fouten.isEmpty()) {
            return pagina(fouten, waarde, label, model);
        }
        LOG.info("Beheerder {} added the kanaal {}", ik.gebruikersnaam(), code);
        redirect.addFlashAttribute(
                "melding", "Het kanaal " + label.strip() + " wordt nu aangeboden, onderaan de lijst.");
        return "redirect:/werkplek/beheer/kanalen";
    }

    @PostMapping("/werkplek/beheer/kanalen/wijzig")
    String wijzig(
            @RequestParam String waarde,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "false") boolean actief,
            Medewerker ik,
            Model model,
            RedirectAttributes redirect) {
        if (label.isBlank() || label.strip().length() > 100) {
            return pagina(
                    Fouten.geen().add("label-" + waarde, "Geef het label dat medewerkers zien: 1 tot 100 tekens."),
                    "",
                    "",
                    model);
        }
        if (!kanalen.wijzig(waarde, label.strip(), actief)) {
            return pagina(Fouten.geen().add(null, "Dat kanaal bestaat niet (meer)."), "", "", model);
        }
        LOG.info("Beheerder {} changed the kanaal {}: in use {}", ik.gebruikersnaam(), waarde, actief);
        redirect.addFlashAttribute(
                "melding",
                "Het kanaal " + label.strip() + (actief ? " is opgeslagen." : " wordt niet meer aangeboden."));
        return "redirect:/werkplek/beheer/kanalen";
    }

    @PostMapping("/werkplek/beheer/kanalen/verplaats")
    String verplaats(@RequestParam String waarde, @RequestParam String richting) {
        kanalen.verplaats(waarde, richting.equals("omhoog"));
        return "redirect:/werkplek/beheer/kanalen";
    }

    private String pagina(Fouten fouten, String waarde, String label, Model model) {
        model.addAttribute("kanalen", kanalen.alle());
        model.addAttribute("fouten", fouten);
        model.addAttribute("waarde", waarde);
        model.addAttribute("label", label);
        return "werkplek/beheer/kanalen";
    }
}
