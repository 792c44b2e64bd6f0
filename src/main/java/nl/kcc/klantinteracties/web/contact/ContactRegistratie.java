package nl.kcc.klantinteracties.web.contact;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
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

    ContactRegistratie(
            MaakKlantcontact maak, Referentienummers referentienummers, Gespreksresultaten gespreksresultaten) {
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
    static Function<String, String> velden(List<String> adressen) {
        return name -> {
            String[] parts = name.split("\\.");
            String last = parts[parts.length - 1];
            return switch (parts[0]) {
                case GESPREKSRESULTAAT -> GESPREKSRESULTAAT;
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
                case "digitaleAdressen" -> {
                    Integer index =
                            parts.length > 1 && parts[1].matches("[0-9]{1,3}") ? Integer.valueOf(parts[1]) : null;
                    yield index != null && index < adressen.size() ? adressen.get(index) : null;
                }
                case "interneTaak" ->
                    switch (last) {
                        case "gevraagdeHandeling" -> "handeling";
                        case "toelichting" -> "toelichting";
                        default -> "toewijzenAan";
                    };
                case "onderwerpobject" -> "zaak";
                default -> null;
            };
        };
    }

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
        var klantcontact = body.putObject("klantcontact");
        klantcontact.put("referentienummer", referentienummer);
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
        body.putArray("actoren").addObject().put("uuid", medewerker.actor().toString());

        boolean naamGegeven = !ContactFormulier.tekst(form.achternaam()).isEmpty()
                || !ContactFormulier.tekst(form.voornaam()).isEmpty();
        List<String> adressen = adresVelden(form);
        if (partij != null || naamGegeven || !adressen.isEmpty()) {
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
            var digitaleAdressen = body.putArray("digitaleAdressen");
            for (String veld : adressen) {
                var adres = digitaleAdressen.addObject();
                if (veld.equals("telefoon")) {
                    adres.put("soortDigitaalAdres", "telefoonnummer");
                    adres.put("adres", ContactFormulier.tekst(form.telefoon()).replaceAll("[\\s()-]", ""));
                } else {
                    adres.put("soortDigitaalAdres", "email");
                    adres.put("adres", ContactFormulier.tekst(form.email()));
                }
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
        if (toewijzenAan != null) {
            var taak = body.putObject("interneTaak");
            taak.put("gevraagdeHandeling", ContactFormulier.tekst(form.handeling()));
            taak.putArray("toegewezenAanActoren").addObject().put("uuid", toewijzenAan.toString());
            taak.put("toelichting", ContactFormulier.tekst(form.toelichting()));
            taak.put("status", "te_verwerken");
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
