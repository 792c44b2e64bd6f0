package nl.kcc.klantinteracties.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Uuids;
import org.flywaydb.core.Flyway;

/**
 * Seeds a scale's data set straight into PostgreSQL with COPY, after the register's own migrations made the schema.
 *
 * <p>The rows are what the register itself would have stored for the same objects through its API: version 7 uuids
 * of the moment the object was made, '' for optional texts, addresses as the register writes its JSON, BSNs that pass
 * the elfproef, telephone numbers and e-mail addresses of the accepted forms, every interne taak assigned to an
 * afdeling (and half of them to a medewerker as well) in order. While loading, foreign-key triggers are off and the
 * secondary indexes are dropped, for speed; afterwards the indexes are built again (the unique ones then check the
 * data), every foreign key is checked with one query, and the tables are vacuumed and analysed as autovacuum would
 * have done in a register in use.
 *
 * <p>The data is the same on every run (a fixed random seed and a fixed reference moment).
 */
final class Seeder {

    /** The moment the seeded history ends; fixed, so that two seeds of one scale are identical. */
    static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    private static final String[] VOORNAMEN = {
        "Anna", "Bram", "Daan", "Emma", "Fatima", "Hasan", "Iris", "Jan", "Julia", "Kees", "Lotte", "Mohamed", "Noor",
        "Pieter", "Sanne", "Sem", "Sophie", "Tim", "Yara", "Zeynep"
    };
    private static final String[] ACHTERNAMEN = {
        "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
        "Brouwer", "Yilmaz", "El Amrani", "Kok", "Jacobs", "Vermeulen", "Willems", "Schouten", "Koster"
    };
    private static final String[] VOORVOEGSELS = {"", "", "", "", "van", "de", "van der", "van den"};
    private static final String[] STRATEN = {
        "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianastraat", "Beatrixlaan",
        "Parallelweg", "Nieuwstraat", "Industrieweg"
    };
    private static final String[] KANALEN = {"telefoon", "telefoon", "telefoon", "email", "balie", "chat", "brief"};
    private static final String[] ONDERWERPEN = {
        "Afvalinzameling", "Parkeervergunning", "Paspoort aanvragen", "Verhuizing doorgeven", "Bijstandsuitkering",
        "Omgevingsvergunning", "WOZ-beschikking", "Melding openbare ruimte", "Rijbewijs verlengen", "Kwijtschelding",
        "Hondenbelasting", "Jeugdzorg", "Wmo-voorziening", "Geboorteaangifte", "Huwelijk plannen"
    };
    private static final String[] ZINNEN = {
        "Inwoner vraagt wanneer de container wordt geleegd.",
        "Wil weten hoe lang de aanvraag nog duurt.",
        "Heeft een brief ontvangen en begrijpt de inhoud niet.",
        "Vraagt om een afspraak aan de balie.",
        "Meldt dat de straatverlichting al een week kapot is.",
        "Wil bezwaar maken tegen de beschikking.",
        "Vraagt welke documenten mee moeten naar de afspraak.",
        "Is verhuisd en wil het nieuwe adres doorgeven.",
        "Vraagt naar de stand van zaken van de melding.",
        "Wil teruggebeld worden door de behandelaar."
    };
    private static final String[] HANDELINGEN = {
        "Terugbellen", "Informatie opzoeken", "Afspraak inplannen", "Zaak aanmaken", "Doorsturen naar behandelaar"
    };
    private static final String[] FUNCTIES = {"KCC-medewerker", "Teamleider KCC", "Behandelaar", "Specialist"};

    private final String url;
    private final String user;
    private final Scale scale;
    private final SplittableRandom random = new SplittableRandom(20261101);

    // What later tables need of earlier ones, by index.
    private UUID[] partijen;
    private String[] partijTelefoon;
    private String[] partijEmail;
    private boolean[] partijIsPersoon;
    private String[][] partijNaam;
    private UUID[] afdelingen;
    private UUID[] medewerkers;

    Seeder(String url, String user, Scale scale) {
        this.url = url;
        this.user = user;
        this.scale = scale;
    }

    /** Migrates the empty database to the register's schema and fills it; returns how long it took. */
    Duration seed() throws SQLException {
        Instant start = Instant.now();
        Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = connect()) {
            List<String> indexes = dropSecondaryIndexes(connection);
            log("schema ready; %d secondary indexes dropped for the load", indexes.size());
            seedActoren();
            seedPartijen();
            seedKlantcontacten();
            log("rows loaded in %s", Duration.between(start, Instant.now()));
            try (Statement statement = connection.createStatement()) {
                statement.execute("set maintenance_work_mem = '512MB'");
                for (String index : indexes) {
                    statement.execute(index);
                }
            }
            log("indexes built in %s", Duration.between(start, Instant.now()));
            checkForeignKeys(connection);
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum (analyze)");
                statement.execute(
                        "create table bench_seed (scale varchar(20) not null, seeded_at timestamptz not null)");
                statement.execute(
                        "insert into bench_seed values ('" + scale.name() + "', now())");
            }
        }
        Duration took = Duration.between(start, Instant.now());
        log("seeded %s in %s", scale.name(), took);
        return took;
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, "");
        try (Statement statement = connection.createStatement()) {
            // Foreign keys are triggers: off while loading (checked in one go afterwards), as pg_restore does.
            statement.execute("set session_replication_role = replica");
            statement.execute("set synchronous_commit = off");
        }
        return connection;
    }

    /** Drops the indexes that no constraint needs, and returns the statements that make them again. */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        var definitions = new ArrayList<String>();
        var names = new ArrayList<String>();
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select i.indexname, i.indexdef from pg_indexes i
                        where i.schemaname = 'public'
                          and i.tablename in ('partij', 'partij_identificator', 'digitaal_adres', 'actor',
                              'klantcontact', 'betrokkene', 'onderwerpobject', 'actorklantcontact', 'internetaak',
                              'internetaak_actor')
                          and not exists (select 1 from pg_constraint c
                                          where c.conindid = (quote_ident(i.indexname))::regclass)""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return definitions;
    }

    private void seedActoren() throws SQLException {
        afdelingen = new UUID[scale.afdelingen()];
        medewerkers = new UUID[scale.medewerkers()];
        Instant made = NOW.minus(Duration.ofDays(6 * 365));
        try (Connection connection = connect();
                var actor = new CopyWriter(connection, "actor", """
                        uuid, naam, soort_actor, indicatie_actief, identificator_object_id,
                        identificator_code_objecttype, identificator_code_register,
                        identificator_code_soort_object_id, actoridentificatie""")) {
            for (int i = 0; i < afdelingen.length; i++) {
                afdelingen[i] = uuid(made.plusSeconds(i));
                String code = "AFD%03d".formatted(i + 1);
                actor.add(afdelingen[i])
                        .add("Afdeling " + ONDERWERPEN[i % ONDERWERPEN.length] + " " + (i + 1))
                        .add("organisatorische_eenheid")
                        .add(true)
                        .add(code)
                        .add("afdeling")
                        .add("smoelenboek")
                        .add("afdelingscode")
                        .add("{\"omschrijving\": \"Afdeling " + (i + 1) + "\", \"emailadres\": \"afdeling"
                                + (i + 1) + "@gemeente.nl\", \"faxnummer\": \"\", \"telefoonnummer\": \"0201234"
                                + "%03d".formatted(i) + "\"}");
                actor.end();
            }
            for (int i = 0; i < medewerkers.length; i++) {
                medewerkers[i] = uuid(made.plusSeconds(1000 + i));
                String voornaam = VOORNAMEN[i % VOORNAMEN.length];
                String achternaam = ACHTERNAMEN[(i / VOORNAMEN.length) % ACHTERNAMEN.length];
                actor.add(medewerkers[i])
                        .add(voornaam + " " + achternaam)
                        .add("medewerker")
                        .add(true)
                        .add("M%05d".formatted(i + 1))
                        .add("mdw")
                        .add("smoelenboek")
                        .add("mdw")
                        .add("{\"functie\": \"" + FUNCTIES[i % FUNCTIES.length] + "\", \"emailadres\": \""
                                + voornaam.toLowerCase() + "." + (i + 1) + "@gemeente.nl\", \"telefoonnummer\": \"0207654"
                                + "%03d".formatted(i) + "\"}");
                actor.end();
            }
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private void seedPartijen() throws SQLException {
        int n = scale.partijen();
        partijen = new UUID[n];
        partijTelefoon = new String[n];
        partijEmail = new String[n];
        partijIsPersoon = new boolean[n];
        partijNaam = new String[n][];
        Instant first = NOW.minus(Duration.ofDays(5 * 365));
        long span = Duration.ofDays(2 * 365).toMillis();
        long bsn = 100_000_000L;
        int kvk = 10_000_000;
        try (Connection c1 = connect();
                Connection c2 = connect();
                Connection c3 = connect();
                var partij = new CopyWriter(c1, "partij", """
                        uuid, nummer, interne_notitie, soort_partij, indicatie_geheimhouding, voorkeurstaal,
                        indicatie_actief, bezoekadres, correspondentieadres, partij_identificatie,
                        werkte_voor_partij_uuid, voorkeurs_digitaal_adres_uuid, voorkeurs_rekeningnummer_uuid""");
                var identificator = new CopyWriter(c2, "partij_identificator", """
                        uuid, partij_uuid, andere_partij_identificator, code_objecttype, code_soort_object_id,
                        object_id, code_register, sub_identificator_van_uuid""");
                var adres = new CopyWriter(c3, "digitaal_adres", """
                        uuid, partij_uuid, betrokkene_uuid, adres, soort_digitaal_adres, is_standaard_adres,
                        omschrijving, referentie, verificatie_datum""")) {
            for (int i = 0; i < n; i++) {
                Instant made = first.plusMillis(span * i / n);
                UUID uuid = uuid(made);
                partijen[i] = uuid;
                boolean persoon = random.nextInt(10) != 0;
                partijIsPersoon[i] = persoon;
                String voornaam = pick(VOORNAMEN);
                String voorvoegsel = pick(VOORVOEGSELS);
                String achternaam = pick(ACHTERNAMEN);
                partijNaam[i] = new String[] {voornaam.substring(0, 1) + ".", voornaam, voorvoegsel, achternaam};
                // Unique for every index below 10^8: 7919 and 10^8 have no common divisor.
                partijTelefoon[i] = "06" + "%08d".formatted((i * 7919L) % 100_000_000L);
                partijEmail[i] = persoon
                        ? (voornaam + "." + achternaam.replace(" ", "")).toLowerCase() + i + "@example.nl"
                        : "info" + i + "@bedrijf" + i + ".nl";
                UUID telefoon = uuid(made.plusMillis(2));
                String identificatie;
                if (persoon) {
                    identificatie = "{\"contactnaam\": {\"voorletters\": \"" + partijNaam[i][0] + "\", \"voornaam\": \""
                            + voornaam + "\", \"voorvoegselAchternaam\": \"" + voorvoegsel + "\", \"achternaam\": \""
                            + achternaam + "\"}}";
                } else {
                    partijNaam[i] = new String[] {"", "", "", achternaam + " B.V."};
                    identificatie = "{\"naam\": \"" + achternaam + " B.V.\"}";
                }
                partij.add(uuid)
                        .add("%010d".formatted(i + 1))
                        .add("")
                        .add(persoon ? "persoon" : "organisatie")
                        .add(persoon ? random.nextInt(100) == 0 : null)
                        .add("nld")
                        .add(true)
                        .add(random.nextInt(4) == 0 ? null : adresJson(i))
                        .add(null)
                        .add(identificatie)
                        .add(null)
                        .add(telefoon)
                        .add(null);
                partij.end();
                // BSN: the next number that passes the elfproef; KvK-nummer: the next of 8 digits.
                String objectId;
                if (persoon) {
                    do {
                        bsn++;
                    } while (!elfproef(bsn));
                    objectId = Long.toString(bsn);
                } else {
                    objectId = Integer.toString(++kvk);
                }
                identificator
                        .add(uuid(made.plusMillis(1)))
                        .add(uuid)
                        .add("")
                        .add(persoon ? "natuurlijk_persoon" : "niet_natuurlijk_persoon")
                        .add(persoon ? "bsn" : "kvk_nummer")
                        .add(objectId)
                        .add(persoon ? "brp" : "hr")
                        .add(null);
                identificator.end();
                adres.add(telefoon)
                        .add(uuid)
                        .add(null)
                        .add(partijTelefoon[i])
                        .add("telefoonnummer")
                        .add(true)
                        .add("Mobiel")
                        .add("")
                        .add(null);
                adres.end();
                if (random.nextInt(10) < 7) {
                    adres.add(uuid(made.plusMillis(3)))
                            .add(uuid)
                            .add(null)
                            .add(partijEmail[i])
                            .add("email")
                            .add(true)
                            .add(persoon ? "Privé" : "Algemeen")
                            .add("")
                            .add(null);
                    adres.end();
                }
            }
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        log("%d partijen with identificatoren and digitale adressen", n);
    }

    private void seedKlantcontacten() throws SQLException {
        int n = scale.klantcontacten();
        int taakEvery = n / scale.interneTaken();
        Instant first = NOW.minus(Duration.ofDays(3 * 365));
        long span = Duration.between(first, NOW).toMillis() - 60_000;
        try (Connection c1 = connect();
                Connection c2 = connect();
                Connection c3 = connect();
                Connection c4 = connect();
                Connection c5 = connect();
                Connection c6 = connect();
                Connection c7 = connect();
                var klantcontact = new CopyWriter(c1, "klantcontact", """
                        uuid, nummer, referentienummer, kanaal, onderwerp, inhoud, reactie, indicatie_contact_gelukt,
                        hoofd_onderwerp_type, verdere_actie_ondernomen, taal, vertrouwelijk, plaatsgevonden_op,
                        metadata""");
                var betrokkene = new CopyWriter(c2, "betrokkene", """
                        uuid, klantcontact_uuid, partij_uuid, rol, initiator, organisatienaam, contactnaam_voorletters,
                        contactnaam_voornaam, contactnaam_voorvoegsel_achternaam, contactnaam_achternaam, bezoekadres,
                        correspondentieadres""");
                var onderwerpobject = new CopyWriter(c3, "onderwerpobject", """
                        uuid, klantcontact_uuid, was_klantcontact_uuid, identificator_object_id,
                        identificator_code_objecttype, identificator_code_register,
                        identificator_code_soort_object_id""");
                var actorklantcontact =
                        new CopyWriter(c4, "actorklantcontact", "uuid, actor_uuid, klantcontact_uuid");
                var internetaak = new CopyWriter(c5, "internetaak", """
                        uuid, nummer, referentienummer, gevraagde_handeling, klantcontact_uuid, toelichting, status,
                        toegewezen_op, afgehandeld_op""");
                var internetaakActor =
                        new CopyWriter(c6, "internetaak_actor", "internetaak_uuid, actor_uuid, volgorde");
                var contactverzoekAdres = new CopyWriter(c7, "digitaal_adres", """
                        uuid, partij_uuid, betrokkene_uuid, adres, soort_digitaal_adres, is_standaard_adres,
                        omschrijving, referentie, verificatie_datum""")) {
            int taken = 0;
            for (int i = 0; i < n; i++) {
                Instant op = first.plusMillis(span * i / n);
                OffsetDateTime plaatsgevondenOp = OffsetDateTime.ofInstant(op, ZoneOffset.UTC);
                UUID uuid = uuid(op);
                String kanaal = pick(KANALEN);
                Boolean gelukt = random.nextInt(10) == 0 ? null : random.nextInt(5) != 0;
                klantcontact
                        .add(uuid)
                        .add("%010d".formatted(i + 1))
                        .add(null)
                        .add(kanaal)
                        .add(pick(ONDERWERPEN))
                        .add(pick(ZINNEN) + " " + pick(ZINNEN))
                        .add("")
                        .add(gelukt)
                        .add("")
                        .add(!Boolean.TRUE.equals(gelukt) && random.nextBoolean())
                        .add("nld")
                        .add(random.nextInt(50) == 0)
                        .add(plaatsgevondenOp)
                        .add("{}");
                klantcontact.end();

                UUID betrokkeneUuid = uuid(op.plusMillis(1));
                int partij = random.nextInt(100) < 85 ? random.nextInt(partijen.length) : -1;
                String[] naam = partij >= 0
                        ? partijNaam[partij]
                        : new String[] {"", pick(VOORNAMEN), pick(VOORVOEGSELS), pick(ACHTERNAMEN)};
                boolean organisatie = partij >= 0 && !partijIsPersoon[partij];
                betrokkene
                        .add(betrokkeneUuid)
                        .add(uuid)
                        .add(partij >= 0 ? partijen[partij] : null)
                        .add("klant")
                        .add(true)
                        .add(organisatie ? naam[3] : "")
                        .add(organisatie ? null : naam[0])
                        .add(organisatie ? null : naam[1])
                        .add(organisatie ? null : naam[2])
                        .add(organisatie ? null : naam[3])
                        .add(null)
                        .add(null);
                betrokkene.end();

                if (random.nextInt(10) < 6) {
                    onderwerpobject
                            .add(uuid(op.plusMillis(2)))
                            .add(uuid)
                            .add(null)
                            .add(new UUID(random.nextLong(), random.nextLong()).toString())
                            .add("zaak")
                            .add("openzaak")
                            .add("uuid");
                    onderwerpobject.end();
                }

                actorklantcontact
                        .add(uuid(op.plusMillis(3)))
                        .add(medewerkers[random.nextInt(medewerkers.length)])
                        .add(uuid);
                actorklantcontact.end();

                if (i % taakEvery == taakEvery - 1 && taken < scale.interneTaken()) {
                    taken++;
                    UUID taak = uuid(op.plusMillis(4));
                    // A contact centre works its inbox: the tasks of the last two weeks are open, and one in fifty
                    // of the older ones (the stragglers).
                    boolean open = op.isAfter(NOW.minus(Duration.ofDays(14))) || random.nextInt(50) == 0;
                    OffsetDateTime toegewezen = plaatsgevondenOp.plusSeconds(30);
                    internetaak
                            .add(taak)
                            .add("%010d".formatted(taken))
                            .add(null)
                            .add(pick(HANDELINGEN))
                            .add(uuid)
                            .add(pick(ZINNEN))
                            .add(open ? "te_verwerken" : "verwerkt")
                            .add(toegewezen)
                            .add(open ? null : toegewezen.plusHours(1 + random.nextInt(72)));
                    internetaak.end();
                    internetaakActor
                            .add(taak)
                            .add(afdelingen[random.nextInt(afdelingen.length)])
                            .add(0);
                    internetaakActor.end();
                    if (random.nextBoolean()) {
                        internetaakActor
                                .add(taak)
                                .add(medewerkers[random.nextInt(medewerkers.length)])
                                .add(1);
                        internetaakActor.end();
                    }
                    // A contactverzoek: how the resident wants to be reached, given by the betrokkene.
                    boolean email = random.nextInt(10) < 3;
                    String adres = partij >= 0
                            ? (email ? partijEmail[partij] : partijTelefoon[partij])
                            : (email
                                    ? "bellers" + i + "@example.nl"
                                    : "06" + "%08d".formatted(50_000_000 + (i * 31L) % 50_000_000L));
                    contactverzoekAdres
                            .add(uuid(op.plusMillis(5)))
                            .add(null)
                            .add(betrokkeneUuid)
                            .add(adres)
                            .add(email ? "email" : "telefoonnummer")
                            .add(false)
                            .add("")
                            .add("")
                            .add(null);
                    contactverzoekAdres.end();
                }
                if ((i + 1) % 200_000 == 0) {
                    log("%d klantcontacten", i + 1);
                }
            }
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        log("%d klantcontacten with betrokkenen, onderwerpobjecten, actoren and interne taken", n);
    }

    /** Every foreign key of the seeded tables, checked after the load with the triggers that were off. */
    private static void checkForeignKeys(Connection connection) throws SQLException {
        var checks = new ArrayList<String>();
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select c.conrelid::regclass, a.attname, c.confrelid::regclass, f.attname
                        from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        join pg_attribute f on f.attrelid = c.confrelid and f.attnum = c.confkey[1]
                        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                          and array_length(c.conkey, 1) = 1""")) {
            while (rs.next()) {
                checks.add("select count(*) from " + rs.getString(1) + " x where x." + rs.getString(2)
                        + " is not null and not exists (select 1 from " + rs.getString(3) + " y where y."
                        + rs.getString(4) + " = x." + rs.getString(2) + ")");
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String check : checks) {
                try (var rs = statement.executeQuery(check)) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        throw new IllegalStateException("Seeded data breaks a foreign key: " + check);
                    }
                }
            }
        }
        log("%d foreign keys checked", checks.size());
    }

    private UUID uuid(Instant at) {
        return Uuids.at(at.toEpochMilli(), random.nextInt(1 << 12), random.nextLong());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String adresJson(int i) {
        String straat = pick(STRATEN);
        int huisnummer = 1 + random.nextInt(200);
        String postcode = "%04d".formatted(1000 + (i % 9000)) + " " + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        return "{\"nummeraanduidingId\": \"\", \"straatnaam\": \"" + straat + "\", \"huisnummer\": " + huisnummer
                + ", \"huisnummertoevoeging\": \"\", \"postcode\": \"" + postcode + "\", \"stad\": \"Utrecht\","
                + " \"adresregel1\": \"\", \"adresregel2\": \"\", \"adresregel3\": \"\", \"land\": \"NL\"}";
    }

    static boolean elfproef(long number) {
        String digits = "%09d".formatted(number);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", java.time.LocalTime.now().withNano(0), format.formatted(args));
    }
}
