package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import nl.kcc.klantinteracties.web.Actoren;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Werkplek;
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

/**
 * Medewerkers: the werkplek's accounts as the beheerder manages them, the same accounts {@code medewerkers create}
 * makes. A password, the first or a new one, is shown once, in the answer to the form that made it.
 */
@Controller
class MedewerkersController {

    private static final Logger LOG = LoggerFactory.getLogger(MedewerkersController.class);

    /** An afdeling as a choice in a form. */
    record Afdeling(UUID uuid, String naam, boolean actief) {}

    /** A line of the list. */
    record Regel(String gebruikersnaam, String naam, List<String> afdelingen, List<String> rollen, String status) {}

    static final String UIT_SETUP_BESTAND = "Dit account komt uit het setup-bestand van het register: de afdelingen en"
            + " rollen worden daar gewijzigd, en bij de volgende start weer zoals het bestand ze noemt.";

    private final MedewerkerAccounts accounts;
    private final MedewerkerBeheer beheer;
    private final ActorResource actorResource;
    private final Actoren actoren;

    MedewerkersController(
            MedewerkerAccounts accounts, MedewerkerBeheer beheer, ActorResource actorResource, Actoren actoren) {
        this.accounts = accounts;
        this.beheer = beheer;
        this.actorResource = actorResource;
        this.actoren = actoren;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "medewerkers");
    }

    @GetMapping("/werkplek/beheer/medewerkers")
    String lijst(Medewerker ik, HttpServletRequest request, Model model) {
        return lijstPagina(Fouten.geen(), new Nieuw("", "", List.of(), false, false), context(request, ik), model);
    }

    /** What the form for a new account was sent with, to show it again when something is refused. */
    record Nieuw(String gebruikersnaam, String naam, List<UUID> afdelingen, boolean vertrouwelijk, boolean beheerder) {}

    @PostMapping("/werkplek/beheer/medewerkers")
    String maak(
            @RequestParam(defaultValue = "") String gebruikersnaam,
            @RequestParam(defaultValue = "") String naam,
            @RequestParam(name = "afdeling", required = false) List<String> afdeling,
            @RequestParam(defaultValue = "false") boolean vertrouwelijk,
            @RequestParam(defaultValue = "false") boolean beheerder,
            Medewerker ik,
            HttpServletRequest request,
            Model model) {
        ApiContext context = context(request, ik);
        var fouten = Fouten.geen();
        List<Afdeling> keuzes = afdelingen(List.of(), context);
        List<UUID> gekozen = gekozen(afdeling, keuzes, fouten);
        var nieuw = new Nieuw(gebruikersnaam, naam, gekozen, vertrouwelijk, beheerder);
        if (!MedewerkerAccounts.usable(gebruikersnaam)) {
            fouten.add(
                    "gebruikersnaam",
                    "Een gebruikersnaam is 1 tot 100 tekens: letters, cijfers, '.', '_', '-' en '@', en begint met"
                            + " een letter of cijfer.");
        }
        if (naam.isBlank() || naam.strip().length() > 200) {
            fouten.add("naam", "Geef de naam van de medewerker: 1 tot 200 tekens.");
        }
        if (!fouten.isEmpty()) {
            return lijstPagina(fouten, nieuw, context, model);
        }
        String wachtwoord;
        try {
            wachtwoord = beheer.create(gebruikersnaam, naam, gekozen, vertrouwelijk, beheerder, context);
        } catch (MedewerkerAccounts.NameTaken taken) {
            fouten.add("gebruikersnaam", "Er is al een account met deze gebruikersnaam.");
            return lijstPagina(fouten, nieuw, context, model);
        } catch (ApiException refused) {
            return lijstPagina(Fouten.van(refused, veld -> veld.equals("naam") ? "naam" : null), nieuw, context, model);
        }
        String account = MedewerkerAccounts.normalise(gebruikersnaam);
        LOG.info("Beheerder {} made the account {}", ik.gebruikersnaam(), account);
        model.addAttribute("gebruikersnaam", account);
        model.addAttribute("naam", naam.strip());
        model.addAttribute("wachtwoord", wachtwoord);
        model.addAttribute("nieuw", true);
        return "werkplek/beheer/wachtwoord";
    }

    @GetMapping("/werkplek/beheer/medewerkers/{gebruikersnaam}")
    String medewerker(@PathVariable String gebruikersnaam, Medewerker ik, HttpServletRequest request, Model model) {
        return medewerkerPagina(account(gebruikersnaam), Fouten.geen(), context(request, ik), model);
    }

    @PostMapping("/werkplek/beheer/medewerkers/{gebruikersnaam}/rollen")
    String rollen(
            @PathVariable String gebruikersnaam,
            @RequestParam(defaultValue = "false") boolean vertrouwelijk,
            @RequestParam(defaultValue = "false") boolean beheerder,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var account = account(gebruikersnaam);
        if (account.provisioned()) {
            return medewerkerPagina(account, Fouten.geen().add(null, UIT_SETUP_BESTAND), context(request, ik), model);
        }
        if (account.gebruikersnaam().equals(ik.gebruikersnaam()) && !beheerder) {
            // So that the register never loses its last beheerder by a click: another beheerder, or the command
            // line, takes the role away.
            return medewerkerPagina(
                    account,
                    Fouten.geen()
                            .add(
                                    "beheerder",
                                    "U kunt uw eigen rol beheerder niet afnemen; laat dat een andere beheerder doen."),
                    context(request, ik),
                    model);
        }
        accounts.roles(account.gebruikersnaam(), vertrouwelijk, beheerder);
        LOG.info(
                "Beheerder {} set the roles of {}: vertrouwelijk {}, beheerder {}",
                ik.gebruikersnaam(),
                account.gebruikersnaam(),
                vertrouwelijk,
                beheerder);
        redirect.addFlashAttribute("melding", "De rollen van " + account.naam() + " zijn opgeslagen.");
        return "redirect:/werkplek/beheer/medewerkers/" + account.gebruikersnaam();
    }

    @PostMapping("/werkplek/beheer/medewerkers/{gebruikersnaam}/afdelingen")
    String afdelingen(
            @PathVariable String gebruikersnaam,
            @RequestParam(name = "afdeling", required = false) List<String> afdeling,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var account = account(gebruikersnaam);
        ApiContext context = context(request, ik);
        if (account.provisioned()) {
            return medewerkerPagina(account, Fouten.geen().add(null, UIT_SETUP_BESTAND), context, model);
        }
        var fouten = Fouten.geen();
        List<UUID> gekozen = gekozen(afdeling, afdelingen(account.afdelingen(), context), fouten);
        if (!fouten.isEmpty()) {
            return medewerkerPagina(account, fouten, context, model);
        }
        accounts.afdelingen(account.gebruikersnaam(), gekozen);
        LOG.info("Beheerder {} set the afdelingen of {}", ik.gebruikersnaam(), account.gebruikersnaam());
        redirect.addFlashAttribute("melding", "De afdelingen van " + account.naam() + " zijn opgeslagen.");
        return "redirect:/werkplek/beheer/medewerkers/" + account.gebruikersnaam();
    }

    @PostMapping("/werkplek/beheer/medewerkers/{gebruikersnaam}/wachtwoord")
    String wachtwoord(@PathVariable String gebruikersnaam, Medewerker ik, Model model) {
        var account = account(gebruikersnaam);
        String wachtwoord = accounts.reset(account.gebruikersnaam()).orElseThrow(ApiException::notFound);
        LOG.info("Beheerder {} reset the password of {}", ik.gebruikersnaam(), account.gebruikersnaam());
        model.addAttribute("gebruikersnaam", account.gebruikersnaam());
        model.addAttribute("naam", account.naam());
        model.addAttribute("wachtwoord", wachtwoord);
        model.addAttribute("nieuw", false);
        return "werkplek/beheer/wachtwoord";
    }

    @PostMapping("/werkplek/beheer/medewerkers/{gebruikersnaam}/uitschakelen")
    String uitschakelen(
            @PathVariable String gebruikersnaam,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var account = account(gebruikersnaam);
        if (account.gebruikersnaam().equals(ik.gebruikersnaam())) {
            return medewerkerPagina(
                    account,
                    Fouten.geen().add(null, "U kunt uw eigen account niet uitschakelen."),
                    context(request, ik),
                    model);
        }
        if (accounts.disable(account.gebruikersnaam())) {
            LOG.info("Beheerder {} disabled the account {}", ik.gebruikersnaam(), account.gebruikersnaam());
        }
        redirect.addFlashAttribute(
                "melding",
                "Het account van " + account.naam() + " is uitgeschakeld; open sessies zijn beëindigd. Met een nieuw"
                        + " wachtwoord werkt het weer.");
        return "redirect:/werkplek/beheer/medewerkers/" + account.gebruikersnaam();
    }

    private String lijstPagina(Fouten fouten, Nieuw nieuw, ApiContext context, Model model) {
        var list = accounts.list();
        var uuids = new LinkedHashSet<UUID>();
        list.forEach(account -> uuids.addAll(account.afdelingen()));
        Map<UUID, ActorResponse> namen = actoren.get(uuids, context);
        model.addAttribute(
                "regels",
                list.stream()
                        .map(account -> new Regel(
                                account.gebruikersnaam(),
                                account.naam(),
                                account.afdelingen().stream()
                                        .map(uuid -> namen.containsKey(uuid)
                                                ? namen.get(uuid).naam()
                                                : "(onbekende afdeling)")
                                        .toList(),
                                rollen(account),
                                status(account)))
                        .toList());
        model.addAttribute("afdelingen", afdelingen(List.of(), context));
        model.addAttribute("fouten", fouten);
        model.addAttribute("nieuw", nieuw);
        return "werkplek/beheer/medewerkers";
    }

    private String medewerkerPagina(
            MedewerkerAccounts.AccountInfo account, Fouten fouten, ApiContext context, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("status", status(account));
        model.addAttribute("aangemaakt", Werkplek.moment(account.createdAt()));
        var afdelingen = afdelingen(account.afdelingen(), context);
        model.addAttribute("afdelingen", afdelingen);
        model.addAttribute(
                "eigenAfdelingen",
                afdelingen.stream()
                        .filter(afdeling -> account.afdelingen().contains(afdeling.uuid()))
                        .map(Afdeling::naam)
                        .toList());
        model.addAttribute("rollen", rollen(account));
        model.addAttribute("fouten", fouten);
        return "werkplek/beheer/medewerker";
    }

    private MedewerkerAccounts.AccountInfo account(String gebruikersnaam) {
        return accounts.info(gebruikersnaam).orElseThrow(ApiException::notFound);
    }

    /**
     * The active afdelingen by name, and those the account works for that are no longer active, so that a form shows
     * and keeps them.
     */
    private List<Afdeling> afdelingen(List<UUID> huidige, ApiContext context) {
        var keuzes = new ArrayList<Afdeling>();
        var gezien = new HashSet<UUID>();
        for (var actor : actorResource
                .list(
                        Werkplek.query(
                                actorResource,
                                "soortActor",
                                "organisatorische_eenheid",
                                "indicatieActief",
                                "true",
                                "pageSize",
                                "500"),
                        context)
                .items()) {
            keuzes.add(new Afdeling(actor.uuid(), actor.naam(), true));
            gezien.add(actor.uuid());
        }
        var ontbrekend = huidige.stream().filter(uuid -> !gezien.contains(uuid)).toList();
        actoren.get(ontbrekend, context)
                .values()
                .forEach(actor -> keuzes.add(new Afdeling(actor.uuid(), actor.naam(), false)));
        keuzes.sort(Comparator.comparing(Afdeling::naam, String.CASE_INSENSITIVE_ORDER));
        return keuzes;
    }

    private static List<UUID> gekozen(List<String> waarden, List<Afdeling> keuzes, Fouten fouten) {
        var gekozen = new ArrayList<UUID>();
        for (String waarde : waarden == null ? List.<String>of() : waarden) {
            UUID uuid = Texts.parseUuid(waarde);
            if (uuid == null || keuzes.stream().noneMatch(keuze -> keuze.uuid().equals(uuid))) {
                fouten.add("afdeling-0", "Kies afdelingen uit de lijst.");
            } else if (!gekozen.contains(uuid)) {
                gekozen.add(uuid);
            }
        }
        return gekozen;
    }

    private static List<String> rollen(MedewerkerAccounts.AccountInfo account) {
        var rollen = new ArrayList<String>();
        if (account.vertrouwelijk()) {
            rollen.add("Vertrouwelijk");
        }
        if (account.beheerder()) {
            rollen.add("Beheerder");
        }
        return rollen;
    }

    private static String status(MedewerkerAccounts.AccountInfo account) {
        String herkomst = account.provisioned() ? ", uit het setup-bestand" : "";
        if (account.disabledAt() != null) {
            return "Uitgeschakeld op " + Werkplek.moment(account.disabledAt()) + herkomst;
        }
        return (account.failedLogins() > 0 ? "Actief, " + account.failedLogins() + " mislukte inlogpogingen" : "Actief")
                + herkomst;
    }

    private static ApiContext context(HttpServletRequest request, Medewerker ik) {
        return Werkplek.context(request, ik);
    }
}
