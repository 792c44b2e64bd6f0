package nl.kcc.klantinteracties.cli;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A command needs the database, transactions and JSON, nothing of what serves requests: no web server, security,
 * sessions, templates, metrics, traces or health. Leaving the rest out before their conditions are evaluated is most of
 * what makes a command start in seconds; in the register itself this filter lets everything through.
 */
public final class CommandAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Set by {@link CommandLine} to the command's name; the register never sets it. */
    static final String COMMAND_PROPERTY = "klantinteracties.command";

    private static final List<String> NEEDED_BY_COMMANDS = List.of(
            "org.springframework.boot.autoconfigure.context.",
            "org.springframework.boot.jdbc.autoconfigure.",
            "org.springframework.boot.sql.autoconfigure.",
            "org.springframework.boot.transaction.autoconfigure.",
            "org.springframework.boot.persistence.autoconfigure.",
            "org.springframework.boot.flyway.autoconfigure.",
            "org.springframework.boot.jackson.autoconfigure.");

    private boolean command;

    @Override
    public void setEnvironment(Environment environment) {
        command = environment.containsProperty(COMMAND_PROPERTY);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = !command || name == null || NEEDED_BY_COMMANDS.stream().anyMatch(name::startsWith);
        }
        return matches;
    }
}
