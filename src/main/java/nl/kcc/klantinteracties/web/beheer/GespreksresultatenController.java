package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Gespreksresultaten;
import nl.kcc.klantinteracties.web.Werkplek;
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
 * Gespreksresultaten: the list a medewerker chooses from when registering a contact, its order, and which are still
 * offered. One in use is taken out of use, not deleted: the contacts registered with it keep it.
 */
@Controller
class GespreksresultatenController {

    private static final Logger LOG = LoggerFactory.getLogger(GespreksresultatenController.class);

    private static final String TE_LANG = "Geef de omschrijving die medewerkers zien: 1 tot 200 tekens.";

    private final Gespreksresultaten gespreksresultaten;

    GespreksresultatenController(Gespreksresultaten gespreksresultaten) {
        this.gespreksresultaten = gespreksresultaten;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "gespreksresultaten");
    }

    @GetMapping("/werkplek/beheer/gespreksresultaten")
    String lijst(Medewerker ik, HttpServletRequest request, Model model) {
        return pagina(Fouten.geen(), "", Werkplek.context(request, ik), model);
    }

    @PostMapping("/werkplek/beheer/gespreksresultaten")
    String voegToe(
            @RequestParam(defaultValue = "") String definitie,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, ik);
        String tekst = definitie.strip();
        if (tekst.isEmpty() || tekst.length() > 200) {
            return pagina(Fouten.geen().add("definitie", TE_LANG), definitie, context, model);
        }
        try {
            gespreksresultaten.voegToe(tekst);
        } catch (Gespreksresultaten.Bestaat bestaat) {
            return pagina(
                    Fouten.geen()
                            .add(
                                    "definitie",
                                    "Er is al een gespreksresultaat '" + tekst
                                            + "'; zet het weer in gebruik in de lijst."),
                    definitie,
                    context,
                    model);
        }
        LOG.info("Beheerder {} added a gespreksresultaat", ik.gebruikersnaam());
        redirect.addFlashAttribute(
                "melding", "Het gespreksresultaat " + tekst + " wordt nu aangeboden, onderaan de lijst.");
        return "redirect:/werkplek/beheer/gespreksresultaten";
    }

    @PostMapping("/werkplek/beheer/gespreksresultaten/wijzig")
    String wijzig(
            @RequestParam int id,
            @RequestParam(defaultValue = "") String definitie,
            @RequestParam(defaultValue = "false") boolean actief,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, ik);
        String tekst = definitie.strip();
        String veld = "definitie-" + id;
        if (tekst.isEmpty() || tekst.length() > 200) {
            return pagina(Fouten.geen().add(veld, TE_LANG), "", context, model);
        }
        boolean bestaat;
        try {
            bestaat = gespreksresultaten.wijzig(id, tekst, actief);
        } catch (Gespreksresultaten.Bestaat dubbel) {
            return pagina(
                    Fouten.geen().add(veld, "Er is al een gespreksresultaat '" + tekst + "'."), "", context, model);
        }
        if (!bestaat) {
            return pagina(Fouten.geen().add("", "Dat gespreksresultaat bestaat niet (meer)."), "", context, model);
        }
        LOG.info("Beheerder {} changed the gespreksresultaat {}: in use {}", ik.gebruikersnaam(), id, actief);
        redirect.addFlashAttribute(
                "melding",
                "Het gespreksresultaat " + tekst + (actief ? " is opgeslagen." : " wordt niet meer aangeboden."));
        return "redirect:/werkplek/beheer/gespreksresultaten";
    }

    @PostMapping("/werkplek/beheer/gespreksresultaten/verplaats")
    String verplaats(@RequestParam int id, @RequestParam String richting) {
        gespreksresultaten.verplaats(id, richting.equals("omhoog"));
        return "redirect:/werkplek/beheer/gespreksresultaten";
    }

    private String pagina(Fouten fouten, String definitie, ApiContext context, Model model) {
        model.addAttribute("gespreksresultaten", gespreksresultaten.alle(context));
        model.addAttribute("fouten", fouten);
        model.addAttribute("definitie", definitie);
        return "werkplek/beheer/gespreksresultaten";
    }
}
