package nl.kcc.klantinteracties.web.contact;

import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.partij.PartijResource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Registers a caller who was authenticated but is not yet in the register (F7554): a partij of soort persoon with
 * its BSN, contactnaam and, when given, a telephone number and e-mail address, the first of which becomes the
 * voorkeur. All in one transaction.
 */
@Service
class NieuweKlant {

    /** What the medewerker fills in. */
    record Formulier(
            String kanaal,
            String bsn,
            String voornaam,
            String voorvoegsel,
            String achternaam,
            String telefoon,
            String email,
            String sleutel) {}

    private final PartijResource partijen;
    private final DigitaalAdresResource digitaleAdressen;

    NieuweKlant(PartijResource partijen, DigitaalAdresResource digitaleAdressen) {
        this.partijen = partijen;
        this.digitaleAdressen = digitaleAdressen;
    }

    static @Nullable String veld(String name) {
        // A BSN that another partij has is reported as the reference does, under "__all__".
        if (name.startsWith("partijIdentificatoren") || name.equals("__all__")) {
            return "bsn";
        }
        if (name.endsWith("voornaam")) {
            return "voornaam";
        }
        if (name.endsWith("voorvoegselAchternaam")) {
            return "voorvoegsel";
        }
        if (name.endsWith("achternaam")) {
            return "achternaam";
        }
        if (name.startsWith("telefoon.")) {
            return "telefoon";
        }
        if (name.startsWith("email.")) {
            return "email";
        }
        return null;
    }

    @Transactional
    UUID registreer(Formulier form, ApiContext context) {
        if (ContactFormulier.tekst(form.achternaam()).isEmpty()) {
            throw ApiException.invalid(
                    "partijIdentificatie.contactnaam.achternaam", "required", "Vul de achternaam in.");
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.put("soortPartij", "persoon");
        body.put("indicatieActief", true);
        body.put("voorkeurstaal", "nld");
        var naam = body.putObject("partijIdentificatie").putObject("contactnaam");
        naam.put("voorletters", "");
        naam.put("voornaam", ContactFormulier.tekst(form.voornaam()));
        naam.put("voorvoegselAchternaam", ContactFormulier.tekst(form.voorvoegsel()));
        naam.put("achternaam", ContactFormulier.tekst(form.achternaam()));
        var identificator = body.putArray("partijIdentificatoren").addObject().putObject("partijIdentificator");
        identificator.put("codeRegister", "brp");
        identificator.put("codeObjecttype", "natuurlijk_persoon");
        identificator.put("codeSoortObjectId", "bsn");
        identificator.put("objectId", ContactFormulier.tekst(form.bsn()).replaceAll("[\\s.-]", ""));
        UUID partij = partijen.create(body, context).uuid();

        UUID voorkeur = adres(form.telefoon(), "telefoonnummer", "telefoon", partij, context);
        UUID email = adres(form.email(), "email", "email", partij, context);
        if (voorkeur == null) {
            voorkeur = email;
        }
        if (voorkeur != null) {
            var patch = JsonNodeFactory.instance.objectNode();
            patch.putObject("voorkeursDigitaalAdres").put("uuid", voorkeur.toString());
            partijen.update(partij, patch, WriteMode.PATCH, context);
        }
        return partij;
    }

    private @Nullable UUID adres(String adres, String soort, String veld, UUID partij, ApiContext context) {
        String waarde = ContactFormulier.tekst(adres);
        if (waarde.isEmpty()) {
            return null;
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.putObject("verstrektDoorPartij").put("uuid", partij.toString());
        body.put("soortDigitaalAdres", soort);
        body.put("adres", soort.equals("telefoonnummer") ? waarde.replaceAll("[\\s()-]", "") : waarde);
        body.put("isStandaardAdres", true);
        try {
            return digitaleAdressen.create(body, context).uuid();
        } catch (ApiException refused) {
            throw ApiException.invalid(refused.invalidParams().stream()
                    .map(p -> new InvalidParam(veld + "." + p.name(), p.code(), p.reason()))
                    .toList());
        }
    }
}
