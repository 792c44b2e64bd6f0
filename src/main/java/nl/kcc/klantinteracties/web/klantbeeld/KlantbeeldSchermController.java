package nl.kcc.klantinteracties.web.klantbeeld;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.klantbeeld.Klantbeeld;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResponse;
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
 * contacts were about. What it shows is the register's klantbeeld, with what the medewerker may not see left out.
 */
@Controller
class KlantbeeldSchermController {

    static final int PAGE_SIZE = 20;

    /** An open task in the klantbeeld, with what the contact was about and how long the klant has waited. */
    record OpenTaak(Weergave.Taak taak, String onderwerp, String wachttijd) {}

    /** A zaak a contact was about, as the register knows it: its identification. */
    record Zaak(String objectId, String codeRegister, UUID klantcontact) {}

    private final Klantbeeld klantbeeld;
    private final Actoren actoren;

    KlantbeeldSchermController(Klantbeeld klantbeeld, Actoren actoren) {
        this.klantbeeld = klantbeeld;
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
        int page = Math.max(1, pagina);
        var beeld = klantbeeld.of(uuid, new PageRequest(page, PAGE_SIZE), context);
        var contacten = beeld.contacten();

        model.addAttribute("nav", "contact");
        model.addAttribute("kanaal", kanaal);
        model.addAttribute("partij", Weergave.partij(beeld.partij()));
        model.addAttribute(
                "digitaleAdressen",
                beeld.digitaleAdressen().stream()
                        .map(a -> Weergave.digitaalAdres(
                                a.digitaalAdres(),
                                a.voorkeur() ? a.digitaalAdres().uuid() : null))
                        .toList());
        model.addAttribute(
                "contacten",
                contacten.items().stream().map(Weergave::klantcontact).toList());
        model.addAttribute("aantalContacten", contacten.count());
        model.addAttribute("pagina", page);
        model.addAttribute("volgende", contacten.hasNext());
        model.addAttribute("vorige", contacten.hasPrevious());
        model.addAttribute("openTaken", openTaken(beeld, context));
        model.addAttribute("zaken", zaken(contacten.items()));
        return "werkplek/klantbeeld";
    }

    private List<OpenTaak> openTaken(Klantbeeld.Beeld beeld, ApiContext context) {
        var actorUuids = beeld.openInterneTaken().stream()
                .flatMap(t -> t.interneTaak().toegewezenAanActoren().stream())
                .map(Reference::uuid)
                .collect(Collectors.toSet());
        var namen = actoren.get(actorUuids, context);
        Map<UUID, KlantcontactResponse> contacten = beeld.contacten().items().stream()
                .collect(Collectors.toMap(KlantcontactResponse::uuid, Function.identity()));
        return beeld.openInterneTaken().stream()
                .map(open -> {
                    var taak = open.interneTaak();
                    var contact =
                            contacten.get(taak.aanleidinggevendKlantcontact().uuid());
                    return new OpenTaak(
                            Weergave.taak(taak, namen),
                            contact == null ? "" : contact.onderwerp(),
                            Weergave.wachttijd(open.wachtendSinds()));
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Zaak> zaken(List<KlantcontactResponse> contacten) {
        return contacten.stream()
                .flatMap(k -> ((List<OnderwerpobjectResponse>)
                                k.expand().getOrDefault("gingOverOnderwerpobjecten", List.of()))
                        .stream())
                .filter(o -> o.onderwerpobjectidentificator() != null
                        && "zaak".equals(o.onderwerpobjectidentificator().codeObjecttype()))
                .map(o -> new Zaak(
                        o.onderwerpobjectidentificator().objectId(),
                        o.onderwerpobjectidentificator().codeRegister(),
                        o.klantcontact().uuid()))
                .toList();
    }
}
