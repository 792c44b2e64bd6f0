package nl.kcc.klantinteracties.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Copies every object of a source register into this one (see {@code docs/import.md}). Resource by resource in the
 * order of their foreign keys, page by page; each page's rows, its audit entries and the import's state commit
 * together, so that an interrupted import goes on with the next page and a finished one is not repeated.
 */
@Component
public class Importer {

    /** The application that the audit trail names for imported objects; the user is the source's address. */
    public static final String APPLICATION = "import";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PageWriter writer;
    private final Comparison comparison;

    Importer(JdbcTemplate jdbc, TransactionTemplate transactions, PageWriter writer, Comparison comparison) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writer = writer;
        this.comparison = comparison;
    }

    /**
     * What the operator asked for.
     *
     * @param from the source's address (its root, before {@code /klantinteracties/api/v1})
     * @param token a token of the source
     * @param registerUrl this register's public address, for the URLs in the audit trail and the comparison
     * @param merge import into a register that already holds objects of its own
     * @param announce send notifications about the imported objects
     * @param verifyOnly only compare a sample of both sides
     * @param sample objects compared per resource
     * @param attempts tries per request to the source before the import stops
     * @param firstWait the wait after the first failed try, doubled after each next one
     */
    public record Options(
            String from,
            String token,
            String registerUrl,
            boolean merge,
            boolean announce,
            boolean verifyOnly,
            int sample,
            int attempts,
            Duration firstWait) {}

    /** Runs the import (or only the verification) and prints the report; returns whether both sides agree. */
    public boolean run(Options options, PrintStream out, PrintStream err) {
        var source = new Source(options.from(), options.token(), options.attempts(), options.firstWait());
        String sourceName = source.root();
        var context = ApiContext.internal(Urls.at(options.registerUrl()));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new Caller(APPLICATION, sourceName), null, List.of()));
        if (!options.verifyOnly()) {
            refuseOccupiedRegister(sourceName, options.merge());
            var progress = new Progress(err);
            for (Copied copied : CopiedResources.ALL) {
                copy(copied, source, options.announce(), context, progress);
            }
            applyLaterReferences(sourceName);
        }
        var report = new Report(out);
        boolean countsAgree = report.counts(source, jdbc, options.merge());
        report.findings(jdbc, sourceName);
        boolean sampleAgrees = report.comparison(comparison.compare(source, options.sample(), context));
        return countsAgree && sampleAgrees;
    }

    /**
     * A register that holds objects is refused unless the operator says to merge, or it holds them from an earlier
     * run of this import that is being resumed.
     */
    private void refuseOccupiedRegister(String source, boolean merge) {
        if (merge) {
            return;
        }
        Integer started =
                jdbc.queryForObject("select count(*) from import_resource where source = ?", Integer.class, source);
        if (started != null && started > 0) {
            return;
        }
        for (Copied copied : CopiedResources.ALL) {
            Boolean any = jdbc.queryForObject("select exists (select 1 from " + copied.table() + ")", Boolean.class);
            if (Boolean.TRUE.equals(any)) {
                throw new ImportFailed("The register already holds " + copied.collection()
                        + "; an import fills an empty register. Add --merge to import into it anyway.");
            }
        }
    }

    private record State(int total, int pagesDone, long orderStart) {}

    private void copy(Copied copied, Source source, boolean announce, ApiContext context, Progress progress) {
        String name = source.root();
        State state = state(name, copied.collection()).orElse(null);
        JsonNode first = null;
        long firstNanos = 0;
        if (state == null) {
            long asked = System.nanoTime();
            first = source.page(copied.apiPath(), copied.collection(), 1);
            firstNanos = System.nanoTime() - asked;
            int total = first.path("count").asInt();
            long orderStart = total > 0 ? reserve(total) : 0;
            jdbc.update("""
                    insert into import_resource (source, resource, total, order_start) values (?, ?, ?, ?)
                    on conflict do nothing""", name, copied.collection(), total, orderStart);
            state = state(name, copied.collection()).orElseThrow();
        }
        int pages = Math.max(1, (state.total() + Source.PAGE_SIZE - 1) / Source.PAGE_SIZE);
        var bar = progress.start(
                copied.collection(), state.total(), Math.min(state.total(), state.pagesDone() * Source.PAGE_SIZE));
        // The next page is asked for while this one is stored: the import goes as fast as the slower of the two.
        ExecutorService fetcher = Executors.newSingleThreadExecutor();
        try {
            int firstPage = state.pagesDone() + 1;
            JsonNode known = first;
            long knownNanos = firstNanos;
            State current = state;
            Future<Fetched> next = firstPage > pages
                    ? null
                    : fetcher.submit(() -> firstPage == 1 && known != null
                            ? new Fetched(known, knownNanos)
                            : fetch(source, copied, firstPage));
            for (int page = firstPage; page <= pages; page++) {
                // Fetched ahead: a page up to the last always has its fetch under way.
                Fetched fetched = await(Objects.requireNonNull(next));
                int following = page + 1;
                next = following > pages ? null : fetcher.submit(() -> fetch(source, copied, following));
                List<JsonNode> objects = new ArrayList<>();
                fetched.page().path("results").forEach(objects::add);
                int done = page;
                long positionOfFirst = (long) (page - 1) * Source.PAGE_SIZE;
                // Open Klant lists newest first: the object at position r is the (total - 1 - r)th made.
                // Objects beyond the count (the source grew meanwhile) are numbered as new ones.
                Long firstOrder = positionOfFirst < current.total()
                        ? current.orderStart() + current.total() - 1 - positionOfFirst
                        : null;
                long storing = System.nanoTime();
                transactions.executeWithoutResult(transaction -> {
                    writer.write(copied, objects, firstOrder, name, announce, context, transaction);
                    jdbc.update(
                            "update import_resource set pages_done = ? where source = ? and resource = ?",
                            done,
                            name,
                            copied.collection());
                });
                bar.advance(
                        Math.min(current.total(), (long) done * Source.PAGE_SIZE),
                        page,
                        pages,
                        fetched.nanos(),
                        System.nanoTime() - storing);
            }
        } finally {
            // A page asked for ahead is not waited for when storing failed.
            fetcher.shutdownNow();
        }
        bar.finish();
    }

    /** A page of the source, with how long the source took to answer it. */
    private record Fetched(JsonNode page, long nanos) {}

    private static Fetched fetch(Source source, Copied copied, int page) {
        long asked = System.nanoTime();
        JsonNode shown = source.page(copied.apiPath(), copied.collection(), page);
        return new Fetched(shown, System.nanoTime() - asked);
    }

    private static Fetched await(Future<Fetched> next) {
        try {
            return next.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ImportFailed("Reading the source failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailed("The import was interrupted");
        }
    }

    private Optional<State> state(String source, String resource) {
        return jdbc
                .query(
                        "select total, pages_done, order_start from import_resource where source = ? and resource = ?",
                        (rs, row) -> new State(rs.getInt("total"), rs.getInt("pages_done"), rs.getLong("order_start")),
                        source,
                        resource)
                .stream()
                .findFirst();
    }

    /** The first of {@code count} creation_order numbers that no other object gets. */
    private long reserve(int count) {
        Long last = jdbc.queryForObject(
                "select setval('creation_order', nextval('creation_order') + ? - 1)", Long.class, count);
        return Objects.requireNonNull(last) - count + 1;
    }

    /**
     * Sets the references kept for the end, one statement per kind; a reference to an object the register does not
     * have stays empty and is reported.
     */
    private void applyLaterReferences(String source) {
        transactions.executeWithoutResult(transaction -> {
            for (Copied copied : CopiedResources.ALL) {
                for (Copied.Later later : copied.later()) {
                    String kind = PageWriter.kind(copied, later);
                    jdbc.update(
                            "update " + copied.table() + " t set " + later.column() + " = r.target_uuid"
                                    + " from import_reference r"
                                    + " where r.source = ? and r.kind = ? and r.object_uuid = t.uuid"
                                    + " and t." + later.column() + " is distinct from r.target_uuid"
                                    + " and exists (select 1 from " + later.targetTable()
                                    + " x where x.uuid = r.target_uuid)",
                            source,
                            kind);
                    jdbc.update(
                            "insert into import_finding (source, resource, object_uuid, field, kind, reason)"
                                    + " select r.source, ?, r.object_uuid, ?, 'missing',"
                                    + " 'points at ' || r.target_uuid || ', which the source does not show'"
                                    + " from import_reference r where r.source = ? and r.kind = ?"
                                    + " and not exists (select 1 from " + later.targetTable()
                                    + " x where x.uuid = r.target_uuid) on conflict do nothing",
                            copied.collection(),
                            later.kind(),
                            source,
                            kind);
                }
            }
        });
    }
}
