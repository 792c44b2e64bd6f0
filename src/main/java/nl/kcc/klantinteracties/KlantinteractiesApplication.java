package nl.kcc.klantinteracties;

import nl.kcc.klantinteracties.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Klantinteracties register: the Klantinteracties API and the Contactgegevens API on PostgreSQL. Started without
 * arguments it serves them; with a command ({@code tokens create kiss}) it does the operator's task and stops.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KlantinteractiesApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, KlantinteractiesApplication.class));
        }
        SpringApplication.run(KlantinteractiesApplication.class, args);
    }
}
