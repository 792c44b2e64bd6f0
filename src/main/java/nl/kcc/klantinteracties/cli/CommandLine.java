package nl.kcc.klantinteracties.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's commands: {@code java -jar klantinteracties.jar <command> ...}. They work whether or not the register
 * runs: with the embedded database they use the running register's server, or start it themselves.
 *
 * <p>A command's result is the only thing on standard output (a new key, a list); everything else, logging included,
 * goes to standard error, so that scripts can capture the result.
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Map<String, String> USAGE_TEXT =
            Map.of("tokens", """
            tokens create <name> [--scope <scope>]... [--expires <date>] [--key-from-stdin]
                                    make a token for an application and print its key; without --scope it may
                                    read and write both APIs but not see what is confidential
                                    (scopes: klantinteracties:lezen, klantinteracties:schrijven,
                                    contactgegevens:lezen, contactgegevens:schrijven, klantinteracties:vertrouwelijk);
                                    --key-from-stdin: use the key on the first line of standard input (e.g. the
                                    application's Open Klant key, at least 32 characters) and print nothing
            tokens list             list the tokens with their scopes (never their keys)
            tokens revoke <name>    revoke the application's active token""", "notificaties", """
            notificaties kanalen          register the kanalen at the Notificaties API (skips existing ones)
            notificaties failed           list the notifications the register gave up on
            notificaties requeue <id>     send a failed notification again (--all: every failed one)""", "demo", """
            demo [--force] [--url <address>]
                                    fill an empty register with a contact centre's data: partijen, afdelingen,
                                    medewerkers, 200 klantcontacten and their interne taken (--force: also when it
                                    holds data; --url: the register's address in the objects' urls)""", "medewerkers", """
            medewerkers create <gebruikersnaam> --naam <naam> [--actor <uuid>] [--afdeling <uuid>]... [--vertrouwelijk]
                                    [--beheerder]
                                    make a werkplek account and print its password; it acts as the actor (of soort
                                    medewerker; one is made when none is given) and works for the afdelingen (actors
                                    of soort organisatorische_eenheid); --vertrouwelijk lets it see what is confidential;
                                    --beheerder gives it the beheer screens (tokens, accounts, notifications)
            medewerkers rol <gebruikersnaam> [--beheerder|--geen-beheerder] [--vertrouwelijk|--geen-vertrouwelijk]
                                    give or take the roles of an account; counts from its next request
            medewerkers reset <gebruikersnaam>      print a new password; enables the account again
            medewerkers disable <gebruikersnaam>    the account can no longer log in; its sessions end
            medewerkers list                        list the accounts (never their passwords)
            medewerkers demo                        make the documented demo accounts (public passwords: a local demo only)""", "import", """
            import --from <address> --token <token> [--merge] [--notify] [--url <address>] [--sample <n>]
                                    copy every object of another register (Open Klant 2.x, or this register) into
                                    this one, keeping uuids, numbers and times; resumable: run it again after an
                                    interruption; prints counts of both sides, what this register's rules would
                                    refuse and a field-by-field comparison of a sample (exit code 1 when they differ)
                                    (--merge: also when this register holds data; --notify: send notifications;
                                    --url: this register's address in the objects' urls; the token may also be given
                                    as IMPORT_TOKEN)
            import --verify --from <address> --token <token>
                                    only the comparison of both sides""", "setup", """
            setup check <file>      read a setup file and say what is wrong in it, without a register (for a
                                    pipeline, before deploying); prints what it lists
            setup apply <file>      apply a setup file now, as the register does at every start when
                                    KLANTINTERACTIES_SETUP_FILE names it; prints what it made, changed and revoked""");

    private CommandLine() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (USAGE_TEXT.containsKey(args[0]) || args[0].equals("help"));
    }

    /**
     * Runs the command in {@code args}.
     *
     * @param application the register's application class, whose beans the command uses (passed in, so that the
     *     commands do not depend on the class that starts them)
     */
    public static int run(String[] args, Class<?> application) {
        PrintStream result = System.out;
        System.setOut(System.err);
        if (args[0].equals("help")) {
            USAGE_TEXT.values().forEach(result::println);
            return OK;
        }
        if (SetupCommands.isCheck(args)) {
            return SetupCommands.check(Path.of(args[2]), result, System.err);
        }
        try (ConfigurableApplicationContext context = start(args[0], application)) {
            return switch (args[0]) {
                case "tokens" ->
                    context.getBean(TokenCommands.class)
                            .run(Arrays.copyOfRange(args, 1, args.length), System.in, result, System.err);
                case "notificaties" ->
                    context.getBean(NotificatieCommands.class)
                            .run(Arrays.copyOfRange(args, 1, args.length), result, System.err);
                case "demo" ->
                    context.getBean(DemoCommands.class)
                            .run(Arrays.copyOfRange(args, 1, args.length), result, System.err);
                case "import" ->
                    context.getBean(ImportCommands.class)
                            .run(Arrays.copyOfRange(args, 1, args.length), result, System.err);
                case "setup" ->
                    context.getBean(SetupCommands.class)
                            .run(Arrays.copyOfRange(args, 1, args.length), result, System.err);
                case "medewerkers" ->
                    context.getBean(MedewerkerCommands.class)
                            .run(Arrays.copyOfRange(args, 1, args.length), result, System.err);
                default -> USAGE;
            };
        } catch (RuntimeException e) {
            System.err.println("Failed: " + e.getMessage());
            return FAILED;
        }
    }

    static void printUsage(String command, PrintStream out) {
        out.println("Usage:");
        out.println(USAGE_TEXT.get(command));
    }

    private static ConfigurableApplicationContext start(String command, Class<?> applicationClass) {
        var application = new SpringApplication(applicationClass);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                CommandAutoConfigurationFilter.COMMAND_PROPERTY,
                command,
                // Only the beans the command asks for, and what they need, are made.
                "spring.main.lazy-initialization",
                "true",
                "klantinteracties.database.attach-to-running",
                "true",
                "logging.level.root",
                "WARN",
                "spring.main.banner-mode",
                "off"));
        return application.run();
    }
}
