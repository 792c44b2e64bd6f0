package nl.kcc.klantinteracties.web.contact;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresFields;
import nl.kcc.klantinteracties.gegevensgroep.Contactnaam;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import nl.kcc.klantinteracties.internetaak.InterneTaakFields;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneFields;
import nl.kcc.klantinteracties.klantcontact.KlantcontactFields;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectFields;
import nl.kcc.klantinteracties.maakklantcontact.MaakKlantcontact;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Gespreksresultaten;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers a whole contact as the medewerker filled it in, in one call to {@code maak-klantcontact}: the klantcontact
 * with its betrokkene, the medewerker as actor, the caller's telephone number and e-mail address, a terugbelverzoek
 * and a zaak. Every part is checked before any is stored; when any part is refused, nothing is.
 */
@Service
class ContactRegistratie {

    /** The form field, and the name its problem goes by: the register's API has no such field. */
    private static final String GESPREKSRESULTAAT = "gespreksresultaat";

    private final MaakKlantcontact maak;
    private final Referentienummers referentienummers;
    private final Gespreksresultaten gespreksresultaten;
    private final Clock clock;

    ContactRegistratie(
            MaakKlantcontact maak,
            Referentienummers referentienummers,
            Gespreksresultaten gespreksresultaten,
            Clock clock) {
        this.clock = clock;
        this.maak = maak;
        this.referentienummers = referentienummers;
        this.gespreksresultaten = gespreksresultaten;
    }

    /** The contact as stored: its uuid, and the referentienummer the medewerker gives the klant. */
    record Geregistreerd(UUID klantcontact, String referentienummer) {}

    /**
     * The form field each problem is shown at, by the name the register gives it.
     *
     * @param adressen the form field of each of the request's digitale adressen, in order
     */
    static Function<String, @Nullable String> velden(List<String> adressen) {
        return name -> {
            String[] parts = name.split("\\.");
            String part = parts[0];
            String last = parts[parts.length - 1];
            if (part.equals(GESPREKSRESULTAAT)) {
                return GESPREKSRESULTAAT;
            }
            if (part.equals(MaakKlantcontact.KLANTCONTACT.name())) {
                return KLANTCONTACT_VELDEN.get(last);
            }
            if (part.equals(MaakKlantcontact.BETROKKENE.name())) {
                return NAAM_VELDEN.get(last);
            }
            if (part.equals(MaakKlantcontact.DIGITALE_ADRESSEN.name())) {
                Integer index = parts.length > 1 && parts[1].matches("[0-9]{1,3}") ? Integer.valueOf(parts[1]) : null;
                return index != null && index < adressen.size() ? adressen.get(index) : null;
            }
            if (part.equals(MaakKlantcontact.INTERNE_TAAK.name())) {
                return TAAK_VELDEN.getOrDefault(last, "toewijzenAan");
            }
            if (part.equals(MaakKlantcontact.ONDERWERPOBJECT.name())) {
                return "zaak";
            }
            return null;
        };
    }

    // The form's field for each field of the register a problem can be about.
    private static final Map<String, String> KLANTCONTACT_VELDEN = Map.of(
            KlantcontactFields.KANAAL.name(), "kanaal",
            KlantcontactFields.ONDERWERP.name(), "onderwerp",
            KlantcontactFields.INHOUD.name(), "vraag",
            KlantcontactFields.REACTIE.name(), "antwoord",
            KlantcontactFields.INDICATIE_CONTACT_GELUKT.name(), "gelukt");
    private static final Map<String, String> NAAM_VELDEN = Map.of(
            Contactnaam.VOORNAAM.name(), "voornaam",
            Contactnaam.VOORVOEGSEL_ACHTERNAAM.name(), "voorvoegsel",
            Contactnaam.ACHTERNAAM.name(), "achternaam");
    private static final Map<String, String> TAAK_VELDEN = Map.of(
            InterneTaakFields.GEVRAAGDE_HANDELING.name(), "handeling",
            InterneTaakFields.TOELICHTING.name(), "toelichting");

    /** The form fields of the digitale adressen this form sends, in the order it sends them. */
    static List<String> adresVelden(ContactFormulier form) {
        var velden = new ArrayList<String>();
        if (!ContactFormulier.tekst(form.telefoon()).isEmpty()) {
            velden.add("telefoon");
        }
        if (!ContactFormulier.tekst(form.email()).isEmpty()) {
            velden.add("email");
        }
        return velden;
    }

    /** Stores the contact; throws with every problem the register found. */
    @Transactional
    Geregistreerd registreer(ContactFormulier form, Medewerker medewerker, ApiContext context) {
        var problems = new ArrayList<InvalidParam>();
        UUID partij = optionalUuid(form.partij(), "betrokkene.wasPartij", problems);
        UUID toewijzenAan = form.isTerugbellen()
                ? optionalUuid(form.toewijzenAan(), "interneTaak.toegewezenAanActoren", problems)
                : null;
        if (form.isTerugbellen() && toewijzenAan == null && problems.isEmpty()) {
            problems.add(new InvalidParam(
                    "interneTaak.toegewezenAanActoren", "required", "Kies voor wie het terugbelverzoek is."));
        }
        Integer gespreksresultaat = null;
        if (!ContactFormulier.tekst(form.gespreksresultaat()).isEmpty()) {
            gespreksresultaat =
                    gespreksresultaten.aangeboden(form.gespreksresultaat()).orElse(null);
            if (gespreksresultaat == null) {
                problems.add(new InvalidParam(
                        GESPREKSRESULTAAT,
                        "invalid",
                        "Kies een gespreksresultaat uit de lijst; dit wordt niet meer aangeboden."));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String referentienummer = referentienummers.volgende();
        var body = body(form, partij, toewijzenAan, medewerker, referentienummer);
        UUID klantcontact = maak.maak(body, context).klantcontact().uuid();
        if (gespreksresultaat != null) {
            gespreksresultaten.legVast(klantcontact, gespreksresultaat);
        }
        return new Geregistreerd(klantcontact, referentienummer);
    }

    private ObjectNode body(
            ContactFormulier form,
            @Nullable UUID partij,
            @Nullable UUID toewijzenAan,
            Medewerker medewerker,
            String referentienummer) {
        var body = JsonNodeFactory.instance.objectNode();
        var klantcontact = body.putObject(MaakKlantcontact.KLANTCONTACT.name());
        klantcontact.put(KlantcontactFields.REFERENTIENUMMER.name(), referentienummer);
        klantcontact.put(KlantcontactFields.KANAAL.name(), ContactFormulier.tekst(form.kanaal()));
        klantcontact.put(KlantcontactFields.ONDERWERP.name(), ContactFormulier.tekst(form.onderwerp()));
        klantcontact.put(KlantcontactFields.INHOUD.name(), ContactFormulier.tekst(form.vraag()));
        klantcontact.put(KlantcontactFields.REACTIE.name(), ContactFormulier.tekst(form.antwoord()));
        klantcontact.put(KlantcontactFields.INDICATIE_CONTACT_GELUKT.name(), !"nee".equals(form.gelukt()));
        klantcontact.put(KlantcontactFields.TAAL.name(), "nld");
        klantcontact.put(KlantcontactFields.VERTROUWELIJK.name(), form.isVertrouwelijk());
        klantcontact.put(
                KlantcontactFields.PLAATSGEVONDEN_OP.name(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        body.putArray(MaakKlantcontact.ACTOREN.name())
                .addObject()
                .put("uuid", medewerker.actor().toString());

        boolean naamGegeven = !ContactFormulier.tekst(form.achternaam()).isEmpty()
                || !ContactFormulier.tekst(form.voornaam()).isEmpty();
        List<String> adressen = adresVelden(form);
        if (partij != null || naamGegeven || !adressen.isEmpty()) {
            var betrokkene = body.putObject(MaakKlantcontact.BETROKKENE.name());
            if (partij != null) {
                betrokkene.putObject(BetrokkeneFields.WAS_PARTIJ.name()).put("uuid", partij.toString());
            }
            betrokkene.put(BetrokkeneFields.ROL.name(), "klant");
            betrokkene.put(BetrokkeneFields.INITIATOR.name(), true);
            if (naamGegeven) {
                var naam = betrokkene.putObject(BetrokkeneFields.CONTACTNAAM.name());
                naam.put(Contactnaam.VOORLETTERS.name(), "");
                naam.put(Contactnaam.VOORNAAM.name(), ContactFormulier.tekst(form.voornaam()));
                naam.put(Contactnaam.VOORVOEGSEL_ACHTERNAAM.name(), ContactFormulier.tekst(form.voorvoegsel()));
                naam.put(Contactnaam.ACHTERNAAM.name(), ContactFormulier.tekst(form.achternaam()));
            }
            var digitaleAdressen = body.putArray(MaakKlantcontact.DIGITALE_ADRESSEN.name());
            for (String veld : adressen) {
                var adres = digitaleAdressen.addObject();
                if (veld.equals("telefoon")) {
                    adres.put(DigitaalAdresFields.SOORT_DIGITAAL_ADRES.name(), "telefoonnummer");
                    adres.put(
                            DigitaalAdresFields.ADRES.name(),
                            ContactFormulier.tekst(form.telefoon()).replaceAll("[\\s()-]", ""));
                } else {
                    adres.put(DigitaalAdresFields.SOORT_DIGITAAL_ADRES.name(), "email");
                    adres.put(DigitaalAdresFields.ADRES.name(), ContactFormulier.tekst(form.email()));
                }
            }
        }
        String zaak = ContactFormulier.tekst(form.zaak());
        if (!zaak.isEmpty()) {
            var identificator = body.putObject(MaakKlantcontact.ONDERWERPOBJECT.name())
                    .putObject(OnderwerpobjectFields.ONDERWERPOBJECTIDENTIFICATOR.name());
            identificator.put(Identificator.OBJECT_ID.name(), zaak);
            identificator.put(Identificator.CODE_OBJECTTYPE.name(), "zaak");
            identificator.put(Identificator.CODE_REGISTER.name(), "open-zaak");
            identificator.put(
                    Identificator.CODE_SOORT_OBJECT_ID.name(),
                    Texts.parseUuid(zaak) != null ? "uuid" : "identificatie");
        }
        if (toewijzenAan != null) {
            var taak = body.putObject(MaakKlantcontact.INTERNE_TAAK.name());
            taak.put(InterneTaakFields.GEVRAAGDE_HANDELING.name(), ContactFormulier.tekst(form.handeling()));
            taak.putArray(InterneTaakFields.TOEGEWEZEN_AAN_ACTOREN.name())
                    .addObject()
                    .put("uuid", toewijzenAan.toString());
            taak.put(InterneTaakFields.TOELICHTING.name(), ContactFormulier.tekst(form.toelichting()));
            taak.put(InterneTaakFields.STATUS.name(), "te_verwerken");
        }
        return body;
    }

    private static @Nullable UUID optionalUuid(String text, String name, List<InvalidParam> problems) {
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
