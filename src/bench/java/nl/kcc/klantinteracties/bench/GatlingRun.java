package nl.kcc.klantinteracties.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@link BenchSimulation} in a JVM of its own (so that the load tool's memory and threads stay apart from the
 * orchestration, and every run starts equal) and reads the numbers from Gatling's report.
 */
final class GatlingRun {

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private GatlingRun() {}

    static Measurement run(
            String scale,
            Scenario scenario,
            int clients,
            Duration duration,
            String api,
            String token,
            Path requests,
            Path results,
            Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(results);
        String description = scale + "-" + scenario + "-" + clients;
        var command = new ArrayList<>(List.of(
                Register.javaBinary(),
                "-Xmx1g",
                // as Gatling's own launchers start it
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dbench.scenario=" + scenario.name(),
                "-Dbench.clients=" + clients,
                "-Dbench.durationMillis=" + duration.toMillis(),
                "-Dbench.api=" + api,
                "-Dbench.token=" + token,
                "-Dbench.requests=" + requests.toAbsolutePath(),
                // Nothing leaves this machine: no usage statistics, no warm-up call.
                "-Dgatling.data.enableAnalytics=false",
                "-Dgatling.http.warmUpUrl=",
                "-Dgatling.data.console.light=true",
                "-Dgatling.data.console.writePeriod=30",
                "-classpath",
                System.getProperty("java.class.path"),
                "io.gatling.app.Gatling",
                "-s",
                BenchSimulation.class.getName(),
                "-rf",
                results.toAbsolutePath().toString(),
                "-rd",
                description,
                "-l",
                "klantinteracties-bench"));
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        int exit;
        try {
            exit = process.waitFor();
        } finally {
            process.destroyForcibly();
        }
        if (exit != 0 && exit != 2) {
            // 2 is Gatling's "assertions failed"; a run with errors is reported, not thrown away.
            throw new IllegalStateException("Gatling stopped with exit code " + exit + "; see " + log);
        }
        Path report = newest(results, started);
        return read(report, scale, scenario, clients);
    }

    /** The report of this run: one written before it started belongs to an earlier run and is never used. */
    private static Path newest(Path results, long started) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .filter(p -> p.toFile().lastModified() >= started)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report in " + results));
        }
    }

    /**
     * Reads the statistics table of Gatling's report (index.html; Gatling 3.15 writes no JSON of them): per row, the
     * request's name and the cells Total, OK, KO, % KO, Cnt/s, Min, 50th, 75th, 95th, 99th pct, Max, Mean, Std Dev.
     */
    static Map<String, Map<Integer, Double>> table(String html) {
        var rows = new LinkedHashMap<String, Map<Integer, Double>>();
        for (String row : html.split("<tr id=")) {
            Matcher name = NAME.matcher(row);
            if (!name.find()) {
                continue;
            }
            var cells = new HashMap<Integer, Double>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                String text = cell.group(2).replace(",", "").strip();
                if (!text.isEmpty() && !text.equals("-")) {
                    cells.put(Integer.valueOf(cell.group(1)), Double.valueOf(text));
                }
            }
            rows.putIfAbsent(name.group(1).strip(), cells);
        }
        return rows;
    }

    private static Measurement read(Path report, String scale, Scenario scenario, int clients) throws IOException {
        var table = table(Files.readString(report.resolve("index.html")));
        Map<Integer, Double> all = table.get("All Requests");
        if (all == null) {
            throw new IllegalStateException("No statistics in " + report);
        }
        // For S1 the unit is a complete contact: the rate of its last request. Only answers that succeeded count.
        Map<Integer, Double> rate = scenario.writes() ? table.getOrDefault(scenario.lastRequest(), Map.of()) : all;
        double succeeded = rate.getOrDefault(3, 0.0) / Math.max(rate.getOrDefault(2, 0.0), 1);
        return new Measurement(
                scale,
                scenario.name(),
                "register",
                clients,
                all.getOrDefault(2, 0.0) / Math.max(all.getOrDefault(6, 0.0), 1e-9),
                all.getOrDefault(2, 0.0).longValue(),
                all.getOrDefault(4, 0.0).longValue(),
                rate.getOrDefault(6, 0.0) * succeeded,
                all.getOrDefault(13, 0.0),
                all.getOrDefault(8, 0.0),
                all.getOrDefault(10, 0.0),
                all.getOrDefault(11, 0.0),
                0,
                0,
                0);
    }
}
