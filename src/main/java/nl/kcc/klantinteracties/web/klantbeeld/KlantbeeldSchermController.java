package nl.kcc.klantinteracties.web.klantbeeld;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResource;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResponse;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Actoren;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Klantbeeld (C4161): the known klant with identificatoren, addresses and digitale adressen (voorkeur marked), the
 * contact history newest first, the interne taken still open with how long the klant has waited, and the zaken the
 * contacts were about.
 */
@Controller
class KlantbeeldSchermController {

    static final int PAGE_SIZE = 20;

    /** An open task in the klantbeeld, with the klantcontact it came from and how long the klant has waited. */
    record OpenTaak(Weergave.Taak taak, String onderwerp, String wachttijd) {}

    /** A zaak a contact was about, as the register knows it: its identification. */
    record Zaak(String objectId, String codeRegister, UUID klantcontact) {}

    private final PartijResource partijen;
    private final DigitaalAdresResource digitaleAdressen;
    private final KlantcontactResource klantcontacten;
    private final InterneTaakResource interneTaken;
    private final OnderwerpobjectResource onderwerpobjecten;
    private final Actoren actoren;

    KlantbeeldSchermController(
            PartijResource partijen,
            DigitaalAdresResource digitaleAdressen,
            KlantcontactResource klantcontacten,
            InterneTaakResource interneTaken,
            OnderwerpobjectResource onderwerpobjecten,
            Actoren actoren) {
        this.partijen = partijen;
        this.digitaleAdressen = digitaleAdressen;
        this.klantcontacten = klantcontacten;
        this.interneTaken = interneTaken;
        this.onderwerpobjecten = onderwerpobjecten;
        this.actoren = actoren;
    }

    @GetMapping("/werkplek/partijen/{uuid}")
    String klantbeeld(
            @PathVariable UUID uuid,
            @RequestParam(defaultValue = "telefoon") String kanaal,
            @RequestParam(defaultValue = "1") int pagina,
            Medewerker medewerker,
            HttpServletRequest request,
            Model model) {
        ApiContext context = Werkplek.context(request, medewerker);
        PartijResponse partij = partijen.get(uuid, ExpandTree.NONE, context);
        UUID voorkeur = partij.voorkeursDigitaalAdres() == null
                ? null
                : partij.voorkeursDigitaalAdres().uuid();
        var adressen = digitaleAdressen
                .list(
                        Werkplek.query(
                                digitaleAdressen, "verstrektDoorPartij__uuid", uuid.toString(), "pageSize", "100"),
                        context)
                .items()
                .stream()
                .map(adres -> Weergave.digitaalAdres(adres, voorkeur))
                .toList();

        var contacten = klantcontacten.list(
                Werkplek.query(
                        klantcontacten,
                        "hadBetrokkene__wasPartij__uuid",
                        uuid.toString(),
                        "page",
                        String.valueOf(Math.max(1, pagina)),
                        "pageSize",
                        String.valueOf(PAGE_SIZE)),
                context);

        model.addAttribute("nav", "contact");
        model.addAttribute("kanaal", kanaal);
        model.addAttribute("partij", Weergave.partij(partij));
        model.addAttribute("digitaleAdressen", adressen);
        model.addAttribute(
                "contacten",
                contacten.items().stream().map(Weergave::klantcontact).toList());
        model.addAttribute("aantalContacten", contacten.count());
        model.addAttribute("pagina", Math.max(1, pagina));
        model.addAttribute("volgende", contacten.hasNext());
        model.addAttribute("vorige", contacten.hasPrevious());
        model.addAttribute("openTaken", openTaken(contacten.items(), context));
        model.addAttribute("zaken", zaken(contacten.items(), context));
        return "werkplek/klantbeeld";
    }

    /** The open tasks of the contacts shown, the klant who has waited longest first. */
    private List<OpenTaak> openTaken(List<KlantcontactResponse> contacten, ApiContext context) {
        Map<UUID, KlantcontactResponse> byUuid =
                contacten.stream().collect(Collectors.toMap(KlantcontactResponse::uuid, Function.identity()));
        var taakUuids = contacten.stream()
                .flatMap(k -> k.leiddeTotInterneTaken().stream())
                .map(Reference::uuid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (taakUuids.isEmpty()) {
            return List.of();
        }
        var taken = interneTaken.showAll(taakUuids, ExpandTree.NONE, context).values().stream()
                .filter(t -> t.status().equals("te_verwerken"))
                .toList();
        var actorUuids = taken.stream()
                .flatMap(t -> t.toegewezenAanActoren().stream())
                .map(Reference::uuid)
                .collect(Collectors.toSet());
        var namen = actoren.get(actorUuids, context);
        var open = new ArrayList<OpenTaak>();
        taken.stream()
                .sorted((a, b) -> plaatsgevonden(a, byUuid).compareTo(plaatsgevonden(b, byUuid)))
                .forEach(t -> {
                    var k = byUuid.get(t.aanleidinggevendKlantcontact().uuid());
                    open.add(new OpenTaak(
                            Weergave.taak(t, namen), k.onderwerp(), Weergave.wachttijd(k.plaatsgevondenOp())));
                });
        return open;
    }

    private static OffsetDateTime plaatsgevonden(InterneTaakResponse taak, Map<UUID, KlantcontactResponse> contacten) {
        return contacten.get(taak.aanleidinggevendKlantcontact().uuid()).plaatsgevondenOp();
    }

    private List<Zaak> zaken(List<KlantcontactResponse> contacten, ApiContext context) {
        var uuids = contacten.stream()
                .flatMap(k -> k.gingOverOnderwerpobjecten().stream())
                .map(Reference::uuid)
                .toList();
        if (uuids.isEmpty()) {
            return List.of();
        }
        return onderwerpobjecten.showAll(uuids, ExpandTree.NONE, context).values().stream()
                .map(OnderwerpobjectResponse.class::cast)
                .filter(o -> o.onderwerpobjectidentificator() != null
                        && "zaak".equals(o.onderwerpobjectidentificator().codeObjecttype()))
                .map(o -> new Zaak(
                        o.onderwerpobjectidentificator().objectId(),
                        o.onderwerpobjectidentificator().codeRegister(),
                        o.klantcontact().uuid()))
                .toList();
    }
}
