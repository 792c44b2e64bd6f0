package nl.kcc.klantinteracties.cli;

import java.io.PrintStream;
import java.util.List;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.demo.DemoData;
import nl.kcc.klantinteracties.security.ApiClient;
import nl.kcc.klantinteracties.security.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** {@code demo [--force] [--url <address>]}: a new user's register gets the data of a working contact centre. */
@Component
class DemoCommands {

    private final DemoData demo;
    private final int port;

    DemoCommands(DemoData demo, @Value("${server.port:8000}") int port) {
        this.demo = demo;
        this.port = port;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        boolean force = false;
        String url = "http://localhost:" + port;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--force")) {
                force = true;
            } else if (args[i].equals("--url") && i + 1 < args.length) {
                url = args[++i];
            } else {
                CommandLine.printUsage("demo", err);
                return CommandLine.USAGE;
            }
        }
        long present = demo.objectsInRegister();
        if (present > 0 && !force) {
            err.println("The register already holds " + present + " partijen, klantcontacten, actoren and digitale"
                    + " adressen; the demo fills only an empty one. Add --force to add the demo data anyway.");
            return CommandLine.FAILED;
        }
        // The audit trail names the demo as the application that made all this.
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new ApiClient(null, "demo", Scope.ALL), null, List.of()));
        DemoData.Summary made = demo.fill(ApiContext.internal(Urls.at(url)));
        out.printf(
                "%d partijen, %d actoren, %d klantcontacten, %d open and %d finished interne taken%n",
                made.partijen(), made.actoren(), made.klantcontacten(), made.openTaken(), made.verwerkteTaken());
        return CommandLine.OK;
    }
}
