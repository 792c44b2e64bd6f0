package nl.kcc.klantinteracties.web;

import nl.kcc.klantinteracties.security.Medewerker;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Keeps the notitieblok as the medewerker types, as the contact form's draft is kept: a second after they stop, and
 * each save keeps the session alive. Emptying it ("Leegmaken") is saving it empty.
 */
@Controller
class NotitieblokController {

    private final Notitieblok notitieblok;

    NotitieblokController(Notitieblok notitieblok) {
        this.notitieblok = notitieblok;
    }

    @PostMapping("/werkplek/concepten/notitieblok")
    ResponseEntity<Void> bewaar(@RequestParam(defaultValue = "") String notities, Medewerker medewerker) {
        if (notities.length() > Notitieblok.MAX_LENGTE) {
            return ResponseEntity.badRequest().build();
        }
        notitieblok.bewaar(medewerker, notities);
        return ResponseEntity.noContent().build();
    }
}
