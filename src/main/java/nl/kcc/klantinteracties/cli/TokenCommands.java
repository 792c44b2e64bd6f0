package nl.kcc.klantinteracties.cli;

import java.io.PrintStream;
import nl.kcc.klantinteracties.security.ApiTokens;
import org.springframework.stereotype.Component;

/** {@code tokens create|list|revoke}: the operator manages which applications may use the APIs. */
@Component
class TokenCommands {

    private final ApiTokens tokens;

    TokenCommands(ApiTokens tokens) {
        this.tokens = tokens;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("create")) {
            try {
                out.println(tokens.create(args[1]));
                return CommandLine.OK;
            } catch (ApiTokens.NameTaken | IllegalArgumentException e) {
                err.println(e.getMessage());
                return CommandLine.FAILED;
            }
        }
        if (args.length == 1 && args[0].equals("list")) {
            out.printf("%-30s %-26s %-26s %s%n", "NAME", "CREATED", "EXPIRES", "REVOKED");
            for (var token : tokens.list()) {
                out.printf(
                        "%-30s %-26s %-26s %s%n",
                        token.name(),
                        token.createdAt(),
                        token.expiresAt() == null ? "-" : token.expiresAt(),
                        token.revokedAt() == null ? "-" : token.revokedAt());
            }
            return CommandLine.OK;
        }
        if (args.length == 2 && args[0].equals("revoke")) {
            if (tokens.revoke(args[1])) {
                err.println("Revoked the token of " + args[1]);
                return CommandLine.OK;
            }
            err.println("No active token named " + args[1]);
            return CommandLine.FAILED;
        }
        CommandLine.printUsage("tokens", err);
        return CommandLine.USAGE;
    }
}
