package nl.kcc.klantinteracties.importer;

import java.io.PrintStream;

/**
 * A progress bar per resource on standard error: objects done of the source's count, objects per second and the time
 * left. On a terminal the bar is redrawn in place; otherwise (a log file) each page gets a line of its own.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;

    Progress(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    Bar start(String resource, long total, long done) {
        return new Bar(resource, total, done);
    }

    final class Bar {

        private final String resource;
        private final long total;
        private final long startedWith;
        private final long startedAt = System.nanoTime();
        private long done;

        private Bar(String resource, long total, long done) {
            this.resource = resource;
            this.total = total;
            this.startedWith = done;
            this.done = done;
            if (total > 0 && done >= total) {
                err.printf("%-24s already imported (%d)%n", resource, total);
            }
        }

        void advance(long done, int page, int pages) {
            this.done = done;
            double seconds = Math.max(1e-3, (System.nanoTime() - startedAt) / 1e9);
            double perSecond = (done - startedWith) / seconds;
            long left = perSecond > 0 ? Math.round((total - done) / perSecond) : 0;
            int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
            String line = String.format(
                    "%-24s [%s%s] %d/%d  %.0f/s  %d:%02d left  (page %d/%d)",
                    resource,
                    "#".repeat(filled),
                    ".".repeat(WIDTH - filled),
                    done,
                    total,
                    perSecond,
                    left / 60,
                    left % 60,
                    page,
                    pages);
            if (terminal) {
                err.print("\r" + line);
            } else {
                err.println(line);
            }
            err.flush();
        }

        void finish() {
            if (terminal && done > startedWith) {
                err.println();
            }
        }
    }
}
