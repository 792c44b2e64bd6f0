package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorFields;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.actor.OrganisatorischeEenheid;
import nl.kcc.klantinteracties.actor.OrganisatorischeEenheid.Soort;
import nl.kcc.klantinteracties.actor.SoortActor;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import nl.kcc.klantinteracties.web.AfdelingVragen;
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
 * Afdelingen en groepen: the actors of soort organisatorische eenheid that tasks are assigned to and medewerkers work
 * for, made, renamed and deactivated through the API's own resource, so that they are in the audit trail as the
 * beheerder's and clients hear of them. They are never deleted here: the klantcontacten and taken that name one stay.
 */
@Controller
class AfdelingenController {

    private static final Logger LOG = LoggerFactory.getLogger(AfdelingenController.class);

    /** More than a municipality has; the list says so when there are more. */
    private static final int LIJST = 500;

    /** A line of the list. */
    record Regel(UUID uuid, String naam, String soort, String identificatie, boolean actief, long medewerkers) {}

    /** What the form for a new one was sent with, to show it again when something is refused. */
    record Nieuw(String naam, String soort, String identificatie) {}

    /** A medewerker who works for it. */
    record Lid(String gebruikersnaam, String naam) {}

    private final ActorResource actoren;
    private final MedewerkerAccounts accounts;
    private final AfdelingVragen vragen;

    AfdelingenController(ActorResource actoren, MedewerkerAccounts accounts, AfdelingVragen vragen) {
        this.actoren = actoren;
        this.accounts = accounts;
        this.vragen = vragen;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "afdelingen");
    }

    @GetMapping("/werkplek/beheer/afdelingen")
    String lijst(Medewerker ik, HttpServletRequest request, Model model) {
        return lijstPagina(Fouten.geen(), new Nieuw("", "afdeling", ""), Werkplek.context(request, ik), model);
    }

    @PostMapping("/werkplek/beheer/afdelingen")
    String maak(
            @RequestParam(defaultValue = "") String naam,
            @RequestParam(defaultValue = "afdeling") String soort,
            @RequestParam(defaultValue = "") String identificatie,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, ik);
        var nieuw = new Nieuw(naam, soort, identificatie);
        var fouten = Fouten.geen();
        Soort gekozen = soort.equals("groep") ? Soort.GROEP : Soort.AFDELING;
        String id = identificatie.isBlank() ? naam.strip() : identificatie.strip();
        if (naam.isBlank() || naam.strip().length() > 200) {
            fouten.add("naam", "Geef een naam: 1 tot 200 tekens.");
        } else if (id.length() > 200) {
            fouten.add("identificatie", "Een identificatie heeft ten hoogste 200 tekens.");
        } else if (!actoren.list(Werkplek.query(actoren, OrganisatorischeEenheid.filter(gekozen, id)), context)
                .items()
                .isEmpty()) {
            fouten.add(
                    identificatie.isBlank() ? "naam" : "identificatie",
                    "Er is al een " + woord(gekozen) + " met de identificatie '" + id
                            + "'; kies een andere naam of identificatie.");
        }
        if (!fouten.isEmpty()) {
            return lijstPagina(fouten, nieuw, context, model);
        }
        ActorResponse made;
        try {
            made = actoren.create(OrganisatorischeEenheid.body(naam.strip(), gekozen, id, true), context);
        } catch (ApiException refused) {
            return lijstPagina(Fouten.van(refused, AfdelingenController::veld), nieuw, context, model);
        }
        LOG.info("Beheerder {} made the {} {}", ik.gebruikersnaam(), woord(gekozen), made.uuid());
        redirect.addFlashAttribute("melding", "De " + woord(gekozen) + " " + made.naam() + " is gemaakt.");
        return "redirect:/werkplek/beheer/afdelingen/" + made.uuid();
    }

    @GetMapping("/werkplek/beheer/afdelingen/{uuid}")
    String afdeling(@PathVariable String uuid, Medewerker ik, HttpServletRequest request, Model model) {
        ApiContext context = Werkplek.context(request, ik);
        return afdelingPagina(eenheid(uuid, context), Fouten.geen(), null, model);
    }

    @PostMapping("/werkplek/beheer/afdelingen/{uuid}")
    String wijzig(
            @PathVariable String uuid,
            @RequestParam(defaultValue = "") String naam,
            @RequestParam(defaultValue = "false") boolean actief,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, ik);
        ActorResponse eenheid = eenheid(uuid, context);
        if (naam.isBlank() || naam.strip().length() > 200) {
            return afdelingPagina(eenheid, Fouten.geen().add("naam", "Geef een naam: 1 tot 200 tekens."), naam, model);
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.put(ActorFields.NAAM.name(), naam.strip());
        body.put(ActorFields.INDICATIE_ACTIEF.name(), actief);
        try {
            actoren.update(eenheid.uuid(), body, WriteMode.PATCH, context);
        } catch (ApiException refused) {
            return afdelingPagina(eenheid, Fouten.van(refused, AfdelingenController::veld), naam, model);
        }
        LOG.info("Beheerder {} changed the {} {}", ik.gebruikersnaam(), woord(Soort.of(eenheid)), eenheid.uuid());
        redirect.addFlashAttribute(
                "melding",
                "De " + woord(Soort.of(eenheid)) + " " + naam.strip() + " is opgeslagen"
                        + (actief ? "." : "; nieuwe taken kunnen er niet meer aan worden toegewezen."));
        return "redirect:/werkplek/beheer/afdelingen/" + eenheid.uuid();
    }

    /** A question the contact form asks with every terugbelverzoek for this afdeling or groep. */
    @PostMapping("/werkplek/beheer/afdelingen/{uuid}/vragen")
    String voegVraagToe(
            @PathVariable String uuid,
            @RequestParam(defaultValue = "") String vraag,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ActorResponse eenheid = eenheid(uuid, Werkplek.context(request, ik));
        if (vraag.isBlank() || vraag.strip().length() > AfdelingVragen.MAX_LENGTE) {
            return afdelingPagina(
                    eenheid,
                    Fouten.geen().add("vraag", "Geef een vraag: 1 tot " + AfdelingVragen.MAX_LENGTE + " tekens."),
                    null,
                    model);
        }
        vragen.voegToe(eenheid.uuid(), vraag.strip());
        LOG.info(
                "Beheerder {} added a question for the {} {}",
                ik.gebruikersnaam(),
                woord(Soort.of(eenheid)),
                eenheid.uuid());
        redirect.addFlashAttribute("melding", "De vraag is toegevoegd; het contactformulier stelt hem voortaan.");
        return "redirect:/werkplek/beheer/afdelingen/" + eenheid.uuid();
    }

    @PostMapping("/werkplek/beheer/afdelingen/{uuid}/vragen/{id}/verwijderen")
    String verwijderVraag(
            @PathVariable String uuid,
            @PathVariable int id,
            Medewerker ik,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        ActorResponse eenheid = eenheid(uuid, Werkplek.context(request, ik));
        vragen.verwijder(eenheid.uuid(), id);
        redirect.addFlashAttribute("melding", "De vraag is verwijderd; wat erop is geantwoord staat nog bij de taken.");
        return "redirect:/werkplek/beheer/afdelingen/" + eenheid.uuid();
    }

    private String lijstPagina(Fouten fouten, Nieuw nieuw, ApiContext context, Model model) {
        var page = actoren.list(
                Werkplek.query(
                        actoren,
                        "soortActor",
                        Wire.of(SoortActor.ORGANISATORISCHE_EENHEID),
                        "pageSize",
                        String.valueOf(LIJST)),
                context);
        var perEenheid = new HashMap<UUID, Long>();
        for (var account : accounts.list()) {
            account.afdelingen().forEach(afdeling -> perEenheid.merge(afdeling, 1L, Long::sum));
        }
        model.addAttribute(
                "regels",
                page.items().stream()
                        .map(actor -> new Regel(
                                actor.uuid(),
                                actor.naam(),
                                Soort.of(actor) == Soort.GROEP ? "Groep" : "Afdeling",
                                identificatie(actor),
                                actor.indicatieActief(),
                                perEenheid.getOrDefault(actor.uuid(), 0L)))
                        .sorted(Comparator.comparing(Regel::naam, String.CASE_INSENSITIVE_ORDER))
                        .toList());
        model.addAttribute("meer", page.count() > LIJST ? page.count() : null);
        model.addAttribute("fouten", fouten);
        model.addAttribute("nieuw", nieuw);
        return "werkplek/beheer/afdelingen";
    }

    private String afdelingPagina(ActorResponse eenheid, Fouten fouten, @Nullable String naam, Model model) {
        model.addAttribute("eenheid", eenheid);
        model.addAttribute("soort", woord(Soort.of(eenheid)));
        model.addAttribute("identificatie", identificatie(eenheid));
        model.addAttribute("naam", naam == null ? eenheid.naam() : naam);
        model.addAttribute(
                "leden",
                accounts.list().stream()
                        .filter(account -> account.afdelingen().contains(eenheid.uuid()))
                        .map(account -> new Lid(account.gebruikersnaam(), account.naam()))
                        .sorted(Comparator.comparing(Lid::naam, String.CASE_INSENSITIVE_ORDER))
                        .toList());
        model.addAttribute("vragen", vragen.van(eenheid.uuid()));
        model.addAttribute("vraagMax", AfdelingVragen.MAX_LENGTE);
        model.addAttribute("fouten", fouten);
        return "werkplek/beheer/afdeling";
    }

    /** The actor of this uuid if it is an afdeling or groep; 404 otherwise, as for any other unknown page. */
    private ActorResponse eenheid(String uuid, ApiContext context) {
        UUID parsed = Texts.parseUuid(uuid);
        if (parsed == null) {
            throw ApiException.notFound();
        }
        ActorResponse actor = actoren.get(parsed, ExpandTree.NONE, context);
        if (!actor.soortActor().equals(Wire.of(SoortActor.ORGANISATORISCHE_EENHEID))) {
            throw ApiException.notFound();
        }
        return actor;
    }

    private static String identificatie(ActorResponse actor) {
        return actor.actoridentificator() == null
                ? ""
                : actor.actoridentificator().objectId();
    }

    private static String woord(Soort soort) {
        return soort.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String veld(String naam) {
        return switch (naam) {
            case "naam" -> "naam";
            case "actoridentificator.objectId" -> "identificatie";
            default -> null;
        };
    }
}
