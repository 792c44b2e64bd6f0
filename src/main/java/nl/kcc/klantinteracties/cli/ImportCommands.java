package nl.kcc.klantinteracties.cli;

import java.io.PrintStream;
import java.time.Duration;
import nl.kcc.klantinteracties.importer.ImportFailed;
import nl.kcc.klantinteracties.importer.Importer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code import --from <address> --token <token> [...]}: a municipality moving from Open Klant (or from another
 * register) copies everything it holds into this one.
 */
@Component
class ImportCommands {

    private final Importer importer;
    private final int port;

    ImportCommands(Importer importer, @Value("${server.port:8000}") int port) {
        this.importer = importer;
        this.port = port;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        String from = null;
        String token = System.getenv("IMPORT_TOKEN");
        String url = "http://localhost:" + port;
        boolean merge = false;
        boolean announce = false;
        boolean verify = false;
        int sample = 20;
        int attempts = 8;
        Duration wait = Duration.ofSeconds(1);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--merge" -> merge = true;
                    case "--notify" -> announce = true;
                    case "--verify" -> verify = true;
                    case "--from" -> from = value(args, ++i);
                    case "--token" -> token = value(args, ++i);
                    case "--url" -> url = value(args, ++i);
                    case "--sample" -> sample = Integer.parseInt(value(args, ++i));
                    case "--attempts" -> attempts = Integer.parseInt(value(args, ++i));
                    case "--retry-wait" -> wait = Duration.ofMillis(Long.parseLong(value(args, ++i)));
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            if (from == null || token == null || sample < 0 || attempts < 1) {
                throw new IllegalArgumentException("Give --from and --token");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            CommandLine.printUsage("import", err);
            return CommandLine.USAGE;
        }
        try {
            boolean agree = importer.run(
                    new Importer.Options(from, token, url, merge, announce, verify, sample, attempts, wait), out, err);
            return agree ? CommandLine.OK : CommandLine.FAILED;
        } catch (ImportFailed e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Missing a value after " + args[i - 1]);
        }
        return args[i];
    }
}
