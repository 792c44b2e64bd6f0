package nl.kcc.klantinteracties.web.taken;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.MaakKlantcontact;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Werkplek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a medewerker does with an interne taak, each in one transaction: register the call-back as a new klantcontact
 * linked to the first and close the task (C2984), register a call-back attempt that failed, or hand the task on to
 * another afdeling or medewerker or back to the KCC: the task is closed with a toelichting and a new one made, so that
 * both stay visible on the klantcontact (C6114).
 */
@Service
class TaakAfhandeling {

    private static final int MAXIMUM_TOELICHTING = 1000;
    private static final int MAXIMUM_ONDERWERP = 200;

    private final InterneTaakResource interneTaken;
    private final KlantcontactResource klantcontacten;
    private final MaakKlantcontact maak;
    private final JdbcClient jdbc;

    TaakAfhandeling(
            InterneTaakResource interneTaken,
            KlantcontactResource klantcontacten,
            MaakKlantcontact maak,
            JdbcClient jdbc) {
        this.interneTaken = interneTaken;
        this.klantcontacten = klantcontacten;
        this.maak = maak;
        this.jdbc = jdbc;
    }

    /**
     * Registers the call-back as a klantcontact about the first one, with the medewerker as actor; a call-back that
     * reached the klant closes the task, one that did not leaves it open for another attempt.
     */
    @Transactional
    UUID teruggebeld(UUID taak, boolean gelukt, String notitie, Medewerker medewerker, ApiContext context) {
        InterneTaakResponse open = open(taak, context);
        KlantcontactResponse eerste = klantcontacten.get(
                open.aanleidinggevendKlantcontact().uuid(), Werkplek.expand(klantcontacten, "hadBetrokkenen"), context);

        var body = JsonNodeFactory.instance.objectNode();
        var klantcontact = body.putObject("klantcontact");
        klantcontact.put("kanaal", "telefoon");
        klantcontact.put("onderwerp", inkorten("Teruggebeld: " + eerste.onderwerp(), MAXIMUM_ONDERWERP));
        klantcontact.put("inhoud", notitie == null ? "" : notitie.strip());
        klantcontact.put("indicatieContactGelukt", gelukt);
        klantcontact.put("taal", eerste.taal().isEmpty() ? "nld" : eerste.taal());
        klantcontact.put("vertrouwelijk", eerste.vertrouwelijk());
        klantcontact.put(
                "plaatsgevondenOp",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        var klant = klant(eerste);
        if (klant != null) {
            var betrokkene = body.putObject("betrokkene");
            if (klant.wasPartij() != null) {
                betrokkene
                        .putObject("wasPartij")
                        .put("uuid", klant.wasPartij().uuid().toString());
            }
            betrokkene.put("rol", klant.rol());
            // The municipality called: the klant did not start this contact.
            betrokkene.put("initiator", false);
            if (klant.contactnaam() != null && !klant.volledigeNaam().isEmpty()) {
                var naam = betrokkene.putObject("contactnaam");
                naam.put("voorletters", klant.contactnaam().voorletters());
                naam.put("voornaam", klant.contactnaam().voornaam());
                naam.put("voorvoegselAchternaam", klant.contactnaam().voorvoegselAchternaam());
                naam.put("achternaam", klant.contactnaam().achternaam());
            }
        }
        body.putObject("onderwerpobject")
                .putObject("wasKlantcontact")
                .put("uuid", eerste.uuid().toString());
        body.putArray("actoren").addObject().put("uuid", medewerker.actor().toString());
        UUID terugbelgesprek = maak.maak(body, context).klantcontact().uuid();
        if (gelukt) {
            sluit(taak, null, context);
        }
        return terugbelgesprek;
    }

    /** Closes the task and makes a new one for the actor, with the same gevraagde handeling unless another is given. */
    @Transactional
    UUID doorsturen(
            UUID taak,
            UUID naar,
            String naarNaam,
            String gevraagdeHandeling,
            String toelichting,
            String afsluiting,
            ApiContext context) {
        if (toelichting == null || toelichting.isBlank()) {
            throw ApiException.invalid("toelichting", "required", "Geef een toelichting voor de collega.");
        }
        InterneTaakResponse open = open(taak, context);
        var nieuw = JsonNodeFactory.instance.objectNode();
        nieuw.putObject("aanleidinggevendKlantcontact")
                .put("uuid", open.aanleidinggevendKlantcontact().uuid().toString());
        nieuw.put("gevraagdeHandeling", gevraagdeHandeling == null ? open.gevraagdeHandeling() : gevraagdeHandeling);
        nieuw.putArray("toegewezenAanActoren").addObject().put("uuid", naar.toString());
        // The colleague who gets the task needs what the klant asked for, not only why it was passed on.
        String eerder = open.toelichting().strip();
        nieuw.put(
                "toelichting",
                inkorten(
                        eerder.isEmpty() ? toelichting.strip() : toelichting.strip() + "\n\nEerder: " + eerder,
                        MAXIMUM_TOELICHTING));
        nieuw.put("status", "te_verwerken");
        UUID nieuweTaak = interneTaken.create(nieuw, context).uuid();
        String overdracht = afsluiting + " " + naarNaam + ": " + toelichting.strip();
        sluit(taak, inkorten(eerder.isEmpty() ? overdracht : eerder + "\n" + overdracht, MAXIMUM_TOELICHTING), context);
        return nieuweTaak;
    }

    private void sluit(UUID taak, String toelichting, ApiContext context) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.put("status", "verwerkt");
        if (toelichting != null) {
            patch.put("toelichting", toelichting);
        }
        interneTaken.update(taak, patch, WriteMode.PATCH, context);
    }

    /**
     * The task, locked until the transaction ends, if it is still open: of two medewerkers (or two clicks) acting on one
     * task, the second waits for the first and then finds it closed.
     */
    private InterneTaakResponse open(UUID taak, ApiContext context) {
        jdbc.sql("select 1 from internetaak where uuid = ? for update")
                .param(taak)
                .query()
                .listOfRows();
        InterneTaakResponse found = interneTaken.get(taak, ExpandTree.NONE, context);
        if (!found.status().equals("te_verwerken")) {
            throw ApiException.conflict("De taak is al verwerkt.");
        }
        return found;
    }

    /** The klant of the first contact: the betrokkene with rol klant, the first one otherwise. */
    @SuppressWarnings("unchecked")
    static BetrokkeneResponse klant(KlantcontactResponse klantcontact) {
        var betrokkenen = (List<BetrokkeneResponse>) klantcontact.expand().get("hadBetrokkenen");
        if (betrokkenen == null || betrokkenen.isEmpty()) {
            return null;
        }
        return betrokkenen.stream()
                .filter(b -> b.rol().equals("klant"))
                .findFirst()
                .orElse(betrokkenen.getFirst());
    }

    private static String inkorten(String text, int maximum) {
        return text.length() <= maximum ? text : text.substring(0, maximum - 1) + "…";
    }
}
