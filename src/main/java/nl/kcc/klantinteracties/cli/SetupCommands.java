package nl.kcc.klantinteracties.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import nl.kcc.klantinteracties.setup.Setup;
import nl.kcc.klantinteracties.setup.SetupException;
import nl.kcc.klantinteracties.setup.SetupFile;
import org.springframework.stereotype.Component;

/** {@code setup check|apply <file>}: the operator tries a setup file before a deployment does, or applies it now. */
@Component
class SetupCommands {

    private final Setup setup;

    SetupCommands(Setup setup) {
        this.setup = setup;
    }

    static boolean isCheck(String[] args) {
        return args.length == 3 && args[0].equals("setup") && args[1].equals("check");
    }

    /** Needs no register: reading the file is all a check does, so that a pipeline can run it before deploying. */
    static int check(Path file, PrintStream out, PrintStream err) {
        try {
            SetupFile read = SetupFile.read(file, System::getenv);
            out.printf(
                    "%s: %d tokens, %d afdelingen, %d groepen, %d medewerkers, %d categorieën%n",
                    file,
                    read.tokens().size(),
                    read.afdelingen().size(),
                    read.groepen().size(),
                    read.medewerkers().size(),
                    read.categorieen().size());
            return CommandLine.OK;
        } catch (SetupException e) {
            err.println(file + " cannot be applied:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return CommandLine.FAILED;
        }
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("apply")) {
            CommandLine.printUsage("setup", err);
            return CommandLine.USAGE;
        }
        Path file = Path.of(args[1]);
        try {
            SetupFile read = SetupFile.read(file, System::getenv);
            var report = setup.apply(file, read);
            if (read.kanalen()) {
                report = report.and(setup.registerKanalen());
            }
            report.lines().forEach(out::println);
            report.warnings().forEach(warning -> err.println("Warning: " + warning));
            return CommandLine.OK;
        } catch (SetupException e) {
            err.println(file + " cannot be applied; nothing of it was applied:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return CommandLine.FAILED;
        }
    }
}
