package nl.kcc.klantinteracties.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.actor.SoortActor;
import nl.kcc.klantinteracties.actor.WerkplekMedewerker;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code medewerkers create|reset|disable|list}: the operator manages who may use the werkplek. An account acts as
 * an actor of soort medewerker (made for it when none is named) and works for the afdelingen named.
 */
@Component
class MedewerkerCommands {

    private static final ApiContext REGISTER = ApiContext.internal(Urls.at("http://localhost"));

    private final MedewerkerAccounts accounts;
    private final ActorResource actoren;

    MedewerkerCommands(MedewerkerAccounts accounts, ActorResource actoren) {
        this.accounts = accounts;
        this.actoren = actoren;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 2 && args[0].equals("create")) {
            return create(args, out, err);
        }
        if (args.length == 2 && args[0].equals("reset")) {
            var password = accounts.reset(args[1]);
            if (password.isEmpty()) {
                err.println("No account named " + args[1]);
                return CommandLine.FAILED;
            }
            out.println(password.get());
            return CommandLine.OK;
        }
        if (args.length == 2 && args[0].equals("disable")) {
            if (accounts.disable(args[1])) {
                err.println("Disabled the account " + args[1]);
                return CommandLine.OK;
            }
            err.println("No enabled account named " + args[1]);
            return CommandLine.FAILED;
        }
        if (args.length >= 3 && args[0].equals("rol")) {
            return rol(args, err);
        }
        if (args.length == 1 && args[0].equals("demo")) {
            return demo(out, err);
        }
        if (args.length == 1 && args[0].equals("list")) {
            out.printf(
                    "%-20s %-30s %-36s %-13s %-9s %-8s %s%n",
                    "GEBRUIKERSNAAM", "NAAM", "ACTOR", "VERTROUWELIJK", "BEHEERDER", "ENABLED", "AFDELINGEN");
            for (var account : accounts.list()) {
                out.printf(
                        "%-20s %-30s %-36s %-13s %-9s %-8s %s%n",
                        account.gebruikersnaam(),
                        account.naam(),
                        account.actor(),
                        account.vertrouwelijk() ? "yes" : "no",
                        account.beheerder() ? "yes" : "no",
                        account.disabledAt() == null ? "yes" : "no",
                        account.afdelingen().stream().map(UUID::toString).collect(Collectors.joining(" ")));
            }
            return CommandLine.OK;
        }
        CommandLine.printUsage("medewerkers", err);
        return CommandLine.USAGE;
    }

    private int create(String[] args, PrintStream out, PrintStream err) {
        String naam = null;
        UUID actor = null;
        List<UUID> afdelingen = new ArrayList<>();
        boolean vertrouwelijk = false;
        boolean beheerder = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--vertrouwelijk")) {
                vertrouwelijk = true;
                continue;
            }
            if (args[i].equals("--beheerder")) {
                beheerder = true;
                continue;
            }
            if (i + 1 >= args.length) {
                err.println("Missing a value after " + args[i]);
                return CommandLine.USAGE;
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--naam" -> naam = value;
                case "--actor", "--afdeling" -> {
                    UUID uuid = Texts.parseUuid(value);
                    if (uuid == null) {
                        err.println("Not a uuid: " + value);
                        return CommandLine.USAGE;
                    }
                    boolean medewerker = args[i - 1].equals("--actor");
                    String problem =
                            check(uuid, medewerker ? SoortActor.MEDEWERKER : SoortActor.ORGANISATORISCHE_EENHEID);
                    if (problem != null) {
                        err.println(problem);
                        return CommandLine.FAILED;
                    }
                    if (medewerker) {
                        actor = uuid;
                    } else {
                        afdelingen.add(uuid);
                    }
                }
                default -> {
                    err.println("Unknown option " + args[i - 1]);
                    return CommandLine.USAGE;
                }
            }
        }
        if (naam == null) {
            err.println("Give the medewerker's name with --naam");
            return CommandLine.USAGE;
        }
        try {
            UUID linked = actor != null ? actor : newActor(args[1], naam);
            out.println(accounts.create(new Medewerker(args[1], naam, linked, afdelingen, vertrouwelijk, beheerder)));
            return CommandLine.OK;
        } catch (MedewerkerAccounts.NameTaken | IllegalArgumentException e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        }
    }

    /** {@code rol <gebruikersnaam> --beheerder --geen-vertrouwelijk ...}: gives or takes roles of an existing account. */
    private int rol(String[] args, PrintStream err) {
        Boolean vertrouwelijk = null;
        Boolean beheerder = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--vertrouwelijk" -> vertrouwelijk = true;
                case "--geen-vertrouwelijk" -> vertrouwelijk = false;
                case "--beheerder" -> beheerder = true;
                case "--geen-beheerder" -> beheerder = false;
                default -> {
                    err.println("Unknown option " + args[i]);
                    return CommandLine.USAGE;
                }
            }
        }
        if (!accounts.roles(args[1], vertrouwelijk, beheerder)) {
            err.println("No account named " + args[1]);
            return CommandLine.FAILED;
        }
        var account = accounts.info(args[1]).orElseThrow();
        err.println("The account " + account.gebruikersnaam() + " now has the roles: "
                + (account.vertrouwelijk() ? "vertrouwelijk " : "") + (account.beheerder() ? "beheerder" : "")
                + (account.vertrouwelijk() || account.beheerder() ? "" : "none"));
        return CommandLine.OK;
    }

    /** A demo account: who, with which password, working for which afdeling, seeing what is confidential or not. */
    private record DemoAccount(
            String gebruikersnaam, String wachtwoord, String naam, String afdeling, boolean vertrouwelijk) {}

    static final List<DemoAccount> DEMO = List.of(
            new DemoAccount("kcc", "demo-kcc", "Nicole van Dijk", "KCC", false),
            new DemoAccount("vergunningen", "demo-vergunningen", "Petra Willems", "Vergunningen", false),
            new DemoAccount("teamleider", "demo-teamleider", "Joost de Graaf", "KCC", true));

    /**
     * The documented accounts of a local demo, linked to the medewerker and afdeling actors of those names (the demo
     * data's, or made when missing). Their passwords are public: never run this on a register with real data.
     */
    private int demo(PrintStream out, PrintStream err) {
        for (DemoAccount demo : DEMO) {
            if (accounts.find(demo.gebruikersnaam()).isPresent()) {
                err.println("The demo account " + demo.gebruikersnaam() + " exists already");
                return CommandLine.FAILED;
            }
        }
        for (DemoAccount demo : DEMO) {
            UUID afdeling = actorNamed(demo.afdeling(), SoortActor.ORGANISATORISCHE_EENHEID);
            UUID actor = actorNamed(demo.naam(), SoortActor.MEDEWERKER);
            accounts.createForDemo(
                    new Medewerker(demo.gebruikersnaam(), demo.naam(), actor, List.of(afdeling), demo.vertrouwelijk()),
                    demo.wachtwoord());
            out.println(demo.gebruikersnaam() + " " + demo.wachtwoord() + " (" + demo.naam() + ", " + demo.afdeling()
                    + (demo.vertrouwelijk() ? ", vertrouwelijk" : "") + ")");
        }
        err.println("Demo accounts made; their passwords are public, so use them for a local demo only");
        return CommandLine.OK;
    }

    private UUID actorNamed(String naam, SoortActor soort) {
        var found = actoren
                .list(
                        QueryParameters.forList(
                                java.util.Map.of(
                                        "naam", new String[] {naam},
                                        "soortActor", new String[] {Wire.of(soort)}),
                                actoren.description().filters(),
                                List.of()),
                        REGISTER)
                .items()
                .stream()
                .filter(actor -> actor.naam().equals(naam))
                .findFirst();
        if (found.isPresent()) {
            return found.get().uuid();
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.put("naam", naam);
        body.put("soortActor", Wire.of(soort));
        body.put("indicatieActief", true);
        return actoren.create(body, REGISTER).uuid();
    }

    private @Nullable String check(UUID uuid, SoortActor soort) {
        try {
            ActorResponse found = actoren.get(uuid, ExpandTree.NONE, REGISTER);
            return found.soortActor().equals(Wire.of(soort))
                    ? null
                    : "Actor " + uuid + " is a " + found.soortActor() + ", not a " + Wire.of(soort);
        } catch (ApiException notFound) {
            return "No actor " + uuid;
        }
    }

    /** The actor the account registers its work as, identified by the gebruikersnaam in the werkplek. */
    private UUID newActor(String gebruikersnaam, String naam) {
        return actoren.create(WerkplekMedewerker.body(MedewerkerAccounts.normalise(gebruikersnaam), naam), REGISTER)
                .uuid();
    }
}
