package nl.kcc.klantinteracties.web.beheer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.Scope;
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

/**
 * Applicaties: the applications that may use the APIs, by their tokens, whether made here or with {@code tokens
 * create}. A new key is shown once, in the answer to the form that made it, and is kept nowhere but as its hash.
 */
@Controller
class ApplicatiesController {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicatiesController.class);
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    /** A scope as a choice in a form: its value and what it allows, in words. */
    record ScopeKeuze(String waarde, String uitleg) {}

    static final List<ScopeKeuze> SCOPES = List.of(
            new ScopeKeuze(Scope.KLANTINTERACTIES_LEZEN.value(), "Klantinteracties lezen"),
            new ScopeKeuze(Scope.KLANTINTERACTIES_SCHRIJVEN.value(), "Klantinteracties schrijven"),
            new ScopeKeuze(Scope.CONTACTGEGEVENS_LEZEN.value(), "Contactgegevens lezen"),
            new ScopeKeuze(Scope.CONTACTGEGEVENS_SCHRIJVEN.value(), "Contactgegevens schrijven"),
            new ScopeKeuze(
                    Scope.KLANTINTERACTIES_VERTROUWELIJK.value(),
                    "Vertrouwelijke klantcontacten en geheime partijen zien"));

    /** A line of the list. */
    record Regel(
            UUID id,
            String naam,
            List<String> scopes,
            String aangemaakt,
            String verloopt,
            String laatstGebruikt,
            String status,
            boolean actief) {}

    static final String UIT_SETUP_BESTAND = "Deze token komt uit het setup-bestand van het register: de scopes en"
            + " de einddatum wijzigt de beheerder van dat bestand, en gelden vanaf de volgende start.";

    private final ApiTokens tokens;

    ApplicatiesController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "applicaties");
        model.addAttribute("scopeKeuzes", SCOPES);
    }

    @GetMapping("/werkplek/beheer/applicaties")
    String lijst(Model model) {
        return lijstPagina(
                Fouten.geen(), "", Scope.DEFAULT.stream().map(Scope::value).toList(), "", model);
    }

    @PostMapping("/werkplek/beheer/applicaties")
    String maak(
            @RequestParam(defaultValue = "") String naam,
            @RequestParam(name = "scope", required = false) List<String> gekozen,
            @RequestParam(defaultValue = "") String verloopt,
            Medewerker beheerder,
            Model model) {
        List<String> scopeWaarden = gekozen == null ? List.of() : gekozen;
        var fouten = Fouten.geen();
        String applicatie = naam.strip();
        if (applicatie.isEmpty() || applicatie.length() > 200) {
            fouten.add("naam", "Geef de naam van de applicatie: 1 tot 200 tekens.");
        }
        Set<Scope> scopes = scopes(scopeWaarden, fouten);
        OffsetDateTime einde = einde(verloopt, fouten);
        if (!fouten.isEmpty()) {
            return lijstPagina(fouten, naam, scopeWaarden, verloopt, model);
        }
        String key;
        try {
            key = tokens.create(applicatie, scopes, einde);
        } catch (ApiTokens.NameTaken taken) {
            fouten.add(
                    "naam", "Deze applicatie heeft al een actieve token. Trek die eerst in, of kies een andere naam.");
            return lijstPagina(fouten, naam, scopeWaarden, verloopt, model);
        }
        LOG.info("Beheerder {} made a token for application {}", beheerder.gebruikersnaam(), applicatie);
        model.addAttribute("naam", applicatie);
        model.addAttribute("sleutel", key);
        return "werkplek/beheer/sleutel";
    }

    @GetMapping("/werkplek/beheer/applicaties/{id}")
    String applicatie(@PathVariable UUID id, Model model) {
        var token = token(id);
        return applicatiePagina(
                token,
                Fouten.geen(),
                token.scopes().stream().map(Scope::value).toList(),
                datum(ApiTokens.lastDay(token.expiresAt())),
                model);
    }

    @PostMapping("/werkplek/beheer/applicaties/{id}")
    String wijzig(
            @PathVariable UUID id,
            @RequestParam(name = "scope", required = false) List<String> gekozen,
            @RequestParam(defaultValue = "") String verloopt,
            Medewerker beheerder,
            Model model,
            RedirectAttributes redirect) {
        var token = token(id);
        List<String> scopeWaarden = gekozen == null ? List.of() : gekozen;
        var fouten = Fouten.geen();
        Set<Scope> scopes = scopes(scopeWaarden, fouten);
        OffsetDateTime einde = einde(verloopt, fouten);
        if (token.provisioned()) {
            fouten.add(null, UIT_SETUP_BESTAND);
        } else if (fouten.isEmpty() && !tokens.change(id, scopes, einde)) {
            fouten.add(null, "Deze token is ingetrokken en kan niet meer worden gewijzigd.");
        }
        if (!fouten.isEmpty()) {
            return applicatiePagina(token, fouten, scopeWaarden, verloopt, model);
        }
        LOG.info("Beheerder {} changed the token of application {}", beheerder.gebruikersnaam(), token.name());
        redirect.addFlashAttribute("melding", "De token van " + token.name() + " is gewijzigd.");
        return "redirect:/werkplek/beheer/applicaties/" + id;
    }

    @PostMapping("/werkplek/beheer/applicaties/{id}/intrekken")
    String intrekken(@PathVariable UUID id, Medewerker beheerder, RedirectAttributes redirect) {
        var token = token(id);
        if (tokens.revoke(id)) {
            LOG.info("Beheerder {} revoked the token of application {}", beheerder.gebruikersnaam(), token.name());
            redirect.addFlashAttribute(
                    "melding", "De token van " + token.name() + " is ingetrokken; de sleutel werkt niet meer.");
        } else {
            redirect.addFlashAttribute("melding", "De token van " + token.name() + " was al ingetrokken.");
        }
        return "redirect:/werkplek/beheer/applicaties";
    }

    private String lijstPagina(Fouten fouten, String naam, List<String> scopeWaarden, String verloopt, Model model) {
        OffsetDateTime now = OffsetDateTime.now();
        model.addAttribute(
                "regels",
                tokens.list().reversed().stream()
                        .map(token -> new Regel(
                                token.id(),
                                token.name(),
                                token.scopes().stream()
                                        .map(Scope::value)
                                        .sorted()
                                        .toList(),
                                Werkplek.moment(token.createdAt()),
                                token.expiresAt() == null ? "Nooit" : Werkplek.moment(token.expiresAt()),
                                laatstGebruikt(token),
                                status(token, now),
                                token.revokedAt() == null))
                        .toList());
        model.addAttribute("fouten", fouten);
        model.addAttribute("naam", naam);
        model.addAttribute("gekozen", scopeWaarden);
        model.addAttribute("verloopt", verloopt);
        return "werkplek/beheer/applicaties";
    }

    private String applicatiePagina(
            ApiTokens.TokenInfo token, Fouten fouten, List<String> scopeWaarden, String verloopt, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("status", status(token, OffsetDateTime.now()));
        model.addAttribute("aangemaakt", Werkplek.moment(token.createdAt()));
        model.addAttribute("laatstGebruikt", laatstGebruikt(token));
        model.addAttribute("fouten", fouten);
        model.addAttribute("gekozen", scopeWaarden);
        model.addAttribute("verloopt", verloopt);
        return "werkplek/beheer/applicatie";
    }

    private ApiTokens.TokenInfo token(UUID id) {
        return tokens.find(id).orElseThrow(ApiException::notFound);
    }

    /** Up to half a minute behind: the register writes it in batches. */
    private static String laatstGebruikt(ApiTokens.TokenInfo token) {
        return token.lastUsedAt() == null
                ? "Nog niet"
                : Werkplek.moment(token.lastUsedAt()) + " (" + token.lastUsedBy() + ")";
    }

    private static String status(ApiTokens.TokenInfo token, OffsetDateTime now) {
        if (token.revokedAt() != null) {
            return "Ingetrokken op " + Werkplek.moment(token.revokedAt());
        }
        String herkomst = token.provisioned() ? ", uit het setup-bestand" : "";
        if (token.expiresAt() != null && !token.expiresAt().isAfter(now)) {
            return "Verlopen" + herkomst;
        }
        return "Actief" + herkomst;
    }

    private static Set<Scope> scopes(List<String> waarden, Fouten fouten) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String waarde : waarden) {
            Scope.parse(waarde).ifPresentOrElse(scopes::add, () -> fouten.add("scope-0", "Onbekende scope: " + waarde));
        }
        if (scopes.isEmpty() && fouten.isEmpty()) {
            fouten.add("scope-0", "Kies ten minste één scope.");
        }
        return scopes;
    }

    /** Empty means never; a date means through that day, as the command line's {@code --expires}. */
    private static @Nullable OffsetDateTime einde(String verloopt, Fouten fouten) {
        if (verloopt.isBlank()) {
            return null;
        }
        try {
            LocalDate dag = LocalDate.parse(verloopt.strip());
            if (dag.isBefore(LocalDate.now(MUNICIPALITY))) {
                fouten.add("verloopt", "Kies vandaag of een latere dag, of laat het veld leeg.");
                return null;
            }
            return ApiTokens.through(dag);
        } catch (DateTimeParseException e) {
            fouten.add("verloopt", "Geef een datum, zoals 2027-06-30, of laat het veld leeg.");
            return null;
        }
    }

    private static String datum(@Nullable LocalDate dag) {
        return dag == null ? "" : dag.toString();
    }
}
