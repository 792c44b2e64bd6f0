package nl.kcc.klantinteracties.web.beheer;

import java.time.OffsetDateTime;
import java.util.List;
import nl.kcc.klantinteracties.notificatie.NotificatieSettings;
import nl.kcc.klantinteracties.notificatie.Outbox;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Werkplek;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notificaties: the outbox at a glance, per receiver, and the messages the register gave up on, with their attempts
 * and last error, to send again; the same as {@code notificaties failed} and {@code notificaties requeue}.
 */
@Controller
class NotificatiesController {

    private static final Logger LOG = LoggerFactory.getLogger(NotificatiesController.class);
    static final int MAXIMUM = 200;

    /** A receiver's line of the overview. */
    record Ontvanger(String naam, long wachtend, long mislukt, String oudste, String wachtSinds) {}

    /** A failed message as the screen shows it. */
    record Mislukt(
            long id, String ontvanger, String over, int pogingen, String aangemaakt, String mislukt, String fout) {}

    private final Outbox outbox;

    NotificatiesController(Outbox outbox) {
        this.outbox = outbox;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "notificaties");
    }

    @GetMapping("/werkplek/beheer/notificaties")
    String notificaties(Model model) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Ontvanger> ontvangers = outbox.backlog().stream()
                .map(backlog -> new Ontvanger(
                        ontvanger(backlog.destination()),
                        backlog.pending(),
                        backlog.failed(),
                        Werkplek.moment(backlog.oldestUndelivered()),
                        Werkplek.since(backlog.oldestUndelivered(), now)))
                .toList();
        List<Mislukt> mislukt = outbox.failed(MAXIMUM).stream()
                .map(failed -> new Mislukt(
                        failed.id(),
                        ontvanger(failed.destination()),
                        failed.about(),
                        failed.attempts(),
                        Werkplek.moment(failed.createdAt()),
                        Werkplek.moment(failed.failedAt()),
                        failed.lastError() == null ? "" : failed.lastError()))
                .toList();
        model.addAttribute("ontvangers", ontvangers);
        model.addAttribute(
                "wachtend", ontvangers.stream().mapToLong(Ontvanger::wachtend).sum());
        model.addAttribute(
                "aantalMislukt",
                ontvangers.stream().mapToLong(Ontvanger::mislukt).sum());
        model.addAttribute("mislukt", mislukt);
        model.addAttribute("maximum", MAXIMUM);
        return "werkplek/beheer/notificaties";
    }

    @PostMapping("/werkplek/beheer/notificaties/{id}/opnieuw")
    String opnieuw(@PathVariable long id, Medewerker beheerder, RedirectAttributes redirect) {
        if (outbox.requeue(id)) {
            LOG.info("Beheerder {} re-queued notification {}", beheerder.gebruikersnaam(), id);
            redirect.addFlashAttribute("melding", "Notificatie " + id + " wordt opnieuw verstuurd.");
        } else {
            redirect.addFlashAttribute("melding", "Notificatie " + id + " staat niet (meer) bij de mislukte.");
        }
        return "redirect:/werkplek/beheer/notificaties";
    }

    @PostMapping("/werkplek/beheer/notificaties/opnieuw")
    String alleOpnieuw(Medewerker beheerder, RedirectAttributes redirect) {
        int aantal = outbox.requeueAll();
        LOG.info("Beheerder {} re-queued {} failed notification(s)", beheerder.gebruikersnaam(), aantal);
        redirect.addFlashAttribute(
                "melding",
                aantal == 1
                        ? "1 mislukte notificatie wordt opnieuw verstuurd."
                        : aantal + " mislukte notificaties worden opnieuw verstuurd.");
        return "redirect:/werkplek/beheer/notificaties";
    }

    private static String ontvanger(String destination) {
        return NotificatieSettings.NOTIFICATIES_API.equals(destination) ? "Notificaties API" : destination;
    }
}
