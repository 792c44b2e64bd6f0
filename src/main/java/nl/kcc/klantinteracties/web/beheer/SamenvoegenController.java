package nl.kcc.klantinteracties.web.beheer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.partij.PartijResponse;
import nl.kcc.klantinteracties.samenvoegen.PartijenSamenvoegen;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Fouten;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import org.jspecify.annotations.Nullable;
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
 * Samenvoegen: the beheerder finds two partijen that are one person (registered twice, once with and once without a
 * BSN, say), sees them side by side, and makes them one. Nothing is merged before the beheerder has seen both.
 */
@Controller
class SamenvoegenController {

    private static final Logger LOG = LoggerFactory.getLogger(SamenvoegenController.class);

    /** A partij as the comparison shows it: what identifies it, and how much hangs under it. */
    record Kant(Weergave.PartijKaart partij, int betrokkenen, int digitaleAdressen) {}

    private final PartijResource partijen;
    private final PartijenSamenvoegen samenvoegen;

    SamenvoegenController(PartijResource partijen, PartijenSamenvoegen samenvoegen) {
        this.partijen = partijen;
        this.samenvoegen = samenvoegen;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "samenvoegen");
    }

    @GetMapping("/werkplek/beheer/samenvoegen")
    String samenvoegen(
            @RequestParam(defaultValue = "") String vervalt,
            @RequestParam(defaultValue = "") String blijft,
            Medewerker ik,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("vervalt", vervalt.strip());
        model.addAttribute("blijft", blijft.strip());
        model.addAttribute("kanten", null);
        var fouten = Fouten.geen();
        model.addAttribute("fouten", fouten);
        if (vervalt.isBlank() && blijft.isBlank()) {
            return "werkplek/beheer/samenvoegen";
        }
        ApiContext context = Werkplek.context(request, ik);
        UUID weg = zoek("vervalt", vervalt, fouten, context);
        UUID blijvend = zoek("blijft", blijft, fouten, context);
        if (weg == null || blijvend == null) {
            return "werkplek/beheer/samenvoegen";
        }
        try {
            model.addAttribute(
                    "kanten",
                    samenvoegen.beide(weg, blijvend, context).stream()
                            .map(SamenvoegenController::kant)
                            .toList());
        } catch (PartijenSamenvoegen.Geweigerd geweigerd) {
            fouten.add("", geweigerd.reden());
        }
        return "werkplek/beheer/samenvoegen";
    }

    @PostMapping("/werkplek/beheer/samenvoegen")
    String voegSamen(
            @RequestParam UUID vervalt,
            @RequestParam UUID blijft,
            Medewerker ik,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ApiContext context = Werkplek.context(request, ik);
        PartijenSamenvoegen.Samengevoegd samengevoegd;
        try {
            samengevoegd = samenvoegen.voegSamen(vervalt, blijft, context);
        } catch (PartijenSamenvoegen.Geweigerd geweigerd) {
            model.addAttribute("vervalt", vervalt.toString());
            model.addAttribute("blijft", blijft.toString());
            model.addAttribute("kanten", null);
            model.addAttribute("fouten", Fouten.geen().add("", geweigerd.reden()));
            return "werkplek/beheer/samenvoegen";
        }
        LOG.info("Beheerder {} merged the partij {} into {}", ik.gebruikersnaam(), vervalt, blijft);
        PartijResponse weg = samengevoegd.vervallen();
        redirect.addFlashAttribute(
                "melding",
                naamEnNummer(weg) + " is samengevoegd met " + naamEnNummer(samengevoegd.blijft()) + ": "
                        + aantal(weg.betrokkenen().size(), "contact", "contacten") + ", "
                        + aantal(weg.digitaleAdressen().size(), "digitale adres", "digitale adressen") + " en "
                        + aantal(weg.partijIdentificatoren().size(), "identificator", "identificatoren")
                        + " overgenomen.");
        return "redirect:/werkplek/partijen/" + blijft;
    }

    /** The partij a beheerder means by a uuid, a nummer, a BSN or a KvK-nummer; an error on the field otherwise. */
    private @Nullable UUID zoek(String veld, String wat, Fouten fouten, ApiContext context) {
        String gezocht = wat.strip();
        if (gezocht.isEmpty()) {
            fouten.add(veld, "Geef het nummer, de uuid of het BSN van een partij.");
            return null;
        }
        UUID uuid = Texts.parseUuid(gezocht);
        List<PartijResponse> gevonden = uuid != null
                ? List.copyOf(partijen.showAll(List.of(uuid), ExpandTree.NONE, context)
                        .values())
                : partijen.list(Werkplek.query(partijen, "nummer", gezocht), context)
                        .items();
        if (gevonden.isEmpty() && uuid == null) {
            gevonden = partijen.list(Werkplek.query(partijen, "partijIdentificator__objectId", gezocht), context)
                    .items();
        }
        if (gevonden.size() != 1) {
            fouten.add(veld, "Geen partij gevonden met '" + gezocht + "'.");
            return null;
        }
        return gevonden.getFirst().uuid();
    }

    private static String naamEnNummer(PartijResponse partij) {
        return Weergave.naam(partij) + (partij.nummer() == null ? "" : " (" + partij.nummer() + ")");
    }

    private static String aantal(int aantal, String een, String meer) {
        return aantal + " " + (aantal == 1 ? een : meer);
    }

    private static Kant kant(PartijResponse partij) {
        return new Kant(
                Weergave.partij(partij),
                partij.betrokkenen().size(),
                partij.digitaleAdressen().size());
    }
}
