package nl.kcc.klantinteracties.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's results as a markdown table, as JSON and as an SVG chart, with the targets checked. */
final class Report {

    /** A target of the issue, checked against the measurements. */
    record Target(String target, String measured, boolean met) {}

    /** Latency at the main scale against the small scale, per read scenario and concurrency. */
    record Growth(String scenario, int clients, double smallMean, double defaultMean, double meanRatio,
            double smallP99, double defaultP99, double p99Ratio) {}

    static final int TARGET_CLIENTS = 32;

    private final List<Measurement> measurements;
    private final Map<String, Object> run;
    private final String main;

    Report(List<Measurement> measurements, Map<String, Object> run, String main) {
        this.measurements = measurements;
        this.run = run;
        this.main = main;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        var json = new LinkedHashMap<String, Object>();
        json.put("run", run);
        json.put("targets", targets());
        json.put("growth", growth());
        json.put("measurements", measurements);
        Files.writeString(
                directory.resolve("results.json"),
                JsonMapper.builder()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .build()
                        .writeValueAsString(json));
        Files.writeString(directory.resolve("results.md"), markdown());
        Files.writeString(directory.resolve("chart.svg"), svg());
    }

    private Optional<Measurement> find(String scale, String scenario, String side, int clients) {
        return measurements.stream()
                .filter(m -> m.scale().equals(scale)
                        && m.scenario().equals(scenario)
                        && m.side().equals(side)
                        && m.clients() == clients)
                .findFirst();
    }

    List<Growth> growth() {
        var growth = new ArrayList<Growth>();
        for (Measurement big : measurements) {
            if (!big.scale().equals(main) || !big.side().equals("register") || big.scenario().startsWith("S1")) {
                continue;
            }
            find("small", big.scenario(), "register", big.clients())
                    .filter(small -> !main.equals("small"))
                    .ifPresent(small -> growth.add(new Growth(
                            big.scenario(),
                            big.clients(),
                            small.mean(),
                            big.mean(),
                            big.mean() / Math.max(small.mean(), 1),
                            small.p99(),
                            big.p99(),
                            big.p99() / Math.max(small.p99(), 1))));
        }
        return growth;
    }

    List<Target> targets() {
        var targets = new ArrayList<Target>();
        for (String scenario : List.of("S2", "S3", "S4", "S5", "S6")) {
            var register = find(main, scenario, "register", TARGET_CLIENTS);
            var floor = find(main, scenario, "floor", TARGET_CLIENTS);
            if (register.isPresent() && floor.isPresent()) {
                double fraction = register.get().throughput() / floor.get().throughput();
                targets.add(new Target(
                        scenario + " at 32 clients: at least 50% of the floor's throughput",
                        "%.0f%% (%.0f of %.0f req/s)"
                                .formatted(
                                        100 * fraction, register.get().throughput(), floor.get().throughput()),
                        fraction >= 0.5));
            }
            if (List.of("S2", "S4", "S6").contains(scenario)) {
                register.ifPresent(m -> targets.add(new Target(
                        scenario + " at 32 clients: p99 at most 50 ms", "%.0f ms".formatted(m.p99()), m.p99() <= 50)));
            }
        }
        for (String scenario : List.of("S1A", "S1B")) {
            find(main, scenario, "register", TARGET_CLIENTS)
                    .ifPresent(m -> targets.add(new Target(
                            scenario + " at 32 clients: at least 300 contacts/s",
                            "%.0f contacts/s".formatted(m.throughput()),
                            m.throughput() >= 300)));
        }
        for (Growth g : growth()) {
            if (g.clients() == 1) {
                targets.add(new Target(
                        g.scenario() + ": mean latency at 1 client, " + main + " / small at most 1.5",
                        "%.2f (%.1f / %.1f ms)".formatted(g.meanRatio(), g.defaultMean(), g.smallMean()),
                        g.meanRatio() <= 1.5));
            }
        }
        long registerErrors = measurements.stream()
                .filter(m -> m.side().equals("register"))
                .mapToLong(Measurement::errors)
                .sum();
        long floorErrors = measurements.stream()
                .filter(m -> m.side().equals("floor"))
                .mapToLong(Measurement::errors)
                .sum();
        targets.add(new Target(
                "No errors, register or floor",
                "%d register, %d floor".formatted(registerErrors, floorErrors),
                registerErrors == 0 && floorErrors == 0));
        double peakHeap = measurements.stream()
                .mapToDouble(Measurement::peakHeapMiB)
                .max()
                .orElse(0);
        boolean outOfMemory = Boolean.TRUE.equals(run.get("outOfMemoryError"));
        targets.add(new Target(
                "Register heap under 512 MiB throughout (run with -Xmx512m)",
                "peak %.0f MiB used%s".formatted(peakHeap, outOfMemory ? ", OutOfMemoryError in the log" : ""),
                peakHeap < 512 && !outOfMemory));
        return targets;
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        run.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("\n## Targets\n\n| Target | Measured | Met |\n|---|---|---|\n");
        for (Target t : targets()) {
            md.append("| %s | %s | %s |\n".formatted(t.target(), t.measured(), t.met() ? "yes" : "**no**"));
        }
        for (String scale : new TreeSet<>(measurements.stream().map(Measurement::scale).toList()).descendingSet()) {
            md.append("\n## Scale: ").append(scale).append("\n\n");
            md.append("Latencies in ms. S1 rows count complete contacts per second; their latencies and errors are"
                    + " those of all their requests, their SQL statements those of one contact.\n\n");
            md.append("| Scenario | Clients | Register req/s | Floor req/s | Register / floor | p50 | p95 | p99 |"
                    + " Floor p50 | Floor p99 | Errors | SQL / request | Peak heap MiB | Peak RSS MiB |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Measurement m : measurements) {
                if (!m.scale().equals(scale) || !m.side().equals("register")) {
                    continue;
                }
                var floor = find(scale, m.scenario(), "floor", m.clients());
                md.append("| %s | %d | %.0f | %s | %s | %.0f | %.0f | %.0f | %s | %s | %d | %.1f | %.0f | %.0f |\n"
                        .formatted(
                                m.scenario(),
                                m.clients(),
                                m.throughput(),
                                floor.map(f -> "%.0f".formatted(f.throughput())).orElse("–"),
                                floor.map(f -> "%.0f%%".formatted(100 * m.throughput() / f.throughput()))
                                        .orElse("–"),
                                m.p50(),
                                m.p95(),
                                m.p99(),
                                floor.map(f -> "%.1f".formatted(f.p50())).orElse("–"),
                                floor.map(f -> "%.1f".formatted(f.p99())).orElse("–"),
                                m.errors() + floor.map(Measurement::errors).orElse(0L),
                                m.statements(),
                                m.peakHeapMiB(),
                                m.peakRssMiB()));
            }
        }
        List<Growth> growth = growth();
        if (!growth.isEmpty()) {
            md.append("\n## Growth: ").append(main).append(" scale against small scale\n\n");
            md.append("| Scenario | Clients | Mean small ms | Mean ").append(main).append(" ms | Ratio |"
                    + " p99 small ms | p99 ").append(main).append(" ms | Ratio |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Growth g : growth) {
                md.append("| %s | %d | %.1f | %.1f | %.2f | %.0f | %.0f | %.2f |\n"
                        .formatted(
                                g.scenario(), g.clients(), g.smallMean(), g.defaultMean(), g.meanRatio(),
                                g.smallP99(), g.defaultP99(), g.p99Ratio()));
            }
        }
        return md.toString();
    }

    /** Per scenario, throughput and p99 against concurrency, the register solid and the floor dashed. */
    String svg() {
        List<String> scenarios = measurements.stream()
                .filter(m -> m.scale().equals(main))
                .map(Measurement::scenario)
                .distinct()
                .toList();
        List<Integer> clients = measurements.stream()
                .map(Measurement::clients)
                .distinct()
                .sorted()
                .toList();
        int panelWidth = 300;
        int panelHeight = 170;
        int width = 2 * panelWidth + 60;
        int height = scenarios.size() * (panelHeight + 40) + 60;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        .formatted(width, height))
                .append(" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"20\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Klantinteracties register, %s scale:"
                        .formatted(main))
                .append(" throughput and p99 against concurrent clients</text>\n");
        svg.append("<text x=\"20\" y=\"42\">solid: register over HTTP; dashed: the floor (the same SQL over JDBC)"
                + "</text>\n");
        for (int s = 0; s < scenarios.size(); s++) {
            String scenario = scenarios.get(s);
            int top = 60 + s * (panelHeight + 40);
            String unit = scenario.startsWith("S1") ? " contacts/s" : " requests/s";
            panel(svg, 40, top, panelWidth - 20, panelHeight, scenario + unit, clients, scenario,
                    Measurement::throughput);
            panel(svg, 40 + panelWidth, top, panelWidth - 20, panelHeight, scenario + " p99 ms", clients, scenario,
                    Measurement::p99);
        }
        return svg.append("</svg>\n").toString();
    }

    private void panel(
            StringBuilder svg,
            int left,
            int top,
            int width,
            int height,
            String title,
            List<Integer> clients,
            String scenario,
            java.util.function.ToDoubleFunction<Measurement> value) {
        double max = 1;
        for (Measurement m : measurements) {
            if (m.scale().equals(main) && m.scenario().equals(scenario)) {
                max = Math.max(max, value.applyAsDouble(m));
            }
        }
        max = niceCeiling(max);
        svg.append("<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>\n".formatted(left, top + 12, title));
        int plotTop = top + 20;
        int plotHeight = height - 40;
        svg.append("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n"
                .formatted(left, plotTop, width, plotHeight));
        for (int tick = 0; tick <= 4; tick++) {
            double v = max * tick / 4;
            int y = plotTop + plotHeight - (int) (plotHeight * tick / 4.0);
            svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>\n"
                    .formatted(left, y, left + width, y));
            svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n"
                    .formatted(left - 3, y + 4, format(v)));
        }
        for (int i = 0; i < clients.size(); i++) {
            int x = left + (int) (width * (i + 0.5) / clients.size());
            svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n"
                    .formatted(x, plotTop + plotHeight + 14, clients.get(i)));
        }
        for (String side : List.of("register", "floor")) {
            var points = new StringBuilder();
            for (int i = 0; i < clients.size(); i++) {
                var m = find(main, scenario, side, clients.get(i));
                if (m.isPresent()) {
                    int x = left + (int) (width * (i + 0.5) / clients.size());
                    int y = plotTop + plotHeight - (int) (plotHeight * value.applyAsDouble(m.get()) / max);
                    points.append(x).append(',').append(y).append(' ');
                    svg.append("<circle cx=\"%d\" cy=\"%d\" r=\"2.5\" fill=\"%s\"/>\n"
                            .formatted(x, y, side.equals("register") ? "#1f5fa8" : "#c0502a"));
                }
            }
            if (!points.isEmpty()) {
                svg.append("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n"
                        .formatted(
                                points.toString().strip(),
                                side.equals("register") ? "#1f5fa8" : "#c0502a",
                                side.equals("register") ? "" : " stroke-dasharray=\"5,4\""));
            }
        }
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double value) {
        return value == Math.rint(value) || value >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
