package nl.kcc.klantinteracties.demo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.maakklantcontact.MaakKlantcontact;
import nl.kcc.klantinteracties.maakklantcontact.MaakKlantcontactResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty register with a municipality's contact centre after a few busy weeks, made the way the clients make
 * it: every object goes through the resource that serves it on the API, with its checks, audit trail and
 * notifications, following the standard's cases (C0992 answered at once, C9167 call-back request, C2984 call-back
 * done, C1199 e-mail, C2138 letter, C9853 app, C4390/C0359 melding openbare ruimte, C9018 productaanvraag, C6114
 * wrongly routed task).
 *
 * <p>The data set is the same on every run (a fixed seed), with times relative to today, so that a new user and a
 * demonstration see the same register.
 */
@Component
public class DemoData {

    public static final int PERSONEN = 40;
    public static final int ORGANISATIES = 7;
    public static final int KLANTCONTACTEN = 200;

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> VOORNAMEN = List.of(
            "Karel", "Fatima", "Jan", "Sanne", "Mohamed", "Anouk", "Pieter", "Lotte", "Ahmet", "Emma", "Daan", "Noor",
            "Kees", "Yasmin", "Thijs", "Iris", "Sem", "Eva", "Bram", "Julia", "Rik", "Lisa", "Hüseyin", "Marieke");
    private static final List<String[]> ACHTERNAMEN = List.of(
            new String[] {"", "Jansen"},
            new String[] {"de", "Vries"},
            new String[] {"van", "Deurne"},
            new String[] {"", "Bakker"},
            new String[] {"", "El Amrani"},
            new String[] {"van der", "Berg"},
            new String[] {"", "Visser"},
            new String[] {"", "Yılmaz"},
            new String[] {"de", "Boer"},
            new String[] {"", "Mulder"},
            new String[] {"", "Smit"},
            new String[] {"van", "Dijk"},
            new String[] {"", "Bos"},
            new String[] {"", "Kramer"},
            new String[] {"", "Hoekstra"});
    private static final List<String> STRATEN = List.of(
            "Dennenstraat",
            "Kerkstraat",
            "Stationsweg",
            "Molenlaan",
            "Schoolstraat",
            "Beukenlaan",
            "Marktplein",
            "Julianastraat",
            "Dorpsstraat",
            "Havenkade");
    private static final List<String> ORGANISATIENAMEN = List.of(
            "Bakkerij De Korenaar",
            "Hoveniersbedrijf Groen & Zo",
            "Stichting Buurthuis De Linde",
            "Van Dijk Installatietechniek B.V.",
            "Fietsenmaker Op Wielen",
            "Café Het Wapen",
            "Kinderopvang Het Speelhuis");

    private record Vraag(String onderwerp, String inhoud, String reactie, String afdeling) {}

    private static final List<Vraag> TELEFOONVRAGEN = List.of(
            new Vraag(
                    "Afvalinzameling rond kerst",
                    "Klant vraagt wanneer het afval rond de feestdagen wordt opgehaald.",
                    "Aangegeven dat het afval de zaterdag voor maandag aangeboden kan worden.",
                    "Afval en reiniging"),
            new Vraag(
                    "Vraag over de vergunning voor een overkapping",
                    "Klant wil een overkapping met glazen schuifdeuren bouwen en vraagt of een vergunning nodig is.",
                    "Voor deze overkapping geldt alleen een meldingsplicht.",
                    "Vergunningen"),
            new Vraag(
                    "Paspoort aanvragen",
                    "Klant vraagt hoe lang het duurt voordat een nieuw paspoort klaar is.",
                    "Een paspoort is binnen vijf werkdagen na de aanvraag op te halen.",
                    "Burgerzaken"),
            new Vraag(
                    "Aanslag gemeentelijke belastingen",
                    "Klant begrijpt de hoogte van de aanslag afvalstoffenheffing niet.",
                    "Uitgelegd dat de heffing afhangt van het aantal personen in het huishouden.",
                    "Belastingen"),
            new Vraag(
                    "Parkeervergunning bewoners",
                    "Klant is verhuisd en vraagt of de parkeervergunning mee kan naar het nieuwe adres.",
                    "De vergunning moet opnieuw worden aangevraagd voor het nieuwe adres.",
                    "Vergunningen"),
            new Vraag(
                    "Grofvuil ophalen",
                    "Klant wil een bank en een kast laten ophalen.",
                    "Afspraak voor ophalen grofvuil kan online of telefonisch worden gemaakt.",
                    "Afval en reiniging"),
            new Vraag(
                    "Verhuizing doorgeven",
                    "Klant vraagt hoe een verhuizing naar de gemeente wordt doorgegeven.",
                    "Verhuizing kan tot vier weken vooraf met DigiD worden doorgegeven.",
                    "Burgerzaken"));

    private static final List<String> MELDINGEN = List.of(
            "Lantaarnpaal brandt niet",
            "Losliggende stoeptegels",
            "Zwerfafval bij de speeltuin",
            "Omgevallen boom op het fietspad",
            "Verstopte put na regenbui");

    private final ResourceSupport resources;
    private final MaakKlantcontact maakKlantcontact;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DemoData(
            ResourceSupport resources,
            MaakKlantcontact maakKlantcontact,
            TransactionTemplate transaction,
            JdbcClient jdbc) {
        this.resources = resources;
        this.maakKlantcontact = maakKlantcontact;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** How much the register held before the demo, to refuse filling one that is in use. */
    public long objectsInRegister() {
        return jdbc.sql("""
                        select (select count(*) from partij) + (select count(*) from klantcontact)
                             + (select count(*) from actor) + (select count(*) from digitaal_adres)""").query(Long.class).single();
    }

    /** What the demo made, for the operator. */
    public record Summary(int partijen, int actoren, int klantcontacten, int openTaken, int verwerkteTaken) {}

    /** Adds the demo data set in one transaction: all of it or, when anything is refused, nothing. */
    public Summary fill(ApiContext context) {
        return transaction.execute(status -> new Run(context).run());
    }

    /** One filling of the register; its state is the seeded randomness and what it made so far. */
    private final class Run {

        private final ApiContext context;
        private final Random random = new Random(20_231_120L);
        private final OffsetDateTime now =
                resources.now().atZoneSameInstant(MUNICIPALITY).toOffsetDateTime();
        private final Map<String, UUID> afdelingen = new LinkedHashMap<>();
        private final List<UUID> medewerkers = new ArrayList<>();
        private final List<UUID> personen = new ArrayList<>();
        private final List<UUID> organisaties = new ArrayList<>();
        private final List<UUID> zaken = new ArrayList<>();
        // The systems that register contacts, made with the actoren before any contact.
        private @Nullable UUID emailIntake;
        private @Nullable UUID scanstraat;
        private @Nullable UUID appIntake;
        private int actoren;
        private int open;
        private int verwerkt;
        private int klantcontacten;

        Run(ApiContext context) {
            this.context = context;
        }

        Summary run() {
            actoren();
            for (int i = 0; i < PERSONEN; i++) {
                personen.add(persoon(i));
            }
            for (int i = 0; i < ORGANISATIES; i++) {
                organisaties.add(organisatie(i));
            }
            // Oldest first, so that the tasks of older contacts are the ones already dealt with.
            List<OffsetDateTime> momenten = new ArrayList<>();
            for (int i = 0; i < KLANTCONTACTEN; i++) {
                momenten.add(werktijd(random.nextInt(60)));
            }
            momenten.sort(null);
            while (klantcontacten < KLANTCONTACTEN) {
                OffsetDateTime wanneer = momenten.get(klantcontacten);
                boolean oud = wanneer.isBefore(now.minusDays(7));
                int soort = random.nextInt(100);
                if (soort < 30) {
                    directBeantwoord(wanneer);
                } else if (soort < 50) {
                    terugbelverzoek(wanneer, oud);
                } else if (soort < 62) {
                    email(wanneer, oud);
                } else if (soort < 70) {
                    brief(wanneer);
                } else if (soort < 78) {
                    app(wanneer);
                } else if (soort < 90) {
                    melding(wanneer);
                } else {
                    productaanvraag(wanneer, oud);
                }
            }
            return new Summary(personen.size() + organisaties.size() * 2, actoren, klantcontacten, open, verwerkt);
        }

        private void actoren() {
            for (String naam : List.of(
                    "KCC", "Vergunningen", "Afval en reiniging", "Burgerzaken", "Belastingen", "Openbare ruimte")) {
                afdelingen.put(
                        naam,
                        actor(Map.of(
                                "naam",
                                naam,
                                "soortActor",
                                "organisatorische_eenheid",
                                "indicatieActief",
                                true,
                                "actorIdentificatie",
                                Map.of(
                                        "omschrijving",
                                        "Afdeling " + naam,
                                        "emailadres",
                                        naam.toLowerCase().replace(' ', '-') + "@gemeente.example.nl",
                                        "telefoonnummer",
                                        "0301234" + (100 + afdelingen.size())))));
            }
            String[][] mensen = {
                {"Nicole van Dijk", "KCC-medewerker"}, {"Ruud Hendriks", "KCC-medewerker"},
                {"Samira Benali", "KCC-medewerker"}, {"Joost de Graaf", "Teamleider KCC"},
                {"Petra Willems", "Vergunningverlener"}, {"Hans Postma", "Medewerker afval"},
                {"Ayşe Demir", "Medewerker burgerzaken"}, {"Wim Kuipers", "Medewerker belastingen"}
            };
            for (int i = 0; i < mensen.length; i++) {
                medewerkers.add(actor(Map.of(
                        "naam",
                        mensen[i][0],
                        "soortActor",
                        "medewerker",
                        "indicatieActief",
                        true,
                        "actoridentificator",
                        Map.of(
                                "objectId",
                                "mdw" + (1001 + i),
                                "codeObjecttype",
                                "mdw",
                                "codeRegister",
                                "msei",
                                "codeSoortObjectId",
                                "gebruikersnaam"),
                        "actorIdentificatie",
                        Map.of(
                                "functie",
                                mensen[i][1],
                                "emailadres",
                                ascii(mensen[i][0]).replace(' ', '.') + "@gemeente.example.nl",
                                "telefoonnummer",
                                "0201234" + (500 + i)))));
            }
            emailIntake = geautomatiseerd("E-mailverwerking info@", "Leest de mailbox info@ en registreert de mails");
            scanstraat = geautomatiseerd("Scanstraat", "Digitaliseert de binnengekomen post");
            appIntake = geautomatiseerd("WhatsApp-koppeling", "Registreert afgeronde app-gesprekken");
        }

        private UUID geautomatiseerd(String naam, String omschrijving) {
            return actor(Map.of(
                    "naam",
                    naam,
                    "soortActor",
                    "geautomatiseerde_actor",
                    "indicatieActief",
                    true,
                    "actorIdentificatie",
                    Map.of("functie", "Intake", "omschrijving", omschrijving)));
        }

        private UUID actor(Map<String, Object> body) {
            actoren++;
            return create("actoren", body);
        }

        /** A person as KISS registers one after authentication (F7554), then given addresses (C9167 variant C). */
        private UUID persoon(int i) {
            String voornaam = VOORNAMEN.get(i % VOORNAMEN.size());
            String[] achternaam = ACHTERNAMEN.get((i * 7 + 3) % ACHTERNAMEN.size());
            var naam = new LinkedHashMap<String, Object>();
            naam.put("voornaam", voornaam);
            naam.put("voorvoegselAchternaam", achternaam[0]);
            naam.put("achternaam", achternaam[1]);
            var body = new LinkedHashMap<String, Object>();
            body.put("soortPartij", "persoon");
            body.put("indicatieActief", true);
            body.put("voorkeurstaal", "nld");
            // One in twenty is under secrecy (geheimhouding persoonsgegevens in the BRP).
            body.put("indicatieGeheimhouding", i % 20 == 19);
            body.put("partijIdentificatie", Map.of("contactnaam", naam));
            body.put("bezoekadres", adres());
            body.put(
                    "partijIdentificatoren",
                    List.of(Map.of(
                            "partijIdentificator",
                            Map.of(
                                    "codeRegister", "brp",
                                    "codeObjecttype", "natuurlijk_persoon",
                                    "codeSoortObjectId", "bsn",
                                    "objectId", bsn()))));
            UUID partij = create("partijen", body);
            String email = ascii(voornaam + "." + achternaam[0] + achternaam[1]).replace(" ", "") + i + "@example.nl";
            UUID mail = adres(partij, "email", email);
            UUID telefoon = adres(partij, "telefoonnummer", mobiel());
            resource("partijen")
                    .update(
                            partij,
                            json(Map.of("voorkeursDigitaalAdres", Map.of("uuid", i % 3 == 0 ? telefoon : mail))),
                            WriteMode.PATCH,
                            context);
            return partij;
        }

        /** A business from the Handelsregister with a contactpersoon working for it. */
        private UUID organisatie(int i) {
            UUID organisatie = create(
                    "partijen",
                    Map.of(
                            "soortPartij",
                            "organisatie",
                            "indicatieActief",
                            true,
                            "voorkeurstaal",
                            "nld",
                            "partijIdentificatie",
                            Map.of("naam", ORGANISATIENAMEN.get(i)),
                            "correspondentieadres",
                            adres(),
                            "partijIdentificatoren",
                            List.of(Map.of(
                                    "partijIdentificator",
                                    Map.of(
                                            "codeRegister", "hr",
                                            "codeObjecttype", "niet_natuurlijk_persoon",
                                            "codeSoortObjectId", "kvk_nummer",
                                            "objectId", String.valueOf(10_000_000 + random.nextInt(89_999_999)))))));
            adres(
                    organisatie,
                    "email",
                    "info@" + ORGANISATIENAMEN.get(i).toLowerCase().replaceAll("[^a-z]", "") + ".nl");
            create(
                    "partijen",
                    Map.of(
                            "soortPartij",
                            "contactpersoon",
                            "indicatieActief",
                            true,
                            "partijIdentificatie",
                            Map.of(
                                    "werkteVoorPartij",
                                    Map.of("uuid", organisatie),
                                    "contactnaam",
                                    Map.of(
                                            "voornaam",
                                            VOORNAMEN.get((i * 5 + 2) % VOORNAMEN.size()),
                                            "achternaam",
                                            ACHTERNAMEN.get(i % ACHTERNAMEN.size())[1]))));
            return organisatie;
        }

        private UUID adres(UUID partij, String soort, String adres) {
            return create(
                    "digitaleadressen",
                    Map.of(
                            "verstrektDoorPartij",
                            Map.of("uuid", partij),
                            "soortDigitaalAdres",
                            soort,
                            "adres",
                            adres,
                            "isStandaardAdres",
                            true));
        }

        /** C0992: a known klant's question answered at once; nothing to follow up. */
        private void directBeantwoord(OffsetDateTime wanneer) {
            Vraag vraag = pick(TELEFOONVRAGEN);
            maak(contact(
                    "telefoon",
                    vraag.onderwerp(),
                    vraag.inhoud(),
                    vraag.reactie(),
                    wanneer,
                    klant(pick(personen)),
                    List.of(pick(kcc()))));
        }

        /**
         * C9167: the question goes to the afdeling as a call-back request, with the number the klant wants to be called
         * on; the older ones were called back (C2984) or, now and then, sent back to the KCC (C6114).
         */
        private void terugbelverzoek(OffsetDateTime wanneer, boolean oud) {
            Vraag vraag = pick(TELEFOONVRAGEN);
            boolean gekend = random.nextInt(4) > 0;
            var betrokkene = gekend ? klant(pick(personen)) : ongekend();
            var body = contact(
                    "telefoon", vraag.onderwerp(), vraag.inhoud(), null, wanneer, betrokkene, List.of(pick(kcc())));
            if (!gekend) {
                body.put(
                        "digitaleAdressen", List.of(Map.of("soortDigitaalAdres", "telefoonnummer", "adres", mobiel())));
            }
            UUID afdeling = afdelingen.get(vraag.afdeling());
            body.put(
                    "interneTaak",
                    new LinkedHashMap<>(Map.of(
                            "gevraagdeHandeling",
                            "Terugbellen",
                            "toelichting",
                            "Klant wil graag teruggebeld worden over: " + vraag.onderwerp(),
                            "status",
                            "te_verwerken",
                            "toegewezenAanActoren",
                            List.of(Map.of("uuid", afdeling)))));
            MaakKlantcontactResponse gemaakt = maak(body);
            UUID taak = Objects.requireNonNull(gemaakt.interneTaak()).uuid();
            if (!oud) {
                open++;
                return;
            }
            if (random.nextInt(10) == 0) {
                verkeerdGerouteerd(taak, gemaakt.klantcontact().uuid(), wanneer);
                return;
            }
            teruggebeld(taak, gemaakt.klantcontact().uuid(), betrokkene, vraag, wanneer.plusHours(4));
        }

        /** C2984: the afdeling calls back, registers that contact as the follow-up of the first, and closes the task. */
        private void teruggebeld(
                UUID taak, UUID eerste, Map<String, Object> betrokkene, Vraag vraag, OffsetDateTime wanneer) {
            if (klantcontacten < KLANTCONTACTEN) {
                var terug = new LinkedHashMap<>(betrokkene);
                terug.put("initiator", false);
                var body = contact(
                        "telefoon",
                        vraag.onderwerp(),
                        "Klant teruggebeld.",
                        vraag.reactie(),
                        wanneer,
                        terug,
                        List.of(pick(medewerkers)));
                body.put("onderwerpobject", Map.of("wasKlantcontact", Map.of("uuid", eerste)));
                maak(body);
            }
            sluit(taak, "Klant teruggebeld en vraag beantwoord.", wanneer);
        }

        /** C6114: the afdeling cannot help; the task is closed with why, and a new one asks the KCC to route it. */
        private void verkeerdGerouteerd(UUID taak, UUID klantcontact, OffsetDateTime wanneer) {
            create(
                    "internetaken",
                    Map.of(
                            "aanleidinggevendKlantcontact",
                            Map.of("uuid", klantcontact),
                            "gevraagdeHandeling",
                            "Opnieuw routeren",
                            "toelichting",
                            "De toegewezen taak kan deze afdeling niet uitvoeren. Graag opnieuw routeren.",
                            "status",
                            "te_verwerken",
                            "toegewezenAanActoren",
                            List.of(Map.of("uuid", afdelingen.get("KCC")))));
            open++;
            sluit(
                    taak,
                    "Kon niet door deze afdeling worden uitgevoerd; er is een nieuwe taak voor het KCC gemaakt.",
                    wanneer.plusHours(2));
        }

        /** C1199: the mailbox software registers the mail, its sender and the mail itself, and asks the KCC to act. */
        private void email(OffsetDateTime wanneer, boolean oud) {
            Vraag vraag = pick(TELEFOONVRAGEN);
            var body = contact(
                    "e-mail",
                    vraag.onderwerp(),
                    "Beste gemeente, " + vraag.inhoud().replace("Klant vraagt", "Ik vraag me af"),
                    null,
                    wanneer,
                    ongekend(),
                    List.of(Objects.requireNonNull(emailIntake)));
            body.put(
                    "digitaleAdressen",
                    List.of(Map.of(
                            "soortDigitaalAdres",
                            "email",
                            "adres",
                            "afzender" + klantcontacten + "@example.nl",
                            "omschrijving",
                            "Afzender ontvangen e-mail")));
            body.put("interneTaak", taakVoorKcc("Aangemaakt naar aanleiding van een ontvangen e-mail"));
            MaakKlantcontactResponse gemaakt = maak(body);
            bijlage(gemaakt.klantcontact().uuid(), "informatieobject", "documenten");
            afhandelenOfOpenLaten(gemaakt, oud, wanneer);
        }

        /** C2138: the scanstraat registers a letter of a known klant, with the address it was sent from. */
        private void brief(OffsetDateTime wanneer) {
            var betrokkene = klant(pick(personen));
            betrokkene.put("correspondentieadres", adres());
            var body = contact(
                    "post",
                    "Brief over " + pick(TELEFOONVRAGEN).onderwerp().toLowerCase(),
                    null,
                    null,
                    wanneer,
                    betrokkene,
                    List.of(Objects.requireNonNull(scanstraat)));
            bijlage(maak(body).klantcontact().uuid(), "informatieobject", "documenten");
        }

        /** C9853: a finished app conversation, its text in the contact, the number it came from on the betrokkene. */
        private void app(OffsetDateTime wanneer) {
            Vraag vraag = pick(TELEFOONVRAGEN);
            var body = contact(
                    "whatsapp",
                    vraag.onderwerp(),
                    "Klant: " + vraag.inhoud() + "\nGemeente: " + vraag.reactie(),
                    null,
                    wanneer,
                    ongekend(),
                    List.of(Objects.requireNonNull(appIntake)));
            body.put(
                    "digitaleAdressen",
                    List.of(Map.of(
                            "soortDigitaalAdres", "telefoonnummer", "adres", mobiel(), "omschrijving", "WhatsApp")));
            maak(body);
        }

        /** C4390 and C0359: a melding openbare ruimte about a new zaak or one the register already knows. */
        private void melding(OffsetDateTime wanneer) {
            boolean bestaand = !zaken.isEmpty() && random.nextInt(3) == 0;
            UUID zaak = bestaand ? pick(zaken) : UUID.randomUUID();
            if (!bestaand) {
                zaken.add(zaak);
            }
            String onderwerp = pick(MELDINGEN);
            var body = contact(
                    "telefoon",
                    "Melding openbare ruimte",
                    onderwerp + ", " + pick(STRATEN) + ".",
                    null,
                    wanneer,
                    random.nextBoolean() ? klant(pick(personen)) : ongekend(),
                    List.of(pick(kcc())));
            body.put(
                    "onderwerpobject",
                    Map.of(
                            "onderwerpobjectidentificator",
                            Map.of(
                                    "codeObjecttype", "zaak",
                                    "codeSoortObjectId", "uuid",
                                    "objectId", zaak.toString(),
                                    "codeRegister", "open-zaak")));
            maak(body);
        }

        /** C9018: a product asked for by phone, the request stored in its own register, a colleague to make the zaak. */
        private void productaanvraag(OffsetDateTime wanneer, boolean oud) {
            boolean bedrijf = random.nextInt(3) == 0;
            var body = contact(
                    "telefoon",
                    bedrijf ? "Aanvraag terrasvergunning" : "Aanvraag gehandicaptenparkeerkaart",
                    "Aanvraag telefonisch opgenomen na authenticatie.",
                    null,
                    wanneer,
                    klant(bedrijf ? pick(organisaties) : pick(personen)),
                    List.of(pick(kcc())));
            body.put(
                    "interneTaak",
                    Map.of(
                            "gevraagdeHandeling",
                            "Zaak aanmaken voor productaanvraag",
                            "status",
                            "te_verwerken",
                            "toegewezenAanActoren",
                            List.of(Map.of("uuid", afdelingen.get("Vergunningen")))));
            MaakKlantcontactResponse gemaakt = maak(body);
            bijlage(gemaakt.klantcontact().uuid(), "productaanvraag", "objecten");
            afhandelenOfOpenLaten(gemaakt, oud, wanneer);
        }

        private void afhandelenOfOpenLaten(MaakKlantcontactResponse gemaakt, boolean oud, OffsetDateTime wanneer) {
            if (oud) {
                sluit(Objects.requireNonNull(gemaakt.interneTaak()).uuid(), "Afgehandeld.", wanneer.plusDays(1));
            } else {
                open++;
            }
        }

        private Map<String, Object> taakVoorKcc(String toelichting) {
            return Map.of(
                    "gevraagdeHandeling",
                    "Lezen en bepalen benodigde actie",
                    "toelichting",
                    toelichting,
                    "status",
                    "te_verwerken",
                    "toegewezenAanActoren",
                    List.of(Map.of("uuid", afdelingen.get("KCC"))));
        }

        private void sluit(UUID taak, String toelichting, OffsetDateTime wanneer) {
            resource("internetaken")
                    .update(
                            taak,
                            json(Map.of(
                                    "status",
                                    "verwerkt",
                                    "toelichting",
                                    toelichting,
                                    "afgehandeldOp",
                                    wanneer.toString())),
                            WriteMode.PATCH,
                            context);
            verwerkt++;
        }

        private void bijlage(UUID klantcontact, String objecttype, String register) {
            create(
                    "bijlagen",
                    Map.of(
                            "wasBijlageVanKlantcontact",
                            Map.of("uuid", klantcontact),
                            "bijlageidentificator",
                            Map.of(
                                    "objectId",
                                    UUID.randomUUID().toString(),
                                    "codeObjecttype",
                                    objecttype,
                                    "codeRegister",
                                    register,
                                    "codeSoortObjectId",
                                    "uuid")));
        }

        /** The body of {@code /maak-klantcontact} for a contact; the flows add the parts that follow from it. */
        private Map<String, Object> contact(
                String kanaal,
                String onderwerp,
                @Nullable String inhoud,
                @Nullable String reactie,
                OffsetDateTime wanneer,
                Map<String, Object> betrokkene,
                List<UUID> actoren) {
            var klantcontact = new LinkedHashMap<String, Object>();
            klantcontact.put("kanaal", kanaal);
            klantcontact.put("onderwerp", onderwerp);
            if (inhoud != null) {
                klantcontact.put("inhoud", inhoud);
            }
            if (reactie != null) {
                klantcontact.put("reactie", reactie);
            }
            klantcontact.put("indicatieContactGelukt", true);
            klantcontact.put("taal", "nld");
            // Questions about money are asked in confidence now and then.
            klantcontact.put("vertrouwelijk", onderwerp.contains("belastingen") && random.nextBoolean());
            klantcontact.put("plaatsgevondenOp", wanneer.toString());
            var body = new LinkedHashMap<String, Object>();
            body.put("klantcontact", klantcontact);
            body.put("betrokkene", betrokkene);
            body.put(
                    "actoren",
                    actoren.stream().map(uuid -> Map.of("uuid", uuid)).toList());
            return body;
        }

        private MaakKlantcontactResponse maak(Map<String, Object> body) {
            klantcontacten++;
            return maakKlantcontact.maak(json(body), context);
        }

        private LinkedHashMap<String, Object> klant(UUID partij) {
            var betrokkene = new LinkedHashMap<String, Object>();
            betrokkene.put("wasPartij", Map.of("uuid", partij));
            betrokkene.put("rol", "klant");
            betrokkene.put("initiator", true);
            return betrokkene;
        }

        private LinkedHashMap<String, Object> ongekend() {
            var betrokkene = new LinkedHashMap<String, Object>();
            betrokkene.put("rol", "klant");
            betrokkene.put("initiator", true);
            betrokkene.put("contactnaam", Map.of("voornaam", pick(VOORNAMEN), "achternaam", pick(ACHTERNAMEN)[1]));
            return betrokkene;
        }

        private List<UUID> kcc() {
            return medewerkers.subList(0, 4);
        }

        private Map<String, Object> adres() {
            return Map.of(
                    "straatnaam",
                    pick(STRATEN),
                    "huisnummer",
                    1 + random.nextInt(120),
                    "postcode",
                    (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                            + (char) ('A' + random.nextInt(26)),
                    "stad",
                    "Utrecht",
                    "land",
                    "NL");
        }

        /** A BSN that passes the elfproef, as the register demands. */
        private String bsn() {
            while (true) {
                int[] digits = new int[9];
                int sum = 0;
                for (int i = 0; i < 8; i++) {
                    digits[i] = i == 0 ? 1 + random.nextInt(6) : random.nextInt(10);
                    sum += digits[i] * (9 - i);
                }
                int last = sum % 11;
                if (last < 10) {
                    digits[8] = last;
                    var bsn = new StringBuilder();
                    for (int digit : digits) {
                        bsn.append(digit);
                    }
                    return bsn.toString();
                }
            }
        }

        private String mobiel() {
            return "06" + (10_000_000 + random.nextInt(89_999_999));
        }

        /** A moment during office hours, this many days ago (never later than now). */
        private OffsetDateTime werktijd(int dagenGeleden) {
            OffsetDateTime dag = now.minusDays(dagenGeleden).truncatedTo(ChronoUnit.DAYS);
            OffsetDateTime moment = dag.plusHours(8).plus(Duration.ofMinutes(random.nextInt(9 * 60)));
            return moment.isAfter(now) ? now.minusMinutes(random.nextInt(600)) : moment;
        }

        /** The name as it goes into an e-mail address: lower case, without accents. */
        private static String ascii(String naam) {
            return java.text.Normalizer.normalize(naam.replace('ı', 'i'), java.text.Normalizer.Form.NFD)
                    .replaceAll("[^\\p{ASCII}]", "")
                    .toLowerCase();
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private UUID create(String collection, Map<String, ?> body) {
            return resource(collection).create(json(body), context).uuid();
        }

        private ApiResource<?, ?> resource(String collection) {
            return resources.resource(collection);
        }

        private tools.jackson.databind.JsonNode json(Object body) {
            return JSON.valueToTree(body);
        }
    }
}
