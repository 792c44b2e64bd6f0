package nl.kcc.klantinteracties.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import nl.kcc.klantinteracties.security.Medewerker;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The login page, and the answer to an address the werkplek does not have. */
@Controller
class LoginController {

    static final String LOGIN_MISLUKT = "Gebruikersnaam of wachtwoord klopt niet. Na vijf mislukte pogingen op rij"
            + " kan een account een tijd niet inloggen: eerst een halve minuut, daarna steeds langer.";

    /** An OpenID Connect provider to log in with: the path that starts it and the name the button shows. */
    record Provider(String path, String naam) {}

    private final List<Provider> providers = new ArrayList<>();

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                var client = (ClientRegistration) registration;
                providers.add(new Provider(
                        "/werkplek/oidc/authorization/" + client.getRegistrationId(), client.getClientName()));
            }
        }
    }

    @GetMapping("/werkplek/inloggen")
    String login(HttpServletRequest request, Model model) {
        if (request.getAttribute(Medewerker.CURRENT) != null) {
            return "redirect:/werkplek";
        }
        model.addAttribute("melding", melding(request));
        model.addAttribute("providers", providers);
        return "werkplek/inloggen";
    }

    @GetMapping("/werkplek/**")
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(Model model) {
        model.addAttribute("titel", "Niet gevonden");
        model.addAttribute("tekst", "Deze pagina bestaat niet. Gebruik het menu om verder te gaan.");
        model.addAttribute("redenen", List.of());
        return "werkplek/fout";
    }

    private static @Nullable String melding(HttpServletRequest request) {
        var parameters = request.getParameterMap();
        if (parameters.containsKey("fout")) {
            // The same words whether the account exists, the password is wrong or the account must wait.
            return LOGIN_MISLUKT;
        }
        if (parameters.containsKey("verlopen")) {
            return "Uw sessie is verlopen. Log opnieuw in. Een contact dat u had ingevuld en nog niet had opgeslagen,"
                    + " vindt u daarna terug bij Contact opnemen.";
        }
        if (parameters.containsKey("beeindigd")) {
            return "Uw sessie is beëindigd. Log opnieuw in.";
        }
        if (parameters.containsKey("uitgelogd")) {
            return "U bent uitgelogd.";
        }
        if (parameters.containsKey("geen-account")) {
            return "U bent bekend bij de inlogdienst, maar heeft geen account voor de werkplek. Vraag de beheerder"
                    + " om een account.";
        }
        if (parameters.containsKey("oidc-fout")) {
            return "Inloggen via de inlogdienst is niet gelukt. Probeer het opnieuw.";
        }
        return null;
    }
}
