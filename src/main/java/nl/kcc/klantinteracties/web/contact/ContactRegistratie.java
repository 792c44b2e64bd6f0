package nl.kcc.klantinteracties.web.contact;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.kcc.klantinteracties.actor.ActorKlantcontactResource;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.klantcontact.MaakKlantcontact;
import nl.kcc.klantinteracties.klantcontact.MaakKlantcontactResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers a whole contact as the medewerker filled it in: the klantcontact with its betrokkene, the medewerker as
 * actor, the caller's telephone number and e-mail address, a terugbelverzoek and a zaak, all in one transaction:
 * when any part is refused, nothing is stored.
 */
@Service
class ContactRegistratie {

    private final MaakKlantcontact maak;
    private final ActorKlantcontactResource actorKlantcontacten;
    private final DigitaalAdresResource digitaleAdressen;
    private final InterneTaakResource interneTaken;

    ContactRegistratie(
            MaakKlantcontact maak,
            ActorKlantcontactResource actorKlantcontacten,
            DigitaalAdresResource digitaleAdressen,
            InterneTaakResource interneTaken) {
        this.maak = maak;
        this.actorKlantcontacten = actorKlantcontacten;
        this.digitaleAdressen = digitaleAdressen;
        this.interneTaken = interneTaken;
    }

    /** The form field each part of the request is shown at, by the name the register gives a problem. */
    static String veld(String name) {
        String[] parts = name.split("\\.");
        String last = parts[parts.length - 1];
        return switch (parts[0]) {
            case "klantcontact" ->
                switch (last) {
                    case "kanaal" -> "kanaal";
                    case "onderwerp" -> "onderwerp";
                    case "inhoud" -> "vraag";
                    case "reactie" -> "antwoord";
                    case "indicatieContactGelukt" -> "gelukt";
                    default -> null;
                };
            case "betrokkene" ->
                switch (last) {
                    case "voornaam" -> "voornaam";
                    case "voorvoegselAchternaam" -> "voorvoegsel";
                    case "achternaam" -> "achternaam";
                    default -> null;
                };
            case "telefoon" -> "telefoon";
            case "email" -> "email";
            case "interneTaak" ->
                switch (last) {
                    case "gevraagdeHandeling" -> "handeling";
                    case "toelichting" -> "toelichting";
                    default -> "toewijzenAan";
                };
            case "onderwerpobject" -> "zaak";
            default -> null;
        };
    }

    /** Stores the contact and returns the klantcontact's uuid; throws with every problem the register found. */
    @Transactional
    UUID registreer(ContactFormulier form, Medewerker medewerker, ApiContext context) {
        var problems = new ArrayList<InvalidParam>();
        UUID partij = optionalUuid(form.partij(), "betrokkene.wasPartij", problems);
        UUID toewijzenAan = form.isTerugbellen() ? optionalUuid(form.toewijzenAan(), "interneTaak.x", problems) : null;
        if (form.isTerugbellen() && toewijzenAan == null && problems.isEmpty()) {
            problems.add(new InvalidParam(
                    "interneTaak.toegewezenAanActoren", "required", "Kies voor wie het terugbelverzoek is."));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }

        MaakKlantcontactResponse made = maak.maak(body(form, partij), context);
        UUID klantcontact = made.klantcontact().uuid();
        actorKlantcontacten.create(actorKlantcontact(medewerker.actor(), klantcontact), context);
        if (made.betrokkene() != null) {
            UUID betrokkene = made.betrokkene().uuid();
            adres(form.telefoon(), "telefoonnummer", "telefoon", betrokkene, context);
            adres(form.email(), "email", "email", betrokkene, context);
        }
        if (form.isTerugbellen()) {
            var taak = JsonNodeFactory.instance.objectNode();
            taak.putObject("aanleidinggevendKlantcontact").put("uuid", klantcontact.toString());
            taak.put("gevraagdeHandeling", ContactFormulier.tekst(form.handeling()));
            taak.putArray("toegewezenAanActoren").addObject().put("uuid", toewijzenAan.toString());
            taak.put("toelichting", ContactFormulier.tekst(form.toelichting()));
            taak.put("status", "te_verwerken");
            named("interneTaak.", () -> interneTaken.create(taak, context));
        }
        return klantcontact;
    }

    static ObjectNode actorKlantcontact(UUID actor, UUID klantcontact) {
        var body = JsonNodeFactory.instance.objectNode();
        body.putObject("actor").put("uuid", actor.toString());
        body.putObject("klantcontact").put("uuid", klantcontact.toString());
        return body;
    }

    private ObjectNode body(ContactFormulier form, UUID partij) {
        var body = JsonNodeFactory.instance.objectNode();
        var klantcontact = body.putObject("klantcontact");
        klantcontact.put("kanaal", ContactFormulier.tekst(form.kanaal()));
        klantcontact.put("onderwerp", ContactFormulier.tekst(form.onderwerp()));
        klantcontact.put("inhoud", ContactFormulier.tekst(form.vraag()));
        klantcontact.put("reactie", ContactFormulier.tekst(form.antwoord()));
        klantcontact.put("indicatieContactGelukt", !"nee".equals(form.gelukt()));
        klantcontact.put("taal", "nld");
        klantcontact.put("vertrouwelijk", form.isVertrouwelijk());
        klantcontact.put(
                "plaatsgevondenOp",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());

        boolean naamGegeven = !ContactFormulier.tekst(form.achternaam()).isEmpty()
                || !ContactFormulier.tekst(form.voornaam()).isEmpty();
        boolean adresGegeven = !ContactFormulier.tekst(form.telefoon()).isEmpty()
                || !ContactFormulier.tekst(form.email()).isEmpty();
        if (partij != null || naamGegeven || adresGegeven) {
            var betrokkene = body.putObject("betrokkene");
            if (partij != null) {
                betrokkene.putObject("wasPartij").put("uuid", partij.toString());
            }
            betrokkene.put("rol", "klant");
            betrokkene.put("initiator", true);
            if (naamGegeven) {
                var naam = betrokkene.putObject("contactnaam");
                naam.put("voorletters", "");
                naam.put("voornaam", ContactFormulier.tekst(form.voornaam()));
                naam.put("voorvoegselAchternaam", ContactFormulier.tekst(form.voorvoegsel()));
                naam.put("achternaam", ContactFormulier.tekst(form.achternaam()));
            }
        }
        String zaak = ContactFormulier.tekst(form.zaak());
        if (!zaak.isEmpty()) {
            var identificator = body.putObject("onderwerpobject").putObject("onderwerpobjectidentificator");
            identificator.put("objectId", zaak);
            identificator.put("codeObjecttype", "zaak");
            identificator.put("codeRegister", "open-zaak");
            identificator.put("codeSoortObjectId", Texts.parseUuid(zaak) != null ? "uuid" : "identificatie");
        }
        return body;
    }

    private void adres(String adres, String soort, String veld, UUID betrokkene, ApiContext context) {
        String waarde = ContactFormulier.tekst(adres);
        if (waarde.isEmpty()) {
            return;
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.putObject("verstrektDoorBetrokkene").put("uuid", betrokkene.toString());
        body.put("soortDigitaalAdres", soort);
        body.put("adres", soort.equals("telefoonnummer") ? waarde.replaceAll("[\\s()-]", "") : waarde);
        named(veld + ".", () -> digitaleAdressen.create(body, context));
    }

    /** Runs a write whose problems are named after the part of the form it stores. */
    private static void named(String prefix, Runnable write) {
        try {
            write.run();
        } catch (ApiException refused) {
            if (refused.invalidParams().isEmpty()) {
                throw refused;
            }
            Function<InvalidParam, InvalidParam> rename =
                    p -> new InvalidParam(prefix + p.name(), p.code(), p.reason());
            throw ApiException.invalid(
                    refused.invalidParams().stream().map(rename).toList());
        }
    }

    private static UUID optionalUuid(String text, String name, List<InvalidParam> problems) {
        String value = ContactFormulier.tekst(text);
        if (value.isEmpty()) {
            return null;
        }
        UUID uuid = Texts.parseUuid(value);
        if (uuid == null) {
            problems.add(new InvalidParam(name, "invalid", "Kies een geldige waarde."));
        }
        return uuid;
    }
}
