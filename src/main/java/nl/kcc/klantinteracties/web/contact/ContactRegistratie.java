package nl.kcc.klantinteracties.web.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Uuids;
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
import nl.kcc.klantinteracties.maakklantcontact.MaakKlantcontactResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Actoren;
import nl.kcc.klantinteracties.web.AfdelingVragen;
import nl.kcc.klantinteracties.web.Gesprekken;
import nl.kcc.klantinteracties.web.Gespreksresultaten;
import nl.kcc.klantinteracties.web.Termijnen;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers a whole conversation as the medewerker filled it in: each vraag one call to {@code maak-klantcontact} (the
 * klantcontact with its betrokkene, the medewerker as actor, a zaak), the caller's telephone number and e-mail address
 * with the first vraag, a terugbelverzoek with the vraag it is about. All in one transaction: when any part of any
 * vraag is refused, nothing is stored.
 */
@Service
class ContactRegistratie {

    /** The form fields, and the names their problems go by: the register's API has no such fields. */
    private static final String GESPREKSRESULTAAT = "gespreksresultaat";

    private static final String AFDELING = "afdeling";

    private static final String VRAGEN = "vragen";

    private static final String UITERLIJK = "uiterlijk";

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** Longer ago than this, the form was left and picked up again: its first opening is no begin of a call. */
    private static final Duration LANGSTE_GESPREK = Duration.ofHours(12);

    private final MaakKlantcontact maak;
    private final Referentienummers referentienummers;
    private final Gespreksresultaten gespreksresultaten;
    private final Gesprekken gesprekken;
    private final Actoren actoren;
    private final Termijnen termijnen;
    private final AfdelingVragen afdelingVragen;
    private final Clock clock;

    ContactRegistratie(
            MaakKlantcontact maak,
            Referentienummers referentienummers,
            Gespreksresultaten gespreksresultaten,
            Gesprekken gesprekken,
            Actoren actoren,
            Termijnen termijnen,
            AfdelingVragen afdelingVragen,
            Clock clock) {
        this.termijnen = termijnen;
        this.afdelingVragen = afdelingVragen;
        this.clock = clock;
        this.maak = maak;
        this.referentienummers = referentienummers;
        this.gespreksresultaten = gespreksresultaten;
        this.gesprekken = gesprekken;
        this.actoren = actoren;
    }

    /** The contacts as stored, one per vraag in order: each uuid, and the referentienummer the klant can quote. */
    record Geregistreerd(List<UUID> klantcontacten, List<String> referentienummers) {}

    /** The form field id of a field of the vraag at this index. */
    static String vraagVeld(int index, String veld) {
        return VRAGEN + index + "-" + veld;
    }

    /**
     * The form field each problem is shown at, by the name the register gives it; the problems of a vraag are named
     * with {@code vragen.<index>.} in front.
     *
     * @param adressen the form field of each of the request's digitale adressen, in order
     */
    static Function<String, @Nullable String> velden(List<String> adressen) {
        return name -> {
            String[] parts = name.split("\\.");
            int vraag = 0;
            if (parts.length > 2 && parts[0].equals(VRAGEN) && parts[1].matches("[0-9]{1,2}")) {
                vraag = Integer.parseInt(parts[1]);
                parts = Arrays.copyOfRange(parts, 2, parts.length);
            }
            String part = parts[0];
            String last = parts[parts.length - 1];
            if (part.equals(UITERLIJK)) {
                return UITERLIJK;
            }
            if (part.equals(GESPREKSRESULTAAT) || part.equals(AFDELING)) {
                return vraagVeld(vraag, part);
            }
            if (part.equals(MaakKlantcontact.KLANTCONTACT.name())) {
                String veld = KLANTCONTACT_VELDEN.get(last);
                return veld == null || veld.equals("gelukt") ? veld : vraagVeld(vraag, veld);
            }
            if (part.equals(MaakKlantcontact.BETROKKENE.name())) {
                return NAAM_VELDEN.get(last);
            }
            if (part.equals(MaakKlantcontact.DIGITALE_ADRESSEN.name())) {
                Integer index = parts.length > 1 && parts[1].matches("[0-9]{1,3}") ? Integer.valueOf(parts[1]) : null;
                if (index == null || index >= adressen.size()) {
                    return null;
                }
                return last.equals(DigitaalAdresFields.OMSCHRIJVING.name())
                        ? adressen.get(index) + "Omschrijving"
                        : adressen.get(index);
            }
            if (part.equals(MaakKlantcontact.INTERNE_TAAK.name())) {
                return TAAK_VELDEN.getOrDefault(last, "toewijzenAan");
            }
            if (part.equals(MaakKlantcontact.ONDERWERPOBJECT.name())) {
                return vraagVeld(vraag, "zaak");
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
        if (!ContactFormulier.tekst(form.telefoon2()).isEmpty()) {
            velden.add("telefoon2");
        }
        if (!ContactFormulier.tekst(form.email()).isEmpty()) {
            velden.add("email");
        }
        return velden;
    }

    /** Stores the conversation; throws with every problem the register found in the first vraag it refused. */
    @Transactional
    Geregistreerd registreer(ContactFormulier form, Medewerker medewerker, ApiContext context) {
        List<ContactFormulier.Vraag> vragen = form.vragenLijst();
        var problems = new ArrayList<InvalidParam>();
        UUID partij = optionalUuid(form.partij(), "betrokkene.wasPartij", problems);
        UUID toewijzenAan = form.isTerugbellen() ? ontvanger(form.toewijzenAan(), problems, context) : null;
        LocalDate uiterlijk = form.isTerugbellen() ? uiterlijk(form.uiterlijk(), problems) : null;
        var resultaten = new ArrayList<@Nullable Integer>();
        var afdelingen = new ArrayList<@Nullable UUID>();
        Set<UUID> bestaandeAfdelingen = null;
        for (int i = 0; i < vragen.size(); i++) {
            var vraag = vragen.get(i);
            Integer gespreksresultaat = null;
            if (!ContactFormulier.tekst(vraag.gespreksresultaat()).isEmpty()) {
                gespreksresultaat =
                        gespreksresultaten.aangeboden(vraag.gespreksresultaat()).orElse(null);
                if (gespreksresultaat == null) {
                    problems.add(new InvalidParam(
                            VRAGEN + "." + i + "." + GESPREKSRESULTAAT,
                            "invalid",
                            "Kies een gespreksresultaat uit de lijst; dit wordt niet meer aangeboden."));
                }
            }
            resultaten.add(gespreksresultaat);
            UUID afdeling = optionalUuid(vraag.afdeling(), VRAGEN + "." + i + "." + AFDELING, problems);
            if (afdeling != null) {
                if (bestaandeAfdelingen == null) {
                    bestaandeAfdelingen = actoren.afdelingen(context).stream()
                            .map(Actoren.Keuze::uuid)
                            .collect(Collectors.toSet());
                }
                if (!bestaandeAfdelingen.contains(afdeling)) {
                    problems.add(new InvalidParam(
                            VRAGEN + "." + i + "." + AFDELING,
                            "invalid",
                            "Kies een afdeling uit de lijst; deze bestaat niet (meer)."));
                }
            }
            afdelingen.add(afdeling);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        OffsetDateTime beeindigd = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime begonnen = begonnen(form.begonnen(), beeindigd);
        UUID gesprek = Uuids.next();
        int bijVraag = form.bijVraagIndex();
        var klantcontacten = new ArrayList<UUID>();
        var nummers = new ArrayList<String>();
        for (int i = 0; i < vragen.size(); i++) {
            String referentienummer = referentienummers.volgende();
            var body = body(
                    form,
                    vragen.get(i),
                    i == 0,
                    partij,
                    i == bijVraag ? toewijzenAan : null,
                    medewerker,
                    referentienummer,
                    begonnen);
            MaakKlantcontactResponse gemaakt;
            try {
                gemaakt = maak.maak(body, context);
            } catch (ApiException refused) {
                throw refused.under(VRAGEN + "." + i);
            }
            UUID klantcontact = gemaakt.klantcontact().uuid();
            var taak = gemaakt.interneTaak();
            if (taak != null && uiterlijk != null) {
                termijnen.legVast(taak.uuid(), uiterlijk);
            }
            Integer gespreksresultaat = resultaten.get(i);
            if (gespreksresultaat != null) {
                gespreksresultaten.legVast(klantcontact, gespreksresultaat);
            }
            gesprekken.legVast(klantcontact, gesprek, i + 1, afdelingen.get(i), begonnen, beeindigd);
            klantcontacten.add(klantcontact);
            nummers.add(referentienummer);
        }
        return new Geregistreerd(List.copyOf(klantcontacten), List.copyOf(nummers));
    }

    /**
     * The afdeling, groep or medewerker a terugbelverzoek is for: chosen from the list as "naam (soort)", typed as a
     * name that only one of them has, or given by uuid.
     */
    private @Nullable UUID ontvanger(String gekozen, List<InvalidParam> problems, ApiContext context) {
        String tekst = ContactFormulier.tekst(gekozen);
        String veld = "interneTaak.toegewezenAanActoren";
        if (tekst.isEmpty()) {
            problems.add(new InvalidParam(veld, "required", "Kies voor wie het terugbelverzoek is."));
            return null;
        }
        UUID uuid = Texts.parseUuid(tekst);
        if (uuid != null) {
            return uuid;
        }
        var keuzes = actoren.toewijsbaar(context);
        var gevonden = keuzes.stream()
                .filter(k -> k.label().equalsIgnoreCase(tekst))
                .map(Actoren.Keuze::uuid)
                .toList();
        if (gevonden.isEmpty()) {
            gevonden = keuzes.stream()
                    .filter(k -> k.naam().equalsIgnoreCase(tekst))
                    .map(Actoren.Keuze::uuid)
                    .toList();
        }
        if (gevonden.size() == 1) {
            return gevonden.getFirst();
        }
        problems.add(new InvalidParam(
                veld,
                "invalid",
                gevonden.isEmpty()
                        ? "Kies een afdeling, groep of medewerker uit de lijst; '" + tekst + "' staat er niet in."
                        : "Er zijn er meer met de naam '" + tekst + "': kies er een uit de lijst."));
        return null;
    }

    /** The last day for the task: empty for none, else today or later. */
    private @Nullable LocalDate uiterlijk(String dag, List<InvalidParam> problems) {
        String tekst = ContactFormulier.tekst(dag);
        if (tekst.isEmpty()) {
            return null;
        }
        try {
            LocalDate uiterlijk = LocalDate.parse(tekst);
            if (uiterlijk.isBefore(LocalDate.now(clock.withZone(NEDERLAND)))) {
                problems.add(new InvalidParam(UITERLIJK, "invalid", "Die dag is al voorbij; kies vandaag of later."));
                return null;
            }
            return uiterlijk;
        } catch (DateTimeParseException notADay) {
            problems.add(new InvalidParam(UITERLIJK, "invalid", "Geef een dag op als 2026-12-08 (jaar-maand-dag)."));
            return null;
        }
    }

    /**
     * When the conversation began: when the form was first opened, as the form says, unless that cannot be (not a
     * moment, after the end, or so long ago that the form was left and picked up again); then when it was saved.
     */
    private static OffsetDateTime begonnen(String begonnen, OffsetDateTime beeindigd) {
        try {
            OffsetDateTime moment =
                    OffsetDateTime.parse(ContactFormulier.tekst(begonnen)).truncatedTo(ChronoUnit.SECONDS);
            return moment.isAfter(beeindigd) || moment.isBefore(beeindigd.minus(LANGSTE_GESPREK)) ? beeindigd : moment;
        } catch (DateTimeParseException notAMoment) {
            return beeindigd;
        }
    }

    private ObjectNode body(
            ContactFormulier form,
            ContactFormulier.Vraag vraag,
            boolean eerste,
            @Nullable UUID partij,
            @Nullable UUID toewijzenAan,
            Medewerker medewerker,
            String referentienummer,
            OffsetDateTime begonnen) {
        var body = JsonNodeFactory.instance.objectNode();
        var klantcontact = body.putObject(MaakKlantcontact.KLANTCONTACT.name());
        klantcontact.put(KlantcontactFields.REFERENTIENUMMER.name(), referentienummer);
        klantcontact.put(KlantcontactFields.KANAAL.name(), ContactFormulier.tekst(form.kanaal()));
        klantcontact.put(KlantcontactFields.ONDERWERP.name(), ContactFormulier.tekst(vraag.onderwerp()));
        klantcontact.put(KlantcontactFields.INHOUD.name(), ContactFormulier.tekst(vraag.vraag()));
        klantcontact.put(KlantcontactFields.REACTIE.name(), ContactFormulier.tekst(vraag.antwoord()));
        klantcontact.put(KlantcontactFields.INDICATIE_CONTACT_GELUKT.name(), !"nee".equals(form.gelukt()));
        klantcontact.put(KlantcontactFields.TAAL.name(), "nld");
        klantcontact.put(KlantcontactFields.VERTROUWELIJK.name(), form.isVertrouwelijk());
        klantcontact.put(KlantcontactFields.PLAATSGEVONDEN_OP.name(), begonnen.toString());
        body.putArray(MaakKlantcontact.ACTOREN.name())
                .addObject()
                .put("uuid", medewerker.actor().toString());

        boolean naamGegeven = !ContactFormulier.tekst(form.achternaam()).isEmpty()
                || !ContactFormulier.tekst(form.voornaam()).isEmpty();
        String organisatie = ContactFormulier.tekst(form.organisatie());
        // The caller's number and address once for the conversation, not again with every vraag.
        List<String> adressen = eerste ? adresVelden(form) : List.of();
        if (partij != null || naamGegeven || !organisatie.isEmpty() || !adressen.isEmpty()) {
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
            if (!organisatie.isEmpty()) {
                betrokkene.put(BetrokkeneFields.ORGANISATIENAAM.name(), organisatie);
            }
            var digitaleAdressen = body.putArray(MaakKlantcontact.DIGITALE_ADRESSEN.name());
            for (String veld : adressen) {
                var adres = digitaleAdressen.addObject();
                switch (veld) {
                    case "telefoon" -> telefoon(adres, form.telefoon(), form.telefoonOmschrijving());
                    case "telefoon2" -> telefoon(adres, form.telefoon2(), form.telefoon2Omschrijving());
                    default -> {
                        adres.put(DigitaalAdresFields.SOORT_DIGITAAL_ADRES.name(), "email");
                        adres.put(DigitaalAdresFields.ADRES.name(), ContactFormulier.tekst(form.email()));
                    }
                }
            }
        }
        String zaak = ContactFormulier.tekst(vraag.zaak());
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
            // What the afdeling asks with each verzoek, in the toelichting every client reads.
            var antwoorden = AfdelingVragen.antwoorden(afdelingVragen.van(toewijzenAan), form.antwoorden());
            String toelichting = ContactFormulier.tekst(form.toelichting());
            taak.put(
                    InterneTaakFields.TOELICHTING.name(),
                    antwoorden.isEmpty()
                            ? toelichting
                            : (toelichting.isEmpty() ? "" : toelichting + "\n\n") + String.join("\n", antwoorden));
            taak.put(InterneTaakFields.STATUS.name(), "te_verwerken");
        }
        return body;
    }

    private static void telefoon(ObjectNode adres, String nummer, String omschrijving) {
        adres.put(DigitaalAdresFields.SOORT_DIGITAAL_ADRES.name(), "telefoonnummer");
        adres.put(
                DigitaalAdresFields.ADRES.name(), ContactFormulier.tekst(nummer).replaceAll("[\\s()-]", ""));
        if (!ContactFormulier.tekst(omschrijving).isEmpty()) {
            adres.put(DigitaalAdresFields.OMSCHRIJVING.name(), ContactFormulier.tekst(omschrijving));
        }
    }

    private static @Nullable UUID optionalUuid(@Nullable String text, String name, List<InvalidParam> problems) {
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
