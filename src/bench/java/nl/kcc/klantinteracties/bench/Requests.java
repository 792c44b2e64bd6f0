package nl.kcc.klantinteracties.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The requests of each scenario, drawn at random from the seeded data, written as Gatling feeder files. The capture
 * run sends each read request once and records its SQL; the load runs send the same list over and over, and the floor
 * replays the recorded SQL of the same list: register and floor do the same work.
 */
final class Requests {

    /** How far S5 pages: 50 pages of 100 is the newest 5,000 contacts. */
    static final int S5_DEEPEST_PAGE = 50;

    private Requests() {}

    static void write(Database database, Path directory, int count) throws SQLException, IOException {
        Files.createDirectories(directory);
        var random = new Random(7);
        try (Connection connection = database.connect()) {
            // The same requests on every run over the same data: random() from a fixed seed, in one process.
            try (var statement = connection.createStatement()) {
                statement.execute("set max_parallel_workers_per_gather = 0");
                statement.execute("select setseed(0.7)");
            }
            write(directory, Scenario.S2, sample(connection, """
                    select object_id from partij_identificator where code_soort_object_id = 'bsn'
                    order by random() limit ?""", count).stream()
                    .map(bsn -> "/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId="
                            + bsn + "&soortPartij=persoon&expand=digitaleAdressen")
                    .toList());
            write(directory, Scenario.S3, sample(connection, """
                    select partij_uuid::text from betrokkene where partij_uuid is not null
                    order by random() limit ?""", count).stream()
                    .map(uuid -> "/klantcontacten?hadBetrokkene__wasPartij__uuid=" + uuid
                            + "&expand=hadBetrokkenen,leiddeTotInterneTaken")
                    .toList());
            List<String> afdelingen = sample(connection, """
                    select uuid::text from actor where soort_actor = 'organisatorische_eenheid'
                    order by uuid limit ?""", count);
            var inboxes = new ArrayList<String>();
            for (int i = 0; i < count; i++) {
                inboxes.add("/internetaken?toegewezenAanActor__uuid=" + afdelingen.get(i % afdelingen.size())
                        + "&status=te_verwerken");
            }
            Collections.shuffle(inboxes, random);
            write(directory, Scenario.S4, inboxes);
            long contacts = sample(connection, "select count(*)::text from klantcontact limit ?", 1).stream()
                    .mapToLong(Long::parseLong)
                    .sum();
            int pages = (int) Math.max(1, Math.min(S5_DEEPEST_PAGE, contacts / 100));
            var paging = new ArrayList<String>();
            for (int i = 0; i < count; i++) {
                paging.add("/klantcontacten?pageSize=100&page=" + (1 + random.nextInt(pages))
                        + "&expand=hadBetrokkenen,gingOverOnderwerpobjecten");
            }
            write(directory, Scenario.S5, paging);
            write(directory, Scenario.S6, sample(connection, """
                    select adres from digitaal_adres where betrokkene_uuid is not null
                    order by random() limit ?""", count).stream()
                    .map(adres -> "/digitaleadressen?adres=" + URLEncoder.encode(adres, StandardCharsets.UTF_8)
                            + "&expand=verstrektDoorBetrokkene")
                    .toList());
            writeContacts(connection, directory, count, random);
        }
    }

    static Path file(Path directory, Scenario scenario) {
        return directory.resolve(scenario.writes() ? "S1.csv" : scenario.name() + ".csv");
    }

    /** The paths of a read scenario's requests, in order. */
    static List<String> read(Path directory, Scenario scenario) throws IOException {
        List<String> lines = Files.readAllLines(file(directory, scenario));
        return lines.subList(1, lines.size());
    }

    private static void write(Path directory, Scenario scenario, List<String> paths) throws IOException {
        var lines = new ArrayList<String>();
        lines.add("path");
        lines.addAll(paths);
        Files.write(file(directory, scenario), lines);
    }

    /** What S1 needs per contact: a person who calls, the medewerker who answers, the afdeling that takes the task. */
    private static void writeContacts(Connection connection, Path directory, int count, Random random)
            throws SQLException, IOException {
        var lines = new ArrayList<String>();
        lines.add("partij,voorletters,voornaam,voorvoegsel,achternaam,telefoon,medewerker,afdeling,onderwerp,zaak");
        List<String> medewerkers = sample(
                connection, "select uuid::text from actor where soort_actor = 'medewerker' order by uuid limit ?", 10_000);
        List<String> afdelingen = sample(
                connection,
                "select uuid::text from actor where soort_actor = 'organisatorische_eenheid' order by uuid limit ?",
                10_000);
        try (var statement = connection.prepareStatement("""
                select p.uuid, p.partij_identificatie -> 'contactnaam' ->> 'voorletters',
                       p.partij_identificatie -> 'contactnaam' ->> 'voornaam',
                       p.partij_identificatie -> 'contactnaam' ->> 'voorvoegselAchternaam',
                       p.partij_identificatie -> 'contactnaam' ->> 'achternaam', d.adres
                from partij p join digitaal_adres d on d.uuid = p.voorkeurs_digitaal_adres_uuid
                where p.soort_partij = 'persoon' and p.indicatie_geheimhouding is not true
                order by random() limit ?""")) {
            statement.setInt(1, count);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(String.join(
                            ",",
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            medewerkers.get(random.nextInt(medewerkers.size())),
                            afdelingen.get(random.nextInt(afdelingen.size())),
                            "Afvalinzameling",
                            new UUID(random.nextLong(), random.nextLong()).toString()));
                }
            }
        }
        Files.write(directory.resolve("S1.csv"), lines);
    }

    private static List<String> sample(Connection connection, String sql, int limit) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
