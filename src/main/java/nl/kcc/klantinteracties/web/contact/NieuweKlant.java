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
import nl.kcc.klantinteracties.partij.PartijIdentificatorResource;
import nl.kcc.klantinteracties.partij.PartijResource;
import nl.kcc.klantinteracties.web.kvk.KvkApi;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers a caller who was authenticated but is not yet in the register (F7554), or a company found in the
 * Handelsregister. A caller becomes a partij of soort persoon with
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
    private final PartijIdentificatorResource identificatoren;
    private final DigitaalAdresResource digitaleAdressen;

    NieuweKlant(
            PartijResource partijen,
            PartijIdentificatorResource identificatoren,
            DigitaalAdresResource digitaleAdressen) {
        this.partijen = partijen;
        this.identificatoren = identificatoren;
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

    /**
     * A company found in the Handelsregister becomes a klant: a partij of soort organisatie with its naam, identified
     * as KISS identifies one, so that both find it again. The organisation itself by its KvK-nummer; an establishment
     * by its vestigingsnummer, hung under the identificator of its organisation's KvK-nummer (made without a partij
     * when the register has none yet). All in one transaction.
     *
     * @param kvkIdentificator the identificator of the KvK-nummer the medewerker may see, if the register has one
     */
    @Transactional
    UUID registreer(
            KvkApi.Bedrijf bedrijf, PartijZoeker.@Nullable KvkIdentificator kvkIdentificator, ApiContext context) {
        var body = JsonNodeFactory.instance.objectNode();
        body.put(PartijFields.SOORT_PARTIJ.name(), "organisatie");
        body.put(PartijFields.INDICATIE_ACTIEF.name(), true);
        body.put(PartijFields.VOORKEURSTAAL.name(), "nld");
        body.putObject(PartijFields.PARTIJ_IDENTIFICATIE.name()).put(PartijFields.NAAM.name(), bedrijf.naam());
        if (bedrijf.vestigingsnummer().isEmpty()) {
            if (kvkIdentificator == null) {
                body.putArray(PartijFields.PARTIJ_IDENTIFICATOREN.name())
                        .addObject()
                        .set(PartijIdentificatorFields.PARTIJ_IDENTIFICATOR.name(), kvkNummer(bedrijf));
                return partijen.create(body, context).uuid();
            }
            // The KvK-nummer the organisation's establishments hang under now identifies the organisation too.
            UUID partij = partijen.create(body, context).uuid();
            var patch = JsonNodeFactory.instance.objectNode();
            patch.putObject(PartijIdentificatorFields.IDENTIFICEERDE_PARTIJ.name())
                    .put("uuid", partij.toString());
            identificatoren.update(kvkIdentificator.uuid(), patch, WriteMode.PATCH, context);
            return partij;
        }
        UUID partij = partijen.create(body, context).uuid();
        UUID onder;
        if (kvkIdentificator != null) {
            onder = kvkIdentificator.uuid();
        } else {
            var kvk = JsonNodeFactory.instance.objectNode();
            kvk.putNull(PartijIdentificatorFields.IDENTIFICEERDE_PARTIJ.name());
            kvk.set(PartijIdentificatorFields.PARTIJ_IDENTIFICATOR.name(), kvkNummer(bedrijf));
            onder = identificatoren.create(kvk, context).uuid();
        }
        var identificator = JsonNodeFactory.instance.objectNode();
        identificator
                .putObject(PartijIdentificatorFields.IDENTIFICEERDE_PARTIJ.name())
                .put("uuid", partij.toString());
        identificator.set(
                PartijIdentificatorFields.PARTIJ_IDENTIFICATOR.name(),
                identificator("vestiging", "vestigingsnummer", bedrijf.vestigingsnummer()));
        identificator
                .putObject(PartijIdentificatorFields.SUB_IDENTIFICATOR_VAN.name())
                .put("uuid", onder.toString());
        identificatoren.create(identificator, context);
        return partij;
    }

    private static ObjectNode kvkNummer(KvkApi.Bedrijf bedrijf) {
        return identificator("niet_natuurlijk_persoon", "kvk_nummer", bedrijf.kvkNummer());
    }

    private static ObjectNode identificator(String codeObjecttype, String codeSoortObjectId, String objectId) {
        var identificator = JsonNodeFactory.instance.objectNode();
        identificator.put(PartijIdentificatorFields.CODE_REGISTER.name(), "hr");
        identificator.put(PartijIdentificatorFields.CODE_OBJECTTYPE.name(), codeObjecttype);
        identificator.put(PartijIdentificatorFields.CODE_SOORT_OBJECT_ID.name(), codeSoortObjectId);
        identificator.put(PartijIdentificatorFields.OBJECT_ID.name(), objectId);
        return identificator;
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
