package nl.kcc.klantinteracties.web.contact;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.SubmitOnce;
import nl.kcc.klantinteracties.web.Werkplek;
import nl.kcc.klantinteracties.web.kvk.KvkApi;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Companies from the Handelsregister in Contact opnemen, when the KvK is configured: a search by KvK-nummer,
 * vestigingsnummer or postcode and huisnummer also asks the KvK, each company found there leads to its klantbeeld
 * when the register knows it, and one that it does not know becomes a klant on its first contact.
 */
@Controller
class HandelsregisterController {

    private final KvkApi kvk;
    private final PartijZoeker zoeker;
    private final NieuweKlant nieuweKlant;
    private final BronRegistratie bronRegistratie;

    HandelsregisterController(
            KvkApi kvk, PartijZoeker zoeker, NieuweKlant nieuweKlant, BronRegistratie bronRegistratie) {
        this.kvk = kvk;
        this.zoeker = zoeker;
        this.nieuweKlant = nieuweKlant;
        this.bronRegistratie = bronRegistratie;
    }

    /** What the Handelsregister adds to a search the register has already answered. */
    void zoek(PartijZoeker.ZoekOp op, String zoekterm, ApiContext context, Model model) {
        if (!kvk.ingesteld()) {
            return;
        }
        String nummer = zoekterm.replaceAll("[\\s.-]", "");
        KvkApi.Bedrijven gevonden = switch (op) {
            case KVK -> kvk.zoekOpKvkNummer(nummer);
            case VESTIGINGSNUMMER -> kvk.zoekOpVestigingsnummer(nummer);
            case POSTCODE -> {
                var adres = PartijZoeker.postcodeHuisnummer(zoekterm);
                yield adres == null ? null : kvk.zoekOpPostcodeEnHuisnummer(adres.postcode(), adres.huisnummer());
            }
            default -> null;
        };
        if (gevonden != null) {
            model.addAttribute("kvk", gevonden);
            model.addAttribute("kvkInRegister", zoeker.metHandelsregister(gevonden.bedrijven(), context));
            // A key per company: a medewerker who goes back and registers a second one gets that one, not the first.
            model.addAttribute(
                    "kvkSleutels",
                    gevonden.bedrijven().stream()
                            .collect(Collectors.toMap(KvkApi.Bedrijf::sleutel, b -> SubmitOnce.newKey(), (a, b) -> a)));
        }
    }

    /**
     * A company found in the Handelsregister becomes a klant: asked again here (not taken from the page), registered
     * with its naam and number, and its klantbeeld opened.
     */
    @PostMapping("/werkplek/kvk/registreren")
    String registreer(
            @RequestParam(defaultValue = "") String kvkNummer,
            @RequestParam(defaultValue = "") String vestigingsnummer,
            @RequestParam(defaultValue = "telefoon") String kanaal,
            @RequestParam(defaultValue = "") String sleutel,
            Medewerker medewerker,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        redirect.addAttribute("kanaal", kanaal);
        KvkApi.Bedrijf bedrijf = kvk.raadpleeg(kvkNummer.strip(), vestigingsnummer.strip()).bedrijven().stream()
                .filter(b -> b.kvkNummer().equals(kvkNummer.strip()))
                .findFirst()
                .orElse(null);
        if (bedrijf == null) {
            redirect.addFlashAttribute(
                    "melding", "Het Handelsregister kent dit bedrijf niet (meer), of is nu niet bereikbaar.");
            return "redirect:/werkplek";
        }
        ApiContext context = Werkplek.context(request, medewerker);
        @Nullable UUID bekend = bekend(bedrijf, context);
        if (bekend != null) {
            // A colleague registered it in the meantime.
            return "redirect:/werkplek/partijen/" + bekend;
        }
        return bronRegistratie.registreer(
                medewerker,
                sleutel,
                () -> nieuweKlant.registreer(
                        bedrijf,
                        zoeker.kvkIdentificator(bedrijf.kvkNummer(), context).orElse(null),
                        context),
                bedrijf.naam() + " is als klant geregistreerd, met de gegevens uit het Handelsregister.",
                "Dit bedrijf is niet als klant geregistreerd",
                redirect);
    }

    private @Nullable UUID bekend(KvkApi.Bedrijf bedrijf, ApiContext context) {
        Map<String, UUID> inRegister = zoeker.metHandelsregister(List.of(bedrijf), context);
        return inRegister.get(bedrijf.sleutel());
    }
}
