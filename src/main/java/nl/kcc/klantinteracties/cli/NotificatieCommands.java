package nl.kcc.klantinteracties.cli;

import java.io.IOException;
import java.io.PrintStream;
import nl.kcc.klantinteracties.notificatie.KanaalRegistration;
import nl.kcc.klantinteracties.notificatie.Outbox;
import org.springframework.stereotype.Component;

/**
 * {@code notificaties kanalen|failed|requeue}: the operator registers the kanalen at the Notificaties API and sends
 * again what the register gave up on.
 */
@Component
class NotificatieCommands {

    private final KanaalRegistration kanalen;
    private final Outbox outbox;

    NotificatieCommands(KanaalRegistration kanalen, Outbox outbox) {
        this.kanalen = kanalen;
        this.outbox = outbox;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("kanalen")) {
            return registerKanalen(out, err);
        }
        if (args.length == 1 && args[0].equals("failed")) {
            out.printf("%-8s %-8s %-32s %-40s %s%n", "ID", "ATTEMPTS", "FAILED", "DESTINATION", "ABOUT");
            for (var failed : outbox.failed()) {
                out.printf(
                        "%-8d %-8d %-32s %-40s %s%n%8s last error: %s%n",
                        failed.id(),
                        failed.attempts(),
                        failed.failedAt(),
                        failed.destination(),
                        failed.about(),
                        "",
                        failed.lastError());
            }
            return CommandLine.OK;
        }
        if (args.length == 2 && args[0].equals("requeue")) {
            if (args[1].equals("--all")) {
                err.println("Re-queued " + outbox.requeueAll() + " failed notification(s)");
                return CommandLine.OK;
            }
            try {
                long id = Long.parseLong(args[1]);
                if (outbox.requeue(id)) {
                    err.println("Re-queued notification " + id);
                    return CommandLine.OK;
                }
                err.println("No failed notification with id " + id);
                return CommandLine.FAILED;
            } catch (NumberFormatException e) {
                err.println("Not an id: " + args[1]);
                return CommandLine.USAGE;
            }
        }
        CommandLine.printUsage("notificaties", err);
        return CommandLine.USAGE;
    }

    private int registerKanalen(PrintStream out, PrintStream err) {
        try {
            for (var result : kanalen.register()) {
                out.println(result.kanaal() + " "
                        + (result.outcome() == KanaalRegistration.Outcome.REGISTERED ? "registered" : "existed"));
            }
            return CommandLine.OK;
        } catch (IOException | IllegalStateException e) {
            err.println("Could not register the kanalen: " + e.getMessage());
            return CommandLine.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLine.FAILED;
        }
    }
}
