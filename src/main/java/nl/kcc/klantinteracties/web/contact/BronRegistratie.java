package nl.kcc.klantinteracties.web.contact;

import java.util.UUID;
import java.util.function.Supplier;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.SubmitOnce;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registers a klant found in an outside register (a resident in the BRP, a company in the Handelsregister) once per
 * submit key, and leads to their klantbeeld with a word on where the data came from; a registration the register
 * refuses goes back to the search with the register's reason.
 */
@Component
class BronRegistratie {

    private final SubmitOnce once;

    BronRegistratie(SubmitOnce once) {
        this.once = once;
    }

    /**
     * @param geregistreerd what the medewerker reads when it is done
     * @param niet the start of what they read when the register refuses ("Deze klant is niet geregistreerd")
     * @return the page to redirect to
     */
    String registreer(
            Medewerker medewerker,
            String sleutel,
            Supplier<UUID> registreer,
            String geregistreerd,
            String niet,
            RedirectAttributes redirect) {
        try {
            SubmitOnce.Outcome outcome =
                    once.submit(medewerker, sleutel, () -> "/werkplek/partijen/" + registreer.get());
            redirect.addFlashAttribute("melding", geregistreerd);
            return "redirect:" + outcome.target();
        } catch (ApiException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            redirect.addFlashAttribute(
                    "melding",
                    niet + ": "
                            + refused.invalidParams().stream()
                                    .map(InvalidParam::reason)
                                    .findFirst()
                                    .orElse(refused.detail()));
            return "redirect:/werkplek";
        }
    }
}
