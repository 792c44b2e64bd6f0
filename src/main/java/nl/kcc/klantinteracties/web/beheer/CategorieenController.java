package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.partij.CategorieFields;
import nl.kcc.klantinteracties.partij.CategorieResource;
import nl.kcc.klantinteracties.partij.CategorieResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Werkplek;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Categorieën of partijen (Ondernemer, Inwoner, ...), made and renamed through the API's own resource. A categorie is
 * not deleted here: partijen are in it, and the API's clients know it by its uuid.
 */
@Controller
class CategorieenController {

    private static final Logger LOG = LoggerFactory.getLogger(CategorieenController.class);

    private static final int LIJST = 500;

    private final CategorieResource categorieen;

    CategorieenController(CategorieResource categorieen) {
        this.categorieen = categorieen;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "categorieen");
    }

    @GetMapping("/werkplek/beheer/categorieen")
    String lijst(Medewerker ik, HttpServletRequest request, Model model) {
        return pagina(Fouten.geen(), "", null, "", Werkplek.context(request, ik), model);
    }

    @PostMapping("/werkplek/beheer/categorieen")
    String maak(
            @RequestParam(defaultValue = "") String naam,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, ik);
        String problem = problem(naam, null, context);
        if (problem != null) {
            return pagina(Fouten.geen().add("naam", problem), naam, null, "", context, model);
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.put(CategorieFields.NAAM.name(), naam.strip());
        CategorieResponse made;
        try {
            made = categorieen.create(body, context);
        } catch (ApiException refused) {
            return pagina(Fouten.van(refused, veld -> "naam"), naam, null, "", context, model);
        }
        LOG.info("Beheerder {} made the categorie {}", ik.gebruikersnaam(), made.uuid());
        redirect.addFlashAttribute("melding", "De categorie " + made.naam() + " is gemaakt.");
        return "redirect:/werkplek/beheer/categorieen";
    }

    @PostMapping("/werkplek/beheer/categorieen/{uuid}")
    String hernoem(
            @PathVariable String uuid,
            @RequestParam(defaultValue = "") String naam,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, ik);
        UUID parsed = Texts.parseUuid(uuid);
        if (parsed == null) {
            throw ApiException.notFound();
        }
        CategorieResponse categorie = categorieen.get(parsed, ExpandTree.NONE, context);
        String problem = problem(naam, categorie.uuid(), context);
        if (problem != null) {
            return pagina(
                    Fouten.geen().add("naam-" + categorie.uuid(), problem), "", categorie.uuid(), naam, context, model);
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.put(CategorieFields.NAAM.name(), naam.strip());
        try {
            categorieen.update(categorie.uuid(), body, WriteMode.PATCH, context);
        } catch (ApiException refused) {
            return pagina(
                    Fouten.van(refused, veld -> "naam-" + categorie.uuid()),
                    "",
                    categorie.uuid(),
                    naam,
                    context,
                    model);
        }
        LOG.info("Beheerder {} renamed the categorie {}", ik.gebruikersnaam(), categorie.uuid());
        redirect.addFlashAttribute("melding", "De categorie " + categorie.naam() + " heet nu " + naam.strip() + ".");
        return "redirect:/werkplek/beheer/categorieen";
    }

    /** Why this name cannot be a categorie's, or null; {@code self} is the categorie being renamed. */
    private @Nullable String problem(String naam, @Nullable UUID self, ApiContext context) {
        if (naam.isBlank() || naam.strip().length() > 80) {
            return "Geef een naam: 1 tot 80 tekens.";
        }
        boolean taken = lijst(context).items().stream()
                .anyMatch(categorie -> categorie.naam().equalsIgnoreCase(naam.strip())
                        && !categorie.uuid().equals(self));
        return taken ? "Er is al een categorie " + naam.strip() + "." : null;
    }

    /** The first {@link #LIJST} categorieën, and how many there are. */
    private Page<CategorieResponse> lijst(ApiContext context) {
        return categorieen.list(Werkplek.query(categorieen, "pageSize", String.valueOf(LIJST)), context);
    }

    /**
     * @param bewerkt the categorie whose rename was refused, to show its field with what was typed
     */
    private String pagina(
            Fouten fouten, String nieuw, @Nullable UUID bewerkt, String bewerkteNaam, ApiContext context, Model model) {
        var page = lijst(context);
        model.addAttribute(
                "categorieen",
                page.items().stream()
                        .sorted(Comparator.comparing(CategorieResponse::naam, String.CASE_INSENSITIVE_ORDER))
                        .toList());
        model.addAttribute("meer", page.count() > LIJST ? page.count() : null);
        model.addAttribute("bewerkt", bewerkt);
        model.addAttribute("bewerkteNaam", bewerkteNaam);
        model.addAttribute("nieuw", nieuw);
        model.addAttribute("fouten", fouten);
        return "werkplek/beheer/categorieen";
    }
}
