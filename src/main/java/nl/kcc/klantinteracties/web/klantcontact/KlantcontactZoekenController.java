package nl.kcc.klantinteracties.web.klantcontact;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.resource.ETags;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResource;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Actoren;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Gesprekken;
import nl.kcc.klantinteracties.web.Gespreksresultaten;
import nl.kcc.klantinteracties.web.Kanalen;
import nl.kcc.klantinteracties.web.SubmitOnce;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import nl.kcc.klantinteracties.web.zaken.ZakenApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Klantcontact zoeken (C0534 variant B, F3896): by referentienummer or nummer, the klant's BSN or KvK-nummer, a
 * telephone number or e-mail address given with it, or a zaak; and one klantcontact, to which a colleague adds the
 * answer.
 */
@Controller
class KlantcontactZoekenController {

    static final int PAGE_SIZE = 25;

    /** Fewer characters of a number or address would match nearly every contact. */
    static final int MINIMUM_ADRES = 4;

    /** What is searched by: the value of the form, the label, and the filter of the API it uses. */
    enum ZoekOp {
        NUMMER("Referentienummer of nummer", null),
        PARTIJ("BSN of KvK-nummer van de klant", "hadBetrokkene__wasPartij__partijIdentificator__objectId"),
        ADRES("Telefoonnummer of e-mailadres", "hadBetrokkene__digitaaladres__adres__icontains"),
        ZAAK("Zaak (uuid of zaaknummer)", "onderwerpobject__onderwerpobjectidentificatorObjectId");

        private final String label;
        private final @Nullable String filter;

        ZoekOp(String label, @Nullable String filter) {
            this.label = label;
            this.filter = filter;
        }

        public String getLabel() {
            return label;
        }

        public String getWaarde() {
            return name().toLowerCase(Locale.ROOT);
        }

        static ZoekOp parse(String waarde) {
            for (ZoekOp op : values()) {
                if (op.getWaarde().equals(waarde)) {
                    return op;
                }
            }
            return NUMMER;
        }
    }

    private final KlantcontactResource klantcontacten;
    private final InterneTaakResource interneTaken;
    private final OnderwerpobjectResource onderwerpobjecten;
    private final PartijResource partijen;
    private final Actoren actoren;
    private final Antwoord antwoord;
    private final Gespreksresultaten gespreksresultaten;
    private final Kanalen kanalen;
    private final SubmitOnce once;
    private final Gesprekken gesprekken;
    private final ZakenApi zakenApi;

    KlantcontactZoekenController(
            KlantcontactResource klantcontacten,
            InterneTaakResource interneTaken,
            OnderwerpobjectResource onderwerpobjecten,
            PartijResource partijen,
            Actoren actoren,
            Antwoord antwoord,
            Gespreksresultaten gespreksresultaten,
            Gesprekken gesprekken,
            Kanalen kanalen,
            SubmitOnce once,
            ZakenApi zakenApi) {
        this.gesprekken = gesprekken;
        this.zakenApi = zakenApi;
        this.klantcontacten = klantcontacten;
        this.interneTaken = interneTaken;
        this.onderwerpobjecten = onderwerpobjecten;
        this.partijen = partijen;
        this.actoren = actoren;
        this.antwoord = antwoord;
        this.gespreksresultaten = gespreksresultaten;
        this.kanalen = kanalen;
        this.once = once;
    }

    @GetMapping("/werkplek/klantcontacten")
    String zoeken(
            @RequestParam(defaultValue = "nummer") String zoekOp,
            @RequestParam(required = false) String zoekterm,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        var op = ZoekOp.parse(zoekOp);
        model.addAttribute("nav", "zoeken");
        model.addAttribute("zoekOpties", ZoekOp.values());
        model.addAttribute("zoekOp", op.getWaarde());
        String term = zoekterm == null ? "" : zoekterm.strip();
        model.addAttribute("zoekterm", term);
        model.addAttribute("gezocht", !term.isEmpty());
        model.addAttribute("resultaten", List.of());
        model.addAttribute("zaak", null);
        if (!term.isEmpty()) {
            if (term.length() > 200) {
                model.addAttribute("zoekfout", "De zoekterm is te lang.");
            } else if (op == ZoekOp.ADRES && term.length() < MINIMUM_ADRES) {
                model.addAttribute(
                        "zoekfout",
                        "Geef minstens " + MINIMUM_ADRES + " tekens van het telefoonnummer of e-mailadres op.");
            } else {
                ApiContext context = Werkplek.context(request, medewerker);
                var found = zoek(op, term, context);
                model.addAttribute("resultaten", resultaten(found.items(), context));
                model.addAttribute("aantal", found.count());
                if (op == ZoekOp.ZAAK && zakenApi.ingesteld() && Texts.parseUuid(term) == null) {
                    // The zaak itself, as the zaaksysteem knows it, above the contacts about it.
                    model.addAttribute("zaak", zakenApi.metNummer(term));
                }
            }
        }
        return "werkplek/klantcontact/zoeken";
    }

    @GetMapping("/werkplek/klantcontacten/{uuid}")
    String klantcontact(@PathVariable UUID uuid, Medewerker medewerker, HttpServletRequest request, Model model) {
        return pagina(uuid, Fouten.geen(), "", Werkplek.context(request, medewerker), model);
    }

    @PostMapping("/werkplek/klantcontacten/{uuid}/antwoord")
    String antwoordToevoegen(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "") String antwoord,
            @RequestParam(defaultValue = "") String versie,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, medewerker);
        SubmitOnce.Outcome outcome;
        try {
            // A second click must not meet its own first click's new version as someone else's change.
            outcome = once.submit(medewerker, sleutel, () -> {
                this.antwoord.voegToe(uuid, antwoord, versie, medewerker, context);
                return "/werkplek/klantcontacten/" + uuid;
            });
        } catch (ApiException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            return pagina(uuid, Fouten.van(refused, name -> "antwoord"), antwoord, context, model);
        }
        redirect.addFlashAttribute(
                "melding",
                outcome.repeated()
                        ? "Dit antwoord was al toegevoegd; het is niet nog eens opgeslagen."
                        : "Het antwoord is toegevoegd en u bent aan het contact gekoppeld.");
        return "redirect:" + outcome.target();
    }

    private Page<KlantcontactResponse> zoek(ZoekOp op, String term, ApiContext context) {
        if (op == ZoekOp.NUMMER) {
            var found = klantcontacten.list(
                    Werkplek.query(
                            klantcontacten,
                            "referentienummer",
                            term,
                            "pageSize",
                            String.valueOf(PAGE_SIZE),
                            "expand",
                            "hadBetrokkenen"),
                    context);
            if (found.count() > 0) {
                return found;
            }
            return klantcontacten.list(
                    Werkplek.query(
                            klantcontacten,
                            "nummer",
                            term,
                            "pageSize",
                            String.valueOf(PAGE_SIZE),
                            "expand",
                            "hadBetrokkenen"),
                    context);
        }
        // A telephone number, BSN or KvK-nummer is read out with spaces and dashes; an e-mail address, a zaaknummer
        // (ZAAK-2026-0042) and a zaak's uuid have dashes of their own.
        String value = op == ZoekOp.ZAAK || (op == ZoekOp.ADRES && term.contains("@"))
                ? term.strip()
                : term.replaceAll("[\\s()-]", "");
        return klantcontacten.list(
                Werkplek.query(
                        klantcontacten,
                        // Every way of searching but by number has a filter; by number was answered above.
                        Objects.requireNonNull(op.filter),
                        value,
                        "pageSize",
                        String.valueOf(PAGE_SIZE),
                        "expand",
                        "hadBetrokkenen"),
                context);
    }

    /** What the contact was about, in words: a zaak by its number, an earlier contact by its onderwerp and link. */
    record Onderwerp(String tekst, @Nullable UUID klantcontact) {}

    private List<Onderwerp> onderwerpen(KlantcontactResponse k, ApiContext context) {
        var uuids = k.gingOverOnderwerpobjecten().stream().map(Reference::uuid).toList();
        if (uuids.isEmpty()) {
            return List.of();
        }
        var objecten =
                onderwerpobjecten.showAll(uuids, ExpandTree.NONE, context).values();
        var eerdere = objecten.stream()
                .filter(o -> o.wasKlantcontact() != null)
                .map(o -> o.wasKlantcontact().uuid())
                .toList();
        Map<UUID, KlantcontactResponse> contacten =
                eerdere.isEmpty() ? Map.of() : klantcontacten.showAll(eerdere, ExpandTree.NONE, context);
        var onderwerpen = new ArrayList<Onderwerp>();
        for (var o : objecten) {
            if (o.wasKlantcontact() != null) {
                var eerder = contacten.get(o.wasKlantcontact().uuid());
                if (eerder != null) {
                    String nummer = eerder.referentienummer() != null
                                    && !eerder.referentienummer().isEmpty()
                            ? eerder.referentienummer()
                            : eerder.nummer();
                    onderwerpen.add(new Onderwerp(
                            "Eerder contact: " + eerder.onderwerp()
                                    + (nummer == null || nummer.isEmpty() ? "" : " (" + nummer + ")"),
                            eerder.uuid()));
                }
            } else if (o.onderwerpobjectidentificator() != null) {
                var id = o.onderwerpobjectidentificator();
                String soort =
                        id.codeObjecttype() == null || id.codeObjecttype().isBlank()
                                ? "Object"
                                : Character.toUpperCase(id.codeObjecttype().charAt(0))
                                        + id.codeObjecttype().substring(1).replace('_', ' ');
                onderwerpen.add(new Onderwerp(soort + " " + Weergave.objectnummer(id.objectId()), null));
            }
        }
        return onderwerpen;
    }

    /** A found contact as the list shows it: who the klant was, and whether what was asked of a colleague is done. */
    record Resultaat(Weergave.KlantcontactKaart klantcontact, String klant, List<String> taken) {}

    /**
     * Answers "is er al teruggebeld?" in the list itself: the klant's name and each task's handeling with its status,
     * read for the whole page in one batch of partijen and one of taken.
     */
    private List<Resultaat> resultaten(List<KlantcontactResponse> found, ApiContext context) {
        var klanten = new HashMap<UUID, BetrokkeneResponse>();
        var partijUuids = new HashSet<UUID>();
        var taakUuids = new ArrayList<UUID>();
        for (var k : found) {
            List<BetrokkeneResponse> betrokkenen = Weergave.expanded(k, "hadBetrokkenen");
            betrokkenen.stream()
                    .filter(b -> b.rol().equals("klant"))
                    .findFirst()
                    .or(() -> betrokkenen.stream().findFirst())
                    .ifPresent(b -> {
                        klanten.put(k.uuid(), b);
                        if (b.wasPartij() != null) {
                            partijUuids.add(b.wasPartij().uuid());
                        }
                    });
            k.leiddeTotInterneTaken().forEach(t -> taakUuids.add(t.uuid()));
        }
        Map<UUID, String> partijNamen = partijUuids.isEmpty()
                ? Map.of()
                : partijen.showAll(partijUuids, ExpandTree.NONE, context).values().stream()
                        .collect(Collectors.toMap(p -> p.uuid(), Weergave::naam));
        Map<UUID, InterneTaakResponse> taken =
                taakUuids.isEmpty() ? Map.of() : interneTaken.showAll(taakUuids, ExpandTree.NONE, context);
        Map<String, String> kanaalLabels = kanalen.labels();
        return found.stream()
                .map(k -> {
                    var klant = klanten.get(k.uuid());
                    String naam = "";
                    if (klant != null) {
                        naam = Weergave.betrokkene(klant).naam();
                        if (naam.isEmpty() && klant.wasPartij() != null) {
                            naam = partijNamen.getOrDefault(klant.wasPartij().uuid(), "");
                        }
                    }
                    var regels = k.leiddeTotInterneTaken().stream()
                            .map(r -> taken.get(r.uuid()))
                            .filter(Objects::nonNull)
                            .map(t -> t.gevraagdeHandeling() + ": "
                                    + (t.status().equals("verwerkt") ? "afgehandeld" : "nog open"))
                            .toList();
                    return new Resultaat(Weergave.klantcontact(k, kanaalLabels), naam, regels);
                })
                .toList();
    }

    private String pagina(UUID uuid, Fouten fouten, String antwoord, ApiContext context, Model model) {
        KlantcontactResponse k = klantcontacten.get(uuid, Werkplek.expand(klantcontacten, "hadBetrokkenen"), context);
        model.addAttribute("nav", "zoeken");
        model.addAttribute("klantcontact", Weergave.klantcontact(k, kanalen.labels()));
        model.addAttribute("versie", ETags.of(withoutExpand(k, context)));
        List<BetrokkeneResponse> betrokkenen = Weergave.expanded(k, "hadBetrokkenen");
        var partijUuids = betrokkenen.stream()
                .filter(b -> b.wasPartij() != null)
                .map(b -> b.wasPartij().uuid())
                .toList();
        var partijNamen = partijUuids.isEmpty()
                ? Map.<UUID, String>of()
                : partijen.showAll(partijUuids, ExpandTree.NONE, context).values().stream()
                        .collect(Collectors.toMap(p -> p.uuid(), Weergave::naam));
        model.addAttribute(
                "betrokkenen",
                betrokkenen.stream()
                        .map(b -> {
                            var shown = Weergave.betrokkene(b);
                            String naam = shown.naam().isEmpty() && shown.partij() != null
                                    ? partijNamen.getOrDefault(shown.partij(), "")
                                    : shown.naam();
                            return new Weergave.BetrokkeneRegel(
                                    shown.uuid(), shown.partij(), naam, shown.rol(), shown.initiator());
                        })
                        .toList());
        model.addAttribute(
                "actoren",
                k.hadBetrokkenActoren().stream()
                        .filter(ActorResponse.class::isInstance)
                        .map(a -> ((ActorResponse) a).naam())
                        .toList());
        var taakUuids = k.leiddeTotInterneTaken().stream().map(Reference::uuid).toList();
        var taken = taakUuids.isEmpty()
                ? List.<InterneTaakResponse>of()
                : List.copyOf(interneTaken
                        .showAll(taakUuids, ExpandTree.NONE, context)
                        .values());
        var actorUuids = new HashSet<UUID>();
        taken.forEach(t -> t.toegewezenAanActoren().forEach(r -> actorUuids.add(r.uuid())));
        var namen = actoren.get(actorUuids, context);
        model.addAttribute(
                "taken", taken.stream().map(t -> Weergave.taak(t, namen)).toList());
        model.addAttribute("onderwerpen", onderwerpen(k, context));
        model.addAttribute("gespreksresultaat", gespreksresultaten.van(k.uuid()).orElse(null));
        model.addAttribute(
                "gesprek",
                gesprekken.van(k.uuid()).map(g -> gesprek(g, context)).orElse(null));
        model.addAttribute("fouten", fouten);
        model.addAttribute("antwoord", antwoord);
        model.addAttribute("sleutel", SubmitOnce.newKey());
        return "werkplek/klantcontact/klantcontact";
    }

    /** The other vragen of the conversation are shown as far as the medewerker may see them, each by its onderwerp. */
    record GesprekRegel(
            String periode, @Nullable String afdeling, int volgnummer, int vragen, List<Weergave.Keuze> andere) {}

    private GesprekRegel gesprek(Gesprekken.GesprekVraag gesprek, ApiContext context) {
        var andere = gesprek.vragen().stream()
                .filter(uuid -> !uuid.equals(gesprek.vragen().get(gesprek.volgnummer() - 1)))
                .toList();
        var zichtbaar = andere.isEmpty()
                ? Map.<UUID, KlantcontactResponse>of()
                : klantcontacten.showAll(andere, ExpandTree.NONE, context);
        UUID afdeling = gesprek.afdeling();
        var afdelingNaam = afdeling == null
                ? null
                : actoren.get(List.of(afdeling), context).values().stream()
                        .map(ActorResponse::naam)
                        .findFirst()
                        .orElse(null);
        return new GesprekRegel(
                Werkplek.periode(gesprek.begonnen(), gesprek.beeindigd()),
                afdelingNaam,
                gesprek.volgnummer(),
                gesprek.vragen().size(),
                andere.stream()
                        .filter(zichtbaar::containsKey)
                        .map(uuid -> new Weergave.Keuze(
                                uuid.toString(),
                                Objects.requireNonNull(zichtbaar.get(uuid)).onderwerp()))
                        .toList());
    }

    /** The entity tag is of the object as a client reads it without expansions, as {@code If-Match} compares it. */
    private KlantcontactResponse withoutExpand(KlantcontactResponse k, ApiContext context) {
        return klantcontacten.get(k.uuid(), ExpandTree.NONE, context);
    }
}
