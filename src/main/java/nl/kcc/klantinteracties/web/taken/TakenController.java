package nl.kcc.klantinteracties.web.taken;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResponse;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.internetaak.TaakSoort;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResource;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Actoren;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Kanalen;
import nl.kcc.klantinteracties.web.SubmitOnce;
import nl.kcc.klantinteracties.web.Termijnen;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import nl.kcc.klantinteracties.web.WerkplekProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mijn taken (F3839, C2984, C6114): the open tasks of the medewerker and their afdelingen, the longest-waiting klant
 * first, and one task with everything needed to call the klant back (F8618) and the actions on it.
 */
@Controller
class TakenController {

    /** A line of the inbox. */
    record Regel(
            Weergave.Taak taak,
            String onderwerp,
            String klant,
            String wachttijd,
            Termijnen.@Nullable Termijn termijn) {}

    /** A count in the inbox's header: whose tasks, how many, and the filter value that shows only those. */
    record Telling(String naam, long aantal, String voor) {}

    /** A way to reach the klant: the digitaal adres, and where it comes from. */
    record Bereikbaar(Weergave.DigitaalAdresRegel adres, String bron) {}

    private final TakenInbox inbox;
    private final TaakAfhandeling afhandeling;
    private final InterneTaakResource interneTaken;
    private final KlantcontactResource klantcontacten;
    private final OnderwerpobjectResource onderwerpobjecten;
    private final PartijResource partijen;
    private final DigitaalAdresResource digitaleAdressen;
    private final Actoren actoren;
    private final SubmitOnce once;
    private final String kccAfdeling;
    private final Kanalen kanalen;
    private final Termijnen termijnen;
    private final TaakConcepten concepten;

    TakenController(
            TakenInbox inbox,
            TaakAfhandeling afhandeling,
            InterneTaakResource interneTaken,
            KlantcontactResource klantcontacten,
            OnderwerpobjectResource onderwerpobjecten,
            PartijResource partijen,
            DigitaalAdresResource digitaleAdressen,
            Actoren actoren,
            SubmitOnce once,
            WerkplekProperties werkplek,
            Kanalen kanalen,
            Termijnen termijnen,
            TaakConcepten concepten) {
        this.termijnen = termijnen;
        this.concepten = concepten;
        this.inbox = inbox;
        this.afhandeling = afhandeling;
        this.interneTaken = interneTaken;
        this.klantcontacten = klantcontacten;
        this.onderwerpobjecten = onderwerpobjecten;
        this.partijen = partijen;
        this.digitaleAdressen = digitaleAdressen;
        this.actoren = actoren;
        this.once = once;
        this.kccAfdeling = werkplek.kccAfdeling();
        this.kanalen = kanalen;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "taken");
    }

    @GetMapping("/werkplek/taken")
    String taken(
            @RequestParam(defaultValue = "alle") String voor,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        ApiContext context = Werkplek.context(request, medewerker);
        var mijn = new ArrayList<UUID>();
        mijn.add(medewerker.actor());
        mijn.addAll(medewerker.afdelingen());
        Map<UUID, ActorResponse> namen = actoren.get(mijn, context);
        Map<UUID, Long> counts = inbox.counts(mijn, context);

        var tellingen = new ArrayList<Telling>();
        tellingen.add(new Telling("Aan mij", counts.getOrDefault(medewerker.actor(), 0L), "mij"));
        for (UUID afdeling : medewerker.afdelingen()) {
            ActorResponse eenheid = namen.get(afdeling);
            tellingen.add(new Telling(
                    eenheid != null ? eenheid.naam() : "Afdeling",
                    counts.getOrDefault(afdeling, 0L),
                    afdeling.toString()));
        }
        List<UUID> gekozen = switch (voor) {
            case "mij" -> List.of(medewerker.actor());
            case "alle" -> mijn;
            default -> {
                UUID afdeling = Texts.parseUuid(voor);
                yield afdeling != null && medewerker.afdelingen().contains(afdeling) ? List.of(afdeling) : mijn;
            }
        };
        List<Regel> regels = regels(inbox.open(gekozen, context), context);
        model.addAttribute("tellingen", tellingen);
        model.addAttribute("voor", voor);
        model.addAttribute("regels", regels);
        model.addAttribute("maximum", TakenInbox.MAXIMUM);
        return "werkplek/taken/taken";
    }

    @GetMapping("/werkplek/taken/{uuid}")
    String taak(@PathVariable UUID uuid, Medewerker medewerker, HttpServletRequest request, Model model) {
        return taakPagina(uuid, Fouten.geen(), null, Werkplek.context(request, medewerker), model);
    }

    /**
     * Keeps what the medewerker types in one of a task's forms, a second after they stop typing; each of these
     * requests also keeps the session alive.
     */
    @PostMapping("/werkplek/concepten/taken/{uuid}/{formulier}")
    ResponseEntity<Void> bewaarConcept(
            @PathVariable UUID uuid,
            @PathVariable String formulier,
            @RequestParam Map<String, String> ingevuld,
            Medewerker medewerker) {
        return concepten.bewaar(medewerker, uuid, formulier, ingevuld)
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @PostMapping("/werkplek/taken/{uuid}/teruggebeld")
    String teruggebeld(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "") String uitkomst,
            @RequestParam(defaultValue = "") String notitie,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        // What was sent stays in the form if it is refused, and after a session ends.
        concepten.bewaar(medewerker, uuid, "terugbellen", Map.of("uitkomst", uitkomst, "notitie", notitie));
        if (!uitkomst.equals("gelukt") && !uitkomst.equals("mislukt")) {
            return taakPagina(
                    uuid,
                    Fouten.geen().add("uitkomst-gelukt", "Kies of u de klant hebt gesproken."),
                    "terugbellen",
                    context,
                    model);
        }
        boolean gelukt = uitkomst.equals("gelukt");
        try {
            return eenmaal(
                    uuid,
                    medewerker,
                    sleutel,
                    redirect,
                    gelukt
                            ? "Het terugbelgesprek is geregistreerd en de taak is verwerkt."
                            : "De mislukte terugbelpoging is geregistreerd; de taak blijft openstaan.",
                    () -> {
                        afhandeling.teruggebeld(uuid, gelukt, notitie, medewerker, context);
                        return gelukt ? "/werkplek/taken" : "/werkplek/taken/" + uuid;
                    });
        } catch (ApiException refused) {
            return refused(refused, uuid, "terugbellen", context, model);
        }
    }

    @PostMapping("/werkplek/taken/{uuid}/oppakken")
    String oppakken(
            @PathVariable UUID uuid, Medewerker medewerker, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            afhandeling.oppakken(uuid, medewerker, Werkplek.context(request, medewerker));
            redirect.addFlashAttribute("melding", "U hebt de taak opgepakt; uw collega's zien dat u hem doet.");
        } catch (ApiException refused) {
            if (refused.status() != HttpStatus.CONFLICT) {
                throw refused;
            }
            redirect.addFlashAttribute("melding", refused.getMessage());
        }
        return "redirect:/werkplek/taken/" + uuid;
    }

    @PostMapping("/werkplek/taken/{uuid}/vrijgeven")
    String vrijgeven(
            @PathVariable UUID uuid, Medewerker medewerker, HttpServletRequest request, RedirectAttributes redirect) {
        afhandeling.vrijgeven(uuid, medewerker, Werkplek.context(request, medewerker));
        redirect.addFlashAttribute("melding", "De taak is weer voor de hele afdeling.");
        return "redirect:/werkplek/taken/" + uuid;
    }

    @PostMapping("/werkplek/taken/{uuid}/beantwoord")
    String beantwoord(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "") String antwoord,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        // What was sent stays in the form if it is refused, and after a session ends.
        concepten.bewaar(medewerker, uuid, "beantwoorden", Map.of("antwoord", antwoord));
        try {
            return eenmaal(
                    uuid,
                    medewerker,
                    sleutel,
                    redirect,
                    "Het antwoord is geregistreerd en de taak is verwerkt.",
                    () -> {
                        afhandeling.beantwoord(uuid, antwoord, medewerker, context);
                        return "/werkplek/taken";
                    });
        } catch (ApiException refused) {
            return refused(refused, uuid, "beantwoorden", context, model);
        }
    }

    @PostMapping("/werkplek/taken/{uuid}/zaak")
    String zaak(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "") String zaak,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        // What was sent stays in the form if it is refused, and after a session ends.
        concepten.bewaar(medewerker, uuid, "zaak", Map.of("zaak", zaak));
        try {
            return eenmaal(
                    uuid,
                    medewerker,
                    sleutel,
                    redirect,
                    "Zaak " + zaak.strip() + " is aan het contact gekoppeld en de taak is verwerkt.",
                    () -> {
                        afhandeling.zaakGemaakt(uuid, zaak, context);
                        return "/werkplek/taken";
                    });
        } catch (ApiException refused) {
            return refused(refused, uuid, "zaak", context, model);
        }
    }

    @PostMapping("/werkplek/taken/{uuid}/afgerond")
    String afgerond(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "") String notitie,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        // What was sent stays in the form if it is refused, and after a session ends.
        concepten.bewaar(medewerker, uuid, "afronden", Map.of("notitie", notitie));
        try {
            return eenmaal(uuid, medewerker, sleutel, redirect, "De taak is verwerkt.", () -> {
                afhandeling.afgerond(uuid, notitie, context);
                return "/werkplek/taken";
            });
        } catch (ApiException refused) {
            return refused(refused, uuid, "afronden", context, model);
        }
    }

    @PostMapping("/werkplek/taken/{uuid}/doorsturen")
    String doorsturen(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "") String naar,
            @RequestParam(defaultValue = "") String toelichting,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        // What was sent stays in the form if it is refused, and after a session ends.
        concepten.bewaar(medewerker, uuid, "doorsturen", Map.of("naar", naar, "toelichting", toelichting));
        UUID actor = Texts.parseUuid(naar);
        var keuze = actoren.toewijsbaar(context).stream()
                .filter(a -> a.uuid().equals(actor))
                .findFirst();
        if (keuze.isEmpty()) {
            return taakPagina(
                    uuid,
                    Fouten.geen().add("naar", "Kies de afdeling of medewerker die de taak wel kan uitvoeren."),
                    "doorsturen",
                    context,
                    model);
        }
        try {
            return eenmaal(
                    uuid,
                    medewerker,
                    sleutel,
                    redirect,
                    "De taak is doorgestuurd naar " + keuze.get().naam() + " en hier afgesloten.",
                    () -> {
                        afhandeling.doorsturen(
                                uuid,
                                keuze.get().uuid(),
                                keuze.get().naam(),
                                null,
                                toelichting,
                                "De taak kon hier niet worden uitgevoerd; doorgestuurd naar",
                                context);
                        return "/werkplek/taken";
                    });
        } catch (ApiException refused) {
            return refused(refused, uuid, "doorsturen", context, model);
        }
    }

    @PostMapping("/werkplek/taken/{uuid}/terug-naar-kcc")
    String terugNaarKcc(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "") String toelichting,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        // What was sent stays in the form if it is refused, and after a session ends.
        concepten.bewaar(medewerker, uuid, "terug", Map.of("toelichting", toelichting));
        var kcc = actoren.afdeling(kccAfdeling, context)
                .orElseThrow(() -> ApiException.conflict("Er is geen afdeling " + kccAfdeling + "."));
        try {
            return eenmaal(
                    uuid,
                    medewerker,
                    sleutel,
                    redirect,
                    "De taak is teruggestuurd naar " + kcc.naam() + " en hier afgesloten.",
                    () -> {
                        afhandeling.doorsturen(
                                uuid,
                                kcc.uuid(),
                                kcc.naam(),
                                TaakSoort.OPNIEUW_ROUTEREN,
                                toelichting,
                                "De taak kon hier niet worden uitgevoerd; teruggestuurd naar",
                                context);
                        return "/werkplek/taken";
                    });
        } catch (ApiException refused) {
            return refused(refused, uuid, "terug", context, model);
        }
    }

    /**
     * Does what a task form asks once per rendered page: a double click, or the same form sent again, leads where the
     * first led and stores nothing more (a failed call-back attempt would otherwise be registered twice).
     */
    private String eenmaal(
            UUID taak,
            Medewerker medewerker,
            String sleutel,
            RedirectAttributes redirect,
            String melding,
            Supplier<String> actie) {
        SubmitOnce.Outcome outcome = once.submit(medewerker, sleutel, actie);
        // Done, now or by the first of two submissions: what was typed for it is not kept any longer.
        concepten.verwijder(medewerker, taak);
        redirect.addFlashAttribute(
                "melding", outcome.repeated() ? "Dit was al opgeslagen; het is niet nog eens gedaan." : melding);
        return "redirect:" + outcome.target();
    }

    private String refused(ApiException refused, UUID uuid, String actie, ApiContext context, Model model) {
        if (refused.status() != HttpStatus.BAD_REQUEST) {
            throw refused;
        }
        return taakPagina(
                uuid,
                Fouten.van(refused, name -> switch (name) {
                    case "toelichting" -> actie + "-toelichting";
                    case "antwoord", "zaak" -> name;
                    default -> null;
                }),
                actie,
                context,
                model);
    }

    private String taakPagina(UUID uuid, Fouten fouten, @Nullable String actie, ApiContext context, Model model) {
        InterneTaakResponse taak = interneTaken.get(uuid, ExpandTree.NONE, context);
        KlantcontactResponse klantcontact = klantcontacten.get(
                Weergave.aanleiding(taak),
                Werkplek.expand(klantcontacten, "hadBetrokkenen", "hadBetrokkenen.digitaleAdressen"),
                context);
        var actorUuids =
                taak.toegewezenAanActoren().stream().map(Reference::uuid).toList();
        model.addAttribute("taak", Weergave.taak(taak, actoren.get(actorUuids, context)));
        model.addAttribute("termijn", termijnen.van(List.of(taak.uuid())).get(taak.uuid()));
        model.addAttribute("open", taak.status().equals("te_verwerken"));
        model.addAttribute("klantcontact", Weergave.klantcontact(klantcontact, kanalen.labels()));
        BetrokkeneResponse klant = TaakAfhandeling.klant(klantcontact);
        if (klant != null) {
            var shown = Weergave.betrokkene(klant);
            model.addAttribute(
                    "klant",
                    new Weergave.BetrokkeneRegel(
                            shown.uuid(),
                            shown.partij(),
                            naam(klant, partijNamen(List.of(klant), context)),
                            shown.rol(),
                            shown.initiator()));
        } else {
            model.addAttribute("klant", null);
        }
        model.addAttribute("bereikbaar", bereikbaar(klant, context));
        model.addAttribute("pogingen", pogingen(klantcontact.uuid(), context));
        model.addAttribute("toewijsbaar", actoren.toewijsbaar(context));
        model.addAttribute("soort", TaakSoort.van(taak.gevraagdeHandeling(), klantcontact.kanaal()));
        // A task of the afdeling can be taken up; one assigned to the medewerker already is theirs.
        model.addAttribute(
                "mijnTaak", model.getAttribute("ik") instanceof Medewerker ik && actorUuids.contains(ik.actor()));
        // The KCC's own tasks are not sent back to the KCC.
        var kcc = actoren.afdeling(kccAfdeling, context);
        model.addAttribute(
                "kcc",
                kcc.isPresent() && !actorUuids.contains(kcc.get().uuid())
                        ? kcc.get().naam()
                        : null);
        model.addAttribute("fouten", fouten);
        model.addAttribute("actie", actie);
        model.addAttribute("sleutel", SubmitOnce.newKey());
        model.addAttribute(
                "concept", concepten.van(model.getAttribute("ik") instanceof Medewerker ik ? ik : null, uuid));
        return "werkplek/taken/taak";
    }

    /**
     * How to reach the klant: the addresses given for this contact, else the partij's voorkeur (F0138), else the
     * partij's other addresses.
     */
    private List<Bereikbaar> bereikbaar(@Nullable BetrokkeneResponse klant, ApiContext context) {
        if (klant == null) {
            return List.of();
        }
        List<DigitaalAdresResponse> gegeven = Weergave.expanded(klant, "digitaleAdressen");
        if (!gegeven.isEmpty()) {
            return gegeven.stream()
                    .map(a -> new Bereikbaar(Weergave.digitaalAdres(a, null), "opgegeven bij dit contact"))
                    .toList();
        }
        if (klant.wasPartij() == null) {
            return List.of();
        }
        PartijResponse partij;
        try {
            partij = partijen.get(klant.wasPartij().uuid(), ExpandTree.NONE, context);
        } catch (ApiException hidden) {
            return List.of();
        }
        UUID voorkeur = partij.voorkeursDigitaalAdres() == null
                ? null
                : partij.voorkeursDigitaalAdres().uuid();
        var uuids = partij.digitaleAdressen().stream().map(Reference::uuid).toList();
        if (uuids.isEmpty()) {
            return List.of();
        }
        return digitaleAdressen.showAll(uuids, ExpandTree.NONE, context).values().stream()
                .map(a -> new Bereikbaar(Weergave.digitaalAdres(a, voorkeur), "van de klant"))
                .sorted((a, b) ->
                        Boolean.compare(b.adres().voorkeur(), a.adres().voorkeur()))
                .toList();
    }

    /** The contacts registered about this one: the call-backs and attempts. */
    private List<Weergave.KlantcontactKaart> pogingen(UUID klantcontact, ApiContext context) {
        var over = onderwerpobjecten
                .list(
                        Werkplek.query(
                                onderwerpobjecten, "wasKlantcontact__uuid", klantcontact.toString(), "pageSize", "100"),
                        context)
                .items();
        var uuids = over.stream()
                .map(o -> o.klantcontact() == null ? null : o.klantcontact().uuid())
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (uuids.isEmpty()) {
            return List.of();
        }
        Map<String, String> labels = kanalen.labels();
        return klantcontacten.showAll(uuids, ExpandTree.NONE, context).values().stream()
                .sorted((a, b) -> b.plaatsgevondenOp().compareTo(a.plaatsgevondenOp()))
                .map(k -> Weergave.klantcontact(k, labels))
                .toList();
    }

    private List<Regel> regels(List<UUID> uuids, ApiContext context) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        Map<UUID, InterneTaakResponse> taken = interneTaken.showAll(uuids, ExpandTree.NONE, context);
        var contactUuids =
                taken.values().stream().map(t -> Weergave.aanleiding(t)).collect(Collectors.toSet());
        Map<UUID, KlantcontactResponse> contacten =
                klantcontacten.showAll(contactUuids, Werkplek.expand(klantcontacten, "hadBetrokkenen"), context);
        var actorUuids = new HashSet<UUID>();
        taken.values().forEach(t -> t.toegewezenAanActoren().forEach(r -> actorUuids.add(r.uuid())));
        Map<UUID, ActorResponse> namen = actoren.get(actorUuids, context);
        Map<UUID, String> partijNamen = partijNamen(
                contacten.values().stream().map(TaakAfhandeling::klant).toList(), context);
        var termijnVan = termijnen.van(taken.keySet());
        return uuids.stream()
                .filter(taken::containsKey)
                .map(uuid -> {
                    var taak = Objects.requireNonNull(taken.get(uuid));
                    var contact = contacten.get(Weergave.aanleiding(taak));
                    var klant = contact == null ? null : TaakAfhandeling.klant(contact);
                    return new Regel(
                            Weergave.taak(taak, namen),
                            contact == null ? "" : contact.onderwerp(),
                            klant == null ? "Onbekende klant" : naam(klant, partijNamen),
                            contact == null ? "" : Weergave.wachttijd(contact.plaatsgevondenOp()),
                            termijnVan.get(uuid));
                })
                .toList();
    }

    /** The name the betrokkene gave, else the name of the partij it was. */
    private static String naam(BetrokkeneResponse klant, Map<UUID, String> partijNamen) {
        String naam = Weergave.betrokkene(klant).naam();
        if (naam.isEmpty() && klant.wasPartij() != null) {
            naam = partijNamen.getOrDefault(klant.wasPartij().uuid(), "");
        }
        return naam.isEmpty() ? "Klant" : naam;
    }

    private Map<UUID, String> partijNamen(List<BetrokkeneResponse> klanten, ApiContext context) {
        var uuids = klanten.stream()
                .filter(k -> k != null && k.wasPartij() != null)
                .map(k -> k.wasPartij().uuid())
                .collect(Collectors.toSet());
        if (uuids.isEmpty()) {
            return Map.of();
        }
        return partijen.showAll(uuids, ExpandTree.NONE, context).values().stream()
                .collect(Collectors.toMap(PartijResponse::uuid, Weergave::naam));
    }
}
