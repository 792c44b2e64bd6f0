package nl.kcc.klantinteracties.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@code tokens create|list|revoke}: the operator manages which applications may use the APIs, and for what. */
@Component
class TokenCommands {

    private final ApiTokens tokens;

    TokenCommands(ApiTokens tokens) {
        this.tokens = tokens;
    }

    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length >= 2 && args[0].equals("create")) {
            return create(args, in, out, err);
        }
        if (args.length == 1 && args[0].equals("list")) {
            out.printf(
                    "%-30s %-26s %-26s %-26s %-26s %s%n",
                    "NAME", "CREATED", "EXPIRES", "REVOKED", "LAST USED", "SCOPES");
            for (var token : tokens.list()) {
                out.printf(
                        "%-30s %-26s %-26s %-26s %-26s %s%n",
                        token.name(),
                        token.createdAt(),
                        token.expiresAt() == null ? "-" : token.expiresAt(),
                        token.revokedAt() == null ? "-" : token.revokedAt(),
                        token.lastUsedAt() == null ? "-" : token.lastUsedAt(),
                        token.scopes().stream().map(Scope::value).sorted().collect(Collectors.joining(" ")));
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

    private int create(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        OffsetDateTime expires = null;
        boolean keyFromStdin = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--key-from-stdin")) {
                keyFromStdin = true;
                continue;
            }
            if (i + 1 >= args.length) {
                err.println("Missing a value after " + args[i]);
                return CommandLine.USAGE;
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--scope" -> {
                    var scope = Scope.parse(value);
                    if (scope.isEmpty()) {
                        err.println("Unknown scope " + value + "; known: "
                                + Scope.ALL.stream().map(Scope::value).sorted().collect(Collectors.joining(", ")));
                        return CommandLine.USAGE;
                    }
                    scopes.add(scope.get());
                }
                case "--expires" -> {
                    expires = expiry(value);
                    if (expires == null) {
                        err.println("Give --expires as a date (2027-01-31) or a date and time with an offset");
                        return CommandLine.USAGE;
                    }
                }
                default -> {
                    err.println("Unknown option " + args[i - 1]);
                    return CommandLine.USAGE;
                }
            }
        }
        Set<Scope> granted = scopes.isEmpty() ? Scope.DEFAULT : scopes;
        try {
            if (keyFromStdin) {
                String key = firstLine(in);
                if (key.isEmpty()) {
                    err.println(
                            "No key on standard input; pipe the application's key in, e.g."
                                    + " printf '%s\\n' \"$KEY\" | java -jar klantinteracties.jar tokens create NAME --key-from-stdin");
                    return CommandLine.FAILED;
                }
                tokens.createWithKey(args[1], key, granted, expires);
                // The key is the operator's already: nothing secret goes to the output.
                err.println("Made a token for " + args[1] + " with the given key");
            } else {
                out.println(tokens.create(args[1], granted, expires));
            }
            return CommandLine.OK;
        } catch (ApiTokens.NameTaken | IllegalArgumentException e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        }
    }

    /** The first line of the input, trimmed; empty when there is none. */
    private static String firstLine(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line.strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** A date means the token works through that day, in the municipality's time. */
    private static @Nullable OffsetDateTime expiry(String value) {
        try {
            return ApiTokens.through(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
