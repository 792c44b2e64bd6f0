package nl.kcc.klantinteracties.web.contact;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Actoren;
import nl.kcc.klantinteracties.web.AfdelingVragen;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Gespreksresultaten;
import nl.kcc.klantinteracties.web.Kanalen;
import nl.kcc.klantinteracties.web.Notitieblok;
import nl.kcc.klantinteracties.web.SubmitOnce;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import nl.kcc.klantinteracties.web.brp.BrpApi;
import nl.kcc.klantinteracties.web.zaken.ZakenApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contact opnemen (C0992, C0534, C9167, C4390, C9018): the medewerker chooses the kanaal, finds the klant or goes on
 * with a caller who is not known, or registers an authenticated caller as a new klant (F7554). Then Contact
 * registreren: the whole contact in one save.
 */
@Controller
class ContactController {

    private static final String ZOEK_OP = "werkplek.zoekOp";

    /** The questions of one afdeling on the contact form, shown when the verzoek is for it. */
    record VragenVan(String label, String naam, @Nullable List<AfdelingVragen.Vraag> vragen) {}

    private final PartijZoeker zoeker;
    private final PartijResource partijen;
    private final NieuweKlant nieuweKlant;
    private final ContactRegistratie registratie;
    private final Actoren actoren;
    private final SubmitOnce once;
    private final ContactConcepten concepten;
    private final ZakenApi zakenApi;
    private final Kanalen kanalen;
    private final Gespreksresultaten gespreksresultaten;
    private final BrpApi brp;
    private final HandelsregisterController handelsregister;
    private final BronRegistratie bronRegistratie;
    private final AfdelingVragen afdelingVragen;
    private final Clock clock;
    private final Notitieblok notitieblok;

    ContactController(
            PartijZoeker zoeker,
            PartijResource partijen,
            NieuweKlant nieuweKlant,
            ContactRegistratie registratie,
            Actoren actoren,
            SubmitOnce once,
            ContactConcepten concepten,
            ZakenApi zakenApi,
            Kanalen kanalen,
            Gespreksresultaten gespreksresultaten,
            Clock clock,
            Notitieblok notitieblok,
            BrpApi brp,
            HandelsregisterController handelsregister,
            BronRegistratie bronRegistratie,
            AfdelingVragen afdelingVragen) {
        this.bronRegistratie = bronRegistratie;
        this.brp = brp;
        this.handelsregister = handelsregister;
        this.afdelingVragen = afdelingVragen;
        this.notitieblok = notitieblok;
        this.zoeker = zoeker;
        this.partijen = partijen;
        this.nieuweKlant = nieuweKlant;
        this.registratie = registratie;
        this.actoren = actoren;
        this.once = once;
        this.concepten = concepten;
        this.zakenApi = zakenApi;
        this.kanalen = kanalen;
        this.gespreksresultaten = gespreksresultaten;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "contact");
        model.addAttribute("kanalen", kanalen.aangeboden());
        model.addAttribute("gespreksresultaten", gespreksresultaten.aangeboden());
    }

    @GetMapping("/werkplek")
    String start(
            @RequestParam(defaultValue = "telefoon") String kanaal,
            @RequestParam(required = false) String zoekOp,
            @RequestParam(required = false) String zoekterm,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        // A medewerker who searches by telephone number all day finds that choice again at the next call.
        HttpSession session = request.getSession();
        if (zoekOp != null) {
            session.setAttribute(ZOEK_OP, zoekOp);
        }
        var op = PartijZoeker.ZoekOp.parse(zoekOp != null ? zoekOp : (String) session.getAttribute(ZOEK_OP));
        if (op == PartijZoeker.ZoekOp.NAAM_GEBOORTEDATUM && !brp.ingesteld()) {
            op = PartijZoeker.ZoekOp.NAAM;
        }
        model.addAttribute("kanaal", kanaal);
        model.addAttribute(
                "zoekOpties",
                Arrays.stream(PartijZoeker.ZoekOp.values())
                        .filter(o -> o != PartijZoeker.ZoekOp.NAAM_GEBOORTEDATUM || brp.ingesteld())
                        .toList());
        model.addAttribute("zoektInBrp", op == PartijZoeker.ZoekOp.NAAM_GEBOORTEDATUM);
        model.addAttribute("geboortedata", Map.of());
        model.addAttribute("brp", null);
        model.addAttribute("kvk", null);
        model.addAttribute("zoekOp", op.getWaarde());
        model.addAttribute("zoekterm", zoekterm == null ? "" : zoekterm);
        model.addAttribute("gezocht", zoekterm != null);
        model.addAttribute("resultaten", List.of());
        model.addAttribute(
                "concept", concepten.van(medewerker).map(this::beschrijving).orElse(null));
        if (zoekterm != null) {
            try {
                ApiContext context = Werkplek.context(request, medewerker);
                var gevonden = zoeker.zoek(op, zoekterm, context);
                var klanten = List.copyOf(
                        partijen.showAll(gevonden, ExpandTree.NONE, context).values());
                model.addAttribute(
                        "resultaten", klanten.stream().map(Weergave::partij).toList());
                if (brp.ingesteld()) {
                    inDeBrp(op, zoekterm, klanten, context, model);
                }
                handelsregister.zoek(op, zoekterm, context, model);
            } catch (PartijZoeker.OngeldigeZoekterm ongeldig) {
                model.addAttribute("zoekfout", ongeldig.getMessage());
            }
        }
        return "werkplek/contact/start";
    }

    /**
     * Where a telephony integration sends the medewerker when a call comes in: one klant with that number opens their
     * klantbeeld, ready to register a telephone contact; none or several show the search by that number.
     */
    @GetMapping("/werkplek/bellen")
    String bellen(
            @RequestParam(defaultValue = "") String nummer,
            Medewerker medewerker,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        redirect.addAttribute("kanaal", "telefoon");
        try {
            List<UUID> gevonden =
                    zoeker.zoek(PartijZoeker.ZoekOp.TELEFOON, nummer, Werkplek.context(request, medewerker));
            if (gevonden.size() == 1) {
                return "redirect:/werkplek/partijen/" + gevonden.getFirst();
            }
        } catch (PartijZoeker.OngeldigeZoekterm ongeldig) {
            // The search page says what is wrong with the number.
        }
        redirect.addAttribute("zoekOp", PartijZoeker.ZoekOp.TELEFOON.getWaarde());
        redirect.addAttribute("zoekterm", nummer);
        return "redirect:/werkplek";
    }

    /**
     * What the BRP adds to a search: the geboortedatum of the klanten found (so that two of one name are told apart),
     * and for a search by name and geboortedatum or by postcode and huisnummer the residents there, each with their
     * klantbeeld when the register knows them.
     */
    private void inDeBrp(
            PartijZoeker.ZoekOp op, String zoekterm, List<PartijResponse> klanten, ApiContext context, Model model) {
        var bsnVan = new HashMap<String, UUID>();
        klanten.forEach(klant -> {
            String bsn = ZakenApi.bsn(klant);
            if (bsn != null) {
                bsnVan.put(bsn, klant.uuid());
            }
        });
        var bekend = brp.raadpleeg(List.copyOf(bsnVan.keySet()));
        var geboortedata = new HashMap<UUID, String>();
        bekend.personen().forEach(persoon -> {
            UUID partij = bsnVan.get(persoon.bsn());
            if (partij != null && !persoon.geboortedatum().isEmpty()) {
                geboortedata.put(partij, persoon.geboortedatum());
            }
        });
        model.addAttribute("geboortedata", geboortedata);
        BrpApi.Personen inBrp = null;
        if (op == PartijZoeker.ZoekOp.NAAM_GEBOORTEDATUM) {
            var term = PartijZoeker.NaamEnGeboortedatum.parse(zoekterm);
            inBrp = brp.zoekOpNaamEnGeboortedatum(term.geslachtsnaam(), term.geboortedatum());
        } else if (op == PartijZoeker.ZoekOp.POSTCODE) {
            var adres = PartijZoeker.postcodeHuisnummer(zoekterm);
            if (adres != null) {
                inBrp = brp.zoekOpPostcodeEnHuisnummer(adres.postcode(), adres.huisnummer());
            }
        }
        if (inBrp != null) {
            model.addAttribute("brp", inBrp);
            model.addAttribute(
                    "brpInRegister",
                    zoeker.metBsn(
                            inBrp.personen().stream().map(BrpApi.Persoon::bsn).toList(), context));
            // A key per resident: a medewerker who goes back and registers a second one gets that one, not the first.
            model.addAttribute(
                    "brpSleutels",
                    inBrp.personen().stream()
                            .collect(Collectors.toMap(BrpApi.Persoon::bsn, p -> SubmitOnce.newKey(), (a, b) -> a)));
        }
    }

    /**
     * A resident found in the BRP becomes a klant on their first contact: registered as a partij with their BSN and
     * their name as the BRP has it (asked again here, not taken from the page).
     */
    @PostMapping("/werkplek/brp/registreren")
    String registreerUitBrp(
            @RequestParam(defaultValue = "") String bsn,
            @RequestParam(defaultValue = "telefoon") String kanaal,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        redirect.addAttribute("kanaal", kanaal);
        var gevonden = brp.raadpleeg(List.of(bsn.strip())).personen();
        if (gevonden.isEmpty()) {
            redirect.addFlashAttribute("melding", "De BRP kent dit BSN niet (meer), of is nu niet bereikbaar.");
            return "redirect:/werkplek";
        }
        var persoon = gevonden.getFirst();
        var formulier = new NieuweKlant.Formulier(
                kanaal,
                persoon.bsn(),
                persoon.voornamen(),
                persoon.voorvoegsel(),
                persoon.geslachtsnaam(),
                "",
                "",
                sleutel);
        return bronRegistratie.registreer(
                medewerker,
                sleutel,
                () -> nieuweKlant.registreer(formulier, Werkplek.context(request, medewerker)),
                persoon.volledigeNaam() + " is als klant geregistreerd, met de gegevens uit de BRP.",
                "Deze klant is niet geregistreerd",
                redirect);
    }

    @GetMapping("/werkplek/partijen/nieuw")
    String nieuweKlant(@RequestParam(defaultValue = "telefoon") String kanaal, Model model) {
        model.addAttribute("formulier", new NieuweKlant.Formulier(kanaal, "", "", "", "", "", "", SubmitOnce.newKey()));
        model.addAttribute("fouten", Fouten.geen());
        return "werkplek/contact/nieuwe-klant";
    }

    @PostMapping("/werkplek/partijen/nieuw")
    String registreerKlant(
            @ModelAttribute("formulier") NieuweKlant.Formulier formulier,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            SubmitOnce.Outcome outcome = once.submit(
                    medewerker,
                    formulier.sleutel(),
                    () -> "/werkplek/partijen/"
                            + nieuweKlant.registreer(formulier, Werkplek.context(request, medewerker)));
            redirect.addAttribute("kanaal", formulier.kanaal());
            redirect.addFlashAttribute(
                    "melding",
                    outcome.repeated()
                            ? "Deze klant was al geregistreerd; hij is niet nog eens opgeslagen."
                            : "De klant is geregistreerd.");
            return "redirect:" + outcome.target();
        } catch (ApiException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            model.addAttribute("fouten", Fouten.van(refused, NieuweKlant::veld));
            return "werkplek/contact/nieuwe-klant";
        }
    }

    @GetMapping("/werkplek/contact")
    String contactFormulier(
            @RequestParam(defaultValue = "telefoon") String kanaal,
            @RequestParam(required = false) String partij,
            @RequestParam(required = false) String concept,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        ContactFormulier formulier = ContactFormulier.nieuw(
                kanaal,
                partij,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        if (concept != null) {
            var bewaard = concepten.van(medewerker);
            if (bewaard.isPresent()) {
                formulier = bewaard.get().formulier();
                model.addAttribute(
                        "melding",
                        "Wat u op " + Werkplek.moment(bewaard.get().bijgewerkt())
                                + " had ingevuld, staat weer in het formulier. Het is nog niet opgeslagen.");
            }
        }
        return formulier(formulier, Fouten.geen(), null, Werkplek.context(request, medewerker), model);
    }

    /**
     * "Nog een vraag" and "Vraag verwijderen": the form comes back with one vraag more or less, kept as a draft, and
     * the focus on the new vraag's first field. Nothing is registered.
     */
    @PostMapping("/werkplek/contact/vragen")
    String wijzigVragen(
            @ModelAttribute("formulier") ContactFormulier formulier,
            @RequestParam(defaultValue = "") String actie,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        var vragen = new ArrayList<>(formulier.vragenLijst());
        String focus = null;
        if (actie.equals("toevoegen") && vragen.size() < ContactFormulier.MAX_VRAGEN) {
            vragen.add(ContactFormulier.Vraag.leeg());
            focus = ContactRegistratie.vraagVeld(vragen.size() - 1, "onderwerp");
        } else if (actie.matches("verwijderen-[0-9]{1,2}") && vragen.size() > 1) {
            int index = Integer.parseInt(actie.substring("verwijderen-".length()));
            if (index < vragen.size()) {
                vragen.remove(index);
                focus = ContactRegistratie.vraagVeld(Math.min(index, vragen.size() - 1), "onderwerp");
            }
        }
        ContactFormulier gewijzigd = formulier.metVragen(vragen);
        concepten.bewaar(medewerker, gewijzigd);
        return formulier(gewijzigd, Fouten.geen(), focus, Werkplek.context(request, medewerker), model);
    }

    /**
     * Keeps what the medewerker types, a second after they stop typing; each of these requests also keeps the session
     * alive, so that a long call does not end it.
     */
    @PostMapping("/werkplek/concepten/contact")
    ResponseEntity<Void> bewaarConcept(@ModelAttribute ContactFormulier formulier, Medewerker medewerker) {
        concepten.bewaar(medewerker, formulier);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/werkplek/concepten/contact/weggooien")
    String gooiConceptWeg(Medewerker medewerker, RedirectAttributes redirect) {
        concepten.verwijder(medewerker);
        redirect.addFlashAttribute("melding", "Het niet opgeslagen contact is weggegooid.");
        return "redirect:/werkplek";
    }

    /** What the start page says of an unsaved contact, so the medewerker knows which one it is. */
    private String beschrijving(ContactConcepten.Concept concept) {
        String onderwerp = ContactFormulier.tekst(
                concept.formulier().vragenLijst().getFirst().onderwerp());
        return "laatst ingevuld op " + Werkplek.moment(concept.bijgewerkt())
                + (onderwerp.isEmpty() ? "" : ", onderwerp “" + onderwerp + "”");
    }

    @PostMapping("/werkplek/contact")
    String registreer(
            @ModelAttribute("formulier") ContactFormulier formulier,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        try {
            var nummers = new AtomicReference<List<String>>(List.of());
            SubmitOnce.Outcome outcome = once.submit(medewerker, formulier.sleutel(), () -> {
                var geregistreerd = registratie.registreer(formulier, medewerker, context);
                nummers.set(geregistreerd.referentienummers());
                concepten.verwijder(medewerker);
                notitieblok.wis(medewerker);
                // Anyone may shield what a caller confides; only the role may read it back.
                return formulier.isVertrouwelijk() && !medewerker.vertrouwelijk()
                        ? "/werkplek"
                        : "/werkplek/klantcontacten/"
                                + geregistreerd.klantcontacten().getFirst();
            });
            List<String> gegeven = Objects.requireNonNullElse(nummers.get(), List.of());
            // In the message, because the medewerker reads it out to the klant before the call ends.
            String referentie = switch (gegeven.size()) {
                case 0 -> "";
                case 1 -> " Referentienummer voor de klant: " + gegeven.getFirst() + ".";
                default -> " Referentienummers voor de klant: " + String.join(", ", gegeven) + ".";
            };
            if (outcome.repeated()) {
                redirect.addFlashAttribute(
                        "melding", "Dit contact was al geregistreerd; het is niet nog eens opgeslagen.");
            } else if (outcome.target().equals("/werkplek")) {
                redirect.addFlashAttribute(
                        "melding",
                        "Het vertrouwelijke contact is geregistreerd." + referentie + " U kunt het zelf niet inzien:"
                                + " dat kunnen alleen medewerkers die vertrouwelijke contacten mogen inzien.");
            } else if (gegeven.size() > 1) {
                redirect.addFlashAttribute(
                        "melding",
                        "De " + gegeven.size() + " vragen"
                                + (formulier.isTerugbellen()
                                        ? " en het terugbelverzoek zijn geregistreerd."
                                        : " zijn geregistreerd.")
                                + referentie);
            } else {
                redirect.addFlashAttribute(
                        "melding",
                        (formulier.isTerugbellen()
                                        ? "Het contact en het terugbelverzoek zijn geregistreerd."
                                        : "Het contact is geregistreerd.")
                                + referentie);
            }
            return "redirect:" + outcome.target();
        } catch (ApiException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            return formulier(
                    formulier,
                    Fouten.van(refused, ContactRegistratie.velden(ContactRegistratie.adresVelden(formulier))),
                    null,
                    context,
                    model);
        }
    }

    private String formulier(
            ContactFormulier formulier, Fouten fouten, @Nullable String focus, ApiContext context, Model model) {
        UUID partij = Texts.parseUuid(ContactFormulier.tekst(formulier.partij()));
        model.addAttribute("zakenVanKlant", List.of());
        if (partij != null) {
            // A partij the medewerker may not see is refused here as anywhere else.
            var klant = partijen.get(partij, ExpandTree.NONE, context);
            model.addAttribute("klant", Weergave.partij(klant));
            if (zakenApi.ingesteld()) {
                model.addAttribute("zakenVanKlant", zakenApi.vanPartij(klant).zaken());
            }
        }
        model.addAttribute("formulier", formulier.metVragen(formulier.vragenLijst()));
        model.addAttribute("fouten", fouten);
        model.addAttribute("focus", focus == null ? ContactRegistratie.vraagVeld(0, "onderwerp") : focus);
        model.addAttribute("maxVragen", ContactFormulier.MAX_VRAGEN);
        var toewijsbaar = actoren.toewijsbaar(context);
        model.addAttribute("toewijsbaar", toewijsbaar);
        // An old draft or a link names the choice by uuid; the field shows it as it is listed.
        String ontvanger = ContactFormulier.tekst(formulier.toewijzenAan());
        model.addAttribute(
                "toewijzenAan",
                toewijsbaar.stream()
                        .filter(a -> a.uuid().toString().equals(ontvanger))
                        .map(Actoren.Keuze::label)
                        .findFirst()
                        .orElse(ontvanger));
        model.addAttribute(
                "afdelingen",
                toewijsbaar.stream().filter(Actoren.Keuze::isAfdeling).toList());
        var vragenVan = afdelingVragen.alle();
        model.addAttribute(
                "afdelingVragen",
                toewijsbaar.stream()
                        .filter(a -> vragenVan.containsKey(a.uuid()))
                        .map(a -> new VragenVan(a.label(), a.naam(), vragenVan.get(a.uuid())))
                        .toList());
        return "werkplek/contact/registreren";
    }
}
