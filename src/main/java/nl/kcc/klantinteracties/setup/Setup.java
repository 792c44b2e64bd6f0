package nl.kcc.klantinteracties.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.actor.OrganisatorischeEenheid;
import nl.kcc.klantinteracties.actor.WerkplekMedewerker;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Urls;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import nl.kcc.klantinteracties.notificatie.KanaalRegistration;
import nl.kcc.klantinteracties.notificatie.NotificatieSettings;
import nl.kcc.klantinteracties.partij.CategorieResource;
import nl.kcc.klantinteracties.partij.CategorieResponse;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a setup file: makes what it lists and is missing, brings up to date what differs, revokes the tokens and
 * disables the accounts it made before and no longer lists, and leaves everything else alone. All of it happens in one
 * transaction, so that a file with a wrong entry changes nothing, and under a lock, so that instances starting together
 * apply it one after the other (the second finds nothing to do).
 */
@Service
public class Setup {

    private static final ApiContext REGISTER = ApiContext.internal(Urls.at("http://localhost"));

    private final ApiTokens tokens;
    private final MedewerkerAccounts accounts;
    private final ActorResource actoren;
    private final CategorieResource categorieen;
    private final KanaalRegistration kanalen;
    private final NotificatieSettings notificaties;
    private final JdbcClient jdbc;

    Setup(
            ApiTokens tokens,
            MedewerkerAccounts accounts,
            ActorResource actoren,
            CategorieResource categorieen,
            KanaalRegistration kanalen,
            NotificatieSettings notificaties,
            JdbcClient jdbc) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.actoren = actoren;
        this.categorieen = categorieen;
        this.kanalen = kanalen;
        this.notificaties = notificaties;
        this.jdbc = jdbc;
    }

    /**
     * What applying did, one line per entry of the file ({@code token kiss: made}) and per object it revoked or
     * disabled; {@code warnings} are entries it could not apply and skipped, such as a token whose key was revoked.
     */
    public record Report(List<String> lines, List<String> warnings) {

        /** The lines that are not "unchanged". */
        public List<String> changes() {
            return lines.stream()
                    .filter(line -> !line.endsWith(": unchanged") && !line.endsWith(": existed"))
                    .toList();
        }

        public Report and(Report more) {
            var allLines = new ArrayList<>(lines);
            allLines.addAll(more.lines());
            var allWarnings = new ArrayList<>(warnings);
            allWarnings.addAll(more.warnings());
            return new Report(List.copyOf(allLines), List.copyOf(allWarnings));
        }
    }

    /**
     * Applies what the file lists in the register, in one transaction; {@code file} names it in what goes wrong. The
     * kanalen, when the file asks for them, are the caller's next step ({@link #registerKanalen}), outside it.
     */
    @Transactional
    public Report apply(Path file, SetupFile setup) {
        if (setup.kanalen() && !notificaties.notificatiesApi()) {
            throw new SetupException(
                    file,
                    List.of("notificaties.kanalen: no Notificaties API is configured (NOTIFICATIES_API_URL); configure"
                            + " one, or leave kanalen out"));
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('klantinteracties-setup'))")
                .query((rs, row) -> row)
                .list();
        var run = new Run();
        var eenheden = new HashMap<String, UUID>();
        eenheden(setup.afdelingen(), "afdelingen", OrganisatorischeEenheid.Soort.AFDELING, eenheden, run);
        eenheden(setup.groepen(), "groepen", OrganisatorischeEenheid.Soort.GROEP, eenheden, run);
        medewerkers(setup.medewerkers(), eenheden, run);
        categorieen(setup.categorieen(), run);
        tokens(setup.tokens(), run);
        if (!run.problems.isEmpty()) {
            throw new SetupException(file, run.problems);
        }
        return new Report(List.copyOf(run.lines), List.copyOf(run.warnings));
    }

    /**
     * Registers the kanalen the Notificaties API does not know yet. Outside the transaction, and never fatal: a
     * Notificaties API that is away at the start must not stop the register, whose outbox keeps the notifications
     * until it answers; the next start, or {@code notificaties kanalen}, registers them.
     */
    public Report registerKanalen() {
        try {
            return new Report(
                    kanalen.register().stream()
                            .map(result -> "kanaal " + result.kanaal() + ": "
                                    + result.outcome().name().toLowerCase(Locale.ROOT))
                            .toList(),
                    List.of());
        } catch (IOException | IllegalStateException e) {
            return new Report(
                    List.of(), List.of("notificaties.kanalen: could not register the kanalen: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Report(List.of(), List.of("notificaties.kanalen: interrupted while registering the kanalen"));
        }
    }

    private static final class Run {
        final List<String> lines = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
    }

    private void eenheden(
            List<SetupFile.Eenheid> entries,
            String path,
            OrganisatorischeEenheid.Soort soort,
            Map<String, UUID> found,
            Run run) {
        String wat = soort.name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            try {
                var existing = actor(OrganisatorischeEenheid.filter(soort, entry.identificatie()));
                UUID uuid;
                if (existing.isEmpty()) {
                    uuid = actoren.create(
                                    OrganisatorischeEenheid.body(
                                            entry.naam(), soort, entry.identificatie(), entry.indicatieActief()),
                                    REGISTER)
                            .uuid();
                    run.lines.add(wat + " " + entry.naam() + ": made");
                } else {
                    uuid = existing.get().uuid();
                    run.lines.add(wat + " " + entry.naam() + ": "
                            + bringUpToDate(existing.get(), entry.naam(), entry.indicatieActief()));
                }
                found.put(entry.identificatie(), uuid);
                found.putIfAbsent(entry.naam(), uuid);
            } catch (ApiException e) {
                run.problems.add(path + "[" + i + "]: " + refusal(e));
            }
        }
    }

    private void medewerkers(List<SetupFile.MedewerkerEntry> entries, Map<String, UUID> eenheden, Run run) {
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            String gebruikersnaam = MedewerkerAccounts.normalise(entry.gebruikersnaam());
            try {
                var account = accounts.info(gebruikersnaam);
                Optional<ActorResponse> actor = account.isPresent()
                        ? Optional.of(actoren.get(account.get().actor(), ExpandTree.NONE, REGISTER))
                        : actor(WerkplekMedewerker.filter(gebruikersnaam));
                UUID uuid;
                String actorDone;
                if (actor.isEmpty()) {
                    ObjectNode body = WerkplekMedewerker.body(gebruikersnaam, entry.naam());
                    body.put("indicatieActief", entry.indicatieActief());
                    uuid = actoren.create(body, REGISTER).uuid();
                    actorDone = "made";
                } else {
                    uuid = actor.get().uuid();
                    actorDone = bringUpToDate(actor.get(), entry.naam(), entry.indicatieActief());
                }
                var medewerker = new Medewerker(
                        gebruikersnaam,
                        entry.naam(),
                        uuid,
                        entry.afdelingen().stream()
                                .map(eenheden::get)
                                .distinct()
                                .toList(),
                        entry.vertrouwelijk(),
                        entry.beheerder());
                var done = accounts.provision(medewerker, entry.wachtwoordHash(), entry.indicatieActief());
                boolean unchanged = done == MedewerkerAccounts.Provisioning.UNCHANGED && actorDone.equals("unchanged");
                run.lines.add("medewerker " + gebruikersnaam + ": "
                        + (unchanged
                                ? "unchanged"
                                : done == MedewerkerAccounts.Provisioning.MADE ? "made" : "changed"));
            } catch (ApiException e) {
                run.problems.add("medewerkers[" + i + "]: " + refusal(e));
            } catch (IllegalArgumentException e) {
                run.problems.add("medewerkers[" + i + "]: " + e.getMessage());
            }
        }
        var listed =
                entries.stream().map(SetupFile.MedewerkerEntry::gebruikersnaam).toList();
        accounts.disableProvisionedExcept(listed)
                .forEach(gebruikersnaam ->
                        run.lines.add("medewerker " + gebruikersnaam + ": disabled, as the file no longer lists it"));
    }

    private void categorieen(List<String> namen, Run run) {
        var existing = new LinkedHashMap<String, UUID>();
        for (int page = 1; ; page++) {
            var found = categorieen.list(
                    QueryParameters.forList(
                            Map.of("page", new String[] {String.valueOf(page)}, "pageSize", new String[] {"500"}),
                            categorieen.description().filters(),
                            List.of()),
                    REGISTER);
            found.items().forEach(categorie -> existing.putIfAbsent(categorie.naam(), categorie.uuid()));
            if ((long) page * 500 >= found.count()) {
                break;
            }
        }
        for (int i = 0; i < namen.size(); i++) {
            String naam = namen.get(i);
            if (existing.containsKey(naam)) {
                run.lines.add("categorie " + naam + ": unchanged");
                continue;
            }
            try {
                var body = JsonNodeFactory.instance.objectNode();
                body.put("naam", naam);
                CategorieResponse made = categorieen.create(body, REGISTER);
                existing.put(naam, made.uuid());
                run.lines.add("categorie " + naam + ": made");
            } catch (ApiException e) {
                run.problems.add("categorieen[" + i + "]: " + refusal(e));
            }
        }
    }

    private void tokens(List<SetupFile.Token> entries, Run run) {
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            try {
                var done = tokens.provision(
                        entry.name(),
                        entry.keyHash(),
                        entry.scopes(),
                        entry.expires() == null ? null : ApiTokens.through(entry.expires()));
                if (done == ApiTokens.Provisioning.KEY_REVOKED) {
                    run.warnings.add("tokens[" + i + "] (" + entry.name() + "): its key was revoked in the register,"
                            + " and a revoked key does not come back; give the application a new key in the file");
                    run.lines.add("token " + entry.name() + ": skipped, its key was revoked");
                } else {
                    run.lines.add("token " + entry.name() + ": " + done.name().toLowerCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                run.problems.add("tokens[" + i + "] (" + entry.name() + "): " + e.getMessage());
            }
        }
        tokens.revokeProvisionedExcept(
                        entries.stream().map(SetupFile.Token::name).toList())
                .forEach(name -> run.lines.add("token " + name + ": revoked, as the file no longer lists it"));
    }

    /** The actor with this identificator, if there is one; the oldest when several were made by hand. */
    private Optional<ActorResponse> actor(Map<String, String[]> identificator) {
        var query = QueryParameters.forList(identificator, actoren.description().filters(), List.of());
        return actoren.list(query, REGISTER).items().stream().findFirst();
    }

    private String bringUpToDate(ActorResponse actor, String naam, boolean indicatieActief) {
        if (actor.naam().equals(naam) && actor.indicatieActief() == indicatieActief) {
            return "unchanged";
        }
        var body = JsonNodeFactory.instance.objectNode();
        body.put("naam", naam);
        body.put("indicatieActief", indicatieActief);
        actoren.update(actor.uuid(), body, WriteMode.PATCH, REGISTER);
        return "changed";
    }

    private static String refusal(ApiException e) {
        if (e.invalidParams().isEmpty()) {
            return e.detail();
        }
        return e.invalidParams().stream()
                .map(param -> param.name() + ": " + param.reason())
                .collect(Collectors.joining("; "));
    }
}
