package nl.kcc.klantinteracties.web.taken;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import nl.kcc.klantinteracties.internetaak.InterneTaakFields;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResponse;
import nl.kcc.klantinteracties.internetaak.TaakSoort;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneFields;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.KlantcontactFields;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectFields;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResource;
import nl.kcc.klantinteracties.maakklantcontact.MaakKlantcontact;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Weergave;
import nl.kcc.klantinteracties.web.Werkplek;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a medewerker does with an interne taak, each in one transaction: register the call-back as a new klantcontact
 * linked to the first and close the task (C2984), register a call-back attempt that failed, answer a written question
 * and close the task (C1199), link the zaak that was made (C9761), finish another kind of task, or hand the task on to
 * another afdeling or medewerker or back to the KCC: the task is closed with a toelichting and a new one made, so that
 * both stay visible on the klantcontact (C6114).
 */
@Service
class TaakAfhandeling {

    private static final int MAXIMUM_TOELICHTING = 1000;
    private static final int MAXIMUM_ONDERWERP = 200;

    private final InterneTaakResource interneTaken;
    private final KlantcontactResource klantcontacten;
    private final OnderwerpobjectResource onderwerpobjecten;
    private final ActorResource actorResource;
    private final MaakKlantcontact maak;
    private final JdbcClient jdbc;

    TaakAfhandeling(
            InterneTaakResource interneTaken,
            KlantcontactResource klantcontacten,
            OnderwerpobjectResource onderwerpobjecten,
            ActorResource actorResource,
            MaakKlantcontact maak,
            JdbcClient jdbc) {
        this.actorResource = actorResource;
        this.interneTaken = interneTaken;
        this.klantcontacten = klantcontacten;
        this.onderwerpobjecten = onderwerpobjecten;
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
        UUID terugbelgesprek = opvolging(open, "telefoon", "Teruggebeld: ", notitie, "", gelukt, medewerker, context);
        if (gelukt) {
            sluit(taak, null, context);
        }
        return terugbelgesprek;
    }

    /**
     * Registers the answer to a written question (C1199, C2138) as a klantcontact about the first one, on the kanaal
     * the answer goes out on, and closes the task: answering and finishing are one step.
     */
    @Transactional
    UUID beantwoord(UUID taak, String antwoord, Medewerker medewerker, ApiContext context) {
        if (antwoord == null || antwoord.isBlank()) {
            throw ApiException.invalid("antwoord", "required", "Schrijf het antwoord aan de klant.");
        }
        InterneTaakResponse open = open(taak, context);
        String kanaal = TaakSoort.antwoordKanaal(eerste(open, context).kanaal());
        UUID beantwoord = opvolging(open, kanaal, "Beantwoord: ", "", antwoord, true, medewerker, context);
        sluit(taak, null, context);
        return beantwoord;
    }

    /**
     * Links the zaak that was made for the task's klantcontact to it (C9761) and closes the task; the zaak itself is
     * made in the zaaksysteem.
     */
    @Transactional
    void zaakGemaakt(UUID taak, String zaak, ApiContext context) {
        String identificatie = zaak == null ? "" : zaak.strip();
        if (identificatie.isEmpty()) {
            throw ApiException.invalid("zaak", "required", "Geef het zaaknummer van de zaak die is aangemaakt.");
        }
        InterneTaakResponse open = open(taak, context);
        var body = JsonNodeFactory.instance.objectNode();
        body.putObject(OnderwerpobjectFields.KLANTCONTACT.name())
                .put("uuid", Weergave.aanleiding(open).toString());
        var identificator = body.putObject(OnderwerpobjectFields.ONDERWERPOBJECTIDENTIFICATOR.name());
        identificator.put(Identificator.CODE_OBJECTTYPE.name(), "zaak");
        identificator.put(Identificator.CODE_REGISTER.name(), "open-zaak");
        identificator.put(
                Identificator.CODE_SOORT_OBJECT_ID.name(),
                Texts.parseUuid(identificatie) != null ? "uuid" : "identificatie");
        identificator.put(Identificator.OBJECT_ID.name(), identificatie);
        onderwerpobjecten.create(body, context);
        sluit(taak, toelichting(open, "Zaak " + identificatie + " aangemaakt."), context);
    }

    /** Closes a task that asked something else than a call, an answer or a zaak, with what was done. */
    @Transactional
    void afgerond(UUID taak, String notitie, ApiContext context) {
        InterneTaakResponse open = open(taak, context);
        String gedaan = notitie == null ? "" : notitie.strip();
        sluit(taak, gedaan.isEmpty() ? null : toelichting(open, "Afgerond: " + gedaan), context);
    }

    /**
     * Takes an afdeling's task upon the medewerker, so that a colleague does not call the same klant: the medewerker is
     * assigned beside the afdeling. Of two who try at once, the second waits for the first and is told who has it.
     */
    @Transactional
    void oppakken(UUID taak, Medewerker medewerker, ApiContext context) {
        InterneTaakResponse open = open(taak, context);
        var toegewezen = open.toegewezenAanActoren().stream().map(r -> r.uuid()).toList();
        Map<UUID, ActorResponse> actoren = actorenVan(toegewezen, context);
        UUID al = Weergave.opgepaktDoor(open, actoren);
        if (al != null && !al.equals(medewerker.actor())) {
            throw ApiException.conflict("Deze taak is al opgepakt door "
                    + Objects.requireNonNull(actoren.get(al)).naam() + ".");
        }
        if (toegewezen.contains(medewerker.actor())) {
            return;
        }
        var patch = JsonNodeFactory.instance.objectNode();
        var lijst = patch.putArray(InterneTaakFields.TOEGEWEZEN_AAN_ACTOREN.name());
        toegewezen.forEach(uuid -> lijst.addObject().put("uuid", uuid.toString()));
        lijst.addObject().put("uuid", medewerker.actor().toString());
        interneTaken.update(taak, patch, WriteMode.PATCH, context);
    }

    /** Gives a task the medewerker took up back to their afdeling, for a colleague to take up. */
    @Transactional
    void vrijgeven(UUID taak, Medewerker medewerker, ApiContext context) {
        InterneTaakResponse open = open(taak, context);
        var toegewezen = open.toegewezenAanActoren().stream().map(r -> r.uuid()).toList();
        if (!medewerker.actor().equals(Weergave.opgepaktDoor(open, actorenVan(toegewezen, context)))) {
            return;
        }
        var patch = JsonNodeFactory.instance.objectNode();
        var lijst = patch.putArray(InterneTaakFields.TOEGEWEZEN_AAN_ACTOREN.name());
        toegewezen.stream()
                .filter(uuid -> !uuid.equals(medewerker.actor()))
                .forEach(uuid -> lijst.addObject().put("uuid", uuid.toString()));
        interneTaken.update(taak, patch, WriteMode.PATCH, context);
    }

    private Map<UUID, ActorResponse> actorenVan(List<UUID> uuids, ApiContext context) {
        return uuids.isEmpty() ? Map.of() : actorResource.showAll(uuids, ExpandTree.NONE, context);
    }

    /**
     * The gevraagde handeling a forwarded task keeps: its own, except for a task that was sent back to the KCC only to
     * be routed again, which hands on what the task asked before it was sent back (C6114: the afdeling must still
     * call).
     */
    private @Nullable String doorTeGevenHandeling(InterneTaakResponse huidige) {
        if (TaakSoort.van(huidige.gevraagdeHandeling(), "") != TaakSoort.ROUTEREN) {
            return huidige.gevraagdeHandeling();
        }
        return jdbc.sql("""
                        select gevraagde_handeling from internetaak
                        where klantcontact_uuid = ? and uuid <> ? and gevraagde_handeling <> ?
                        order by creation_order desc limit 1""")
                .params(Weergave.aanleiding(huidige), huidige.uuid(), TaakSoort.OPNIEUW_ROUTEREN)
                .query(String.class)
                .optional()
                .orElse(huidige.gevraagdeHandeling());
    }

    /** A klantcontact about the task's first one, registered as the medewerker's follow-up, with the same klant. */
    private UUID opvolging(
            InterneTaakResponse taak,
            String kanaal,
            String onderwerpVoor,
            String inhoud,
            String reactie,
            boolean gelukt,
            Medewerker medewerker,
            ApiContext context) {
        KlantcontactResponse eerste = eerste(taak, context);
        var body = JsonNodeFactory.instance.objectNode();
        var klantcontact = body.putObject(MaakKlantcontact.KLANTCONTACT.name());
        klantcontact.put(KlantcontactFields.KANAAL.name(), kanaal);
        klantcontact.put(
                KlantcontactFields.ONDERWERP.name(), inkorten(onderwerpVoor + eerste.onderwerp(), MAXIMUM_ONDERWERP));
        klantcontact.put(KlantcontactFields.INHOUD.name(), inhoud == null ? "" : inhoud.strip());
        klantcontact.put(KlantcontactFields.REACTIE.name(), reactie == null ? "" : reactie.strip());
        klantcontact.put(KlantcontactFields.INDICATIE_CONTACT_GELUKT.name(), gelukt);
        klantcontact.put(KlantcontactFields.TAAL.name(), eerste.taal().isEmpty() ? "nld" : eerste.taal());
        klantcontact.put(KlantcontactFields.VERTROUWELIJK.name(), eerste.vertrouwelijk());
        klantcontact.put(
                "plaatsgevondenOp",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        var klant = klant(eerste);
        if (klant != null) {
            var betrokkene = body.putObject(MaakKlantcontact.BETROKKENE.name());
            if (klant.wasPartij() != null) {
                betrokkene
                        .putObject(BetrokkeneFields.WAS_PARTIJ.name())
                        .put("uuid", klant.wasPartij().uuid().toString());
            }
            betrokkene.put(BetrokkeneFields.ROL.name(), klant.rol());
            // The municipality answered: the klant did not start this contact.
            betrokkene.put(BetrokkeneFields.INITIATOR.name(), false);
            if (klant.contactnaam() != null && !klant.volledigeNaam().isEmpty()) {
                var naam = betrokkene.putObject(BetrokkeneFields.CONTACTNAAM.name());
                naam.put(Contactnaam.VOORLETTERS.name(), klant.contactnaam().voorletters());
                naam.put(Contactnaam.VOORNAAM.name(), klant.contactnaam().voornaam());
                naam.put(
                        Contactnaam.VOORVOEGSEL_ACHTERNAAM.name(),
                        klant.contactnaam().voorvoegselAchternaam());
                naam.put(Contactnaam.ACHTERNAAM.name(), klant.contactnaam().achternaam());
            }
        }
        body.putObject(MaakKlantcontact.ONDERWERPOBJECT.name())
                .putObject(OnderwerpobjectFields.WAS_KLANTCONTACT.name())
                .put("uuid", eerste.uuid().toString());
        body.putArray(MaakKlantcontact.ACTOREN.name())
                .addObject()
                .put("uuid", medewerker.actor().toString());
        return maak.maak(body, context).klantcontact().uuid();
    }

    private KlantcontactResponse eerste(InterneTaakResponse taak, ApiContext context) {
        return klantcontacten.get(
                Weergave.aanleiding(taak), Werkplek.expand(klantcontacten, "hadBetrokkenen"), context);
    }

    private static String toelichting(InterneTaakResponse taak, String toevoeging) {
        String eerder = taak.toelichting().strip();
        return inkorten(eerder.isEmpty() ? toevoeging : eerder + "\n" + toevoeging, MAXIMUM_TOELICHTING);
    }

    /**
     * Closes the task and makes a new one for the actor, with the gevraagde handeling given, or else the one the task
     * hands on.
     */
    @Transactional
    UUID doorsturen(
            UUID taak,
            UUID naar,
            String naarNaam,
            @Nullable String gevraagdeHandeling,
            @Nullable String toelichting,
            String afsluiting,
            ApiContext context) {
        if (toelichting == null || toelichting.isBlank()) {
            throw ApiException.invalid("toelichting", "required", "Geef een toelichting voor de collega.");
        }
        InterneTaakResponse open = open(taak, context);
        var nieuw = JsonNodeFactory.instance.objectNode();
        nieuw.putObject(InterneTaakFields.AANLEIDINGGEVEND_KLANTCONTACT.name())
                .put("uuid", Weergave.aanleiding(open).toString());
        nieuw.put(
                InterneTaakFields.GEVRAAGDE_HANDELING.name(),
                gevraagdeHandeling == null ? doorTeGevenHandeling(open) : gevraagdeHandeling);
        nieuw.putArray(InterneTaakFields.TOEGEWEZEN_AAN_ACTOREN.name())
                .addObject()
                .put("uuid", naar.toString());
        // The colleague who gets the task needs what the klant asked for, not only why it was passed on.
        String eerder = open.toelichting().strip();
        nieuw.put(
                "toelichting",
                inkorten(
                        eerder.isEmpty() ? toelichting.strip() : toelichting.strip() + "\n\nEerder: " + eerder,
                        MAXIMUM_TOELICHTING));
        nieuw.put(InterneTaakFields.STATUS.name(), "te_verwerken");
        UUID nieuweTaak = interneTaken.create(nieuw, context).uuid();
        String overdracht = afsluiting + " " + naarNaam + ": " + toelichting.strip();
        sluit(taak, inkorten(eerder.isEmpty() ? overdracht : eerder + "\n" + overdracht, MAXIMUM_TOELICHTING), context);
        return nieuweTaak;
    }

    private void sluit(UUID taak, @Nullable String toelichting, ApiContext context) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.put(InterneTaakFields.STATUS.name(), "verwerkt");
        if (toelichting != null) {
            patch.put(InterneTaakFields.TOELICHTING.name(), toelichting);
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
    static @Nullable BetrokkeneResponse klant(KlantcontactResponse klantcontact) {
        List<BetrokkeneResponse> betrokkenen = Weergave.expanded(klantcontact, "hadBetrokkenen");
        if (betrokkenen.isEmpty()) {
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
