package nl.kcc.klantinteracties.web.contact;

import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresFields;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.partij.PartijFields;
import nl.kcc.klantinteracties.partij.PartijIdentificatorFields;
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
        if (name.startsWith(PartijFields.PARTIJ_IDENTIFICATOREN.name()) || name.equals("__all__")) {
            return "bsn";
        }
        if (name.endsWith(Contactnaam.VOORNAAM.name())) {
            return "voornaam";
        }
        if (name.endsWith(Contactnaam.VOORVOEGSEL_ACHTERNAAM.name())) {
            return "voorvoegsel";
        }
        if (name.endsWith(Contactnaam.ACHTERNAAM.name())) {
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
                    String.join(
                            ".",
                            PartijFields.PARTIJ_IDENTIFICATIE.name(),
                            PartijFields.CONTACTNAAM.name(),
                            Contactnaam.ACHTERNAAM.name()),
                    "required",
                    "Vul de achternaam in.");
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.put(PartijFields.SOORT_PARTIJ.name(), "persoon");
        body.put(PartijFields.INDICATIE_ACTIEF.name(), true);
        body.put(PartijFields.VOORKEURSTAAL.name(), "nld");
        var naam = body.putObject(PartijFields.PARTIJ_IDENTIFICATIE.name()).putObject(PartijFields.CONTACTNAAM.name());
        naam.put(Contactnaam.VOORLETTERS.name(), "");
        naam.put(Contactnaam.VOORNAAM.name(), ContactFormulier.tekst(form.voornaam()));
        naam.put(Contactnaam.VOORVOEGSEL_ACHTERNAAM.name(), ContactFormulier.tekst(form.voorvoegsel()));
        naam.put(Contactnaam.ACHTERNAAM.name(), ContactFormulier.tekst(form.achternaam()));
        var identificator = body.putArray(PartijFields.PARTIJ_IDENTIFICATOREN.name())
                .addObject()
                .putObject(PartijIdentificatorFields.PARTIJ_IDENTIFICATOR.name());
        identificator.put(PartijIdentificatorFields.CODE_REGISTER.name(), "brp");
        identificator.put(PartijIdentificatorFields.CODE_OBJECTTYPE.name(), "natuurlijk_persoon");
        identificator.put(PartijIdentificatorFields.CODE_SOORT_OBJECT_ID.name(), "bsn");
        identificator.put(
                PartijIdentificatorFields.OBJECT_ID.name(),
                ContactFormulier.tekst(form.bsn()).replaceAll("[\\s.-]", ""));
        UUID partij = partijen.create(body, context).uuid();

        UUID voorkeur = adres(form.telefoon(), "telefoonnummer", "telefoon", partij, context);
        UUID email = adres(form.email(), "email", "email", partij, context);
        if (voorkeur == null) {
            voorkeur = email;
        }
        if (voorkeur != null) {
            var patch = JsonNodeFactory.instance.objectNode();
            patch.putObject(PartijFields.VOORKEURS_DIGITAAL_ADRES.name()).put("uuid", voorkeur.toString());
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
        body.putObject(DigitaalAdresFields.VERSTREKT_DOOR_PARTIJ.name()).put("uuid", partij.toString());
        body.put(DigitaalAdresFields.SOORT_DIGITAAL_ADRES.name(), soort);
        body.put(
                DigitaalAdresFields.ADRES.name(),
                soort.equals("telefoonnummer") ? waarde.replaceAll("[\\s()-]", "") : waarde);
        body.put(DigitaalAdresFields.IS_STANDAARD_ADRES.name(), true);
        try {
            return digitaleAdressen.create(body, context).uuid();
        } catch (ApiException refused) {
            throw ApiException.invalid(refused.invalidParams().stream()
                    .map(p -> new InvalidParam(veld + "." + p.name(), p.code(), p.reason()))
                    .toList());
        }
    }
}
