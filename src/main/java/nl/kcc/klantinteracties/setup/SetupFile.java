package nl.kcc.klantinteracties.setup;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import nl.kcc.klantinteracties.security.Scope;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A setup file as read and checked, before anything of it is applied. Reading collects every problem, each named by
 * its place in the file ({@code tokens[1].scopes[0]}), so that an operator corrects them in one go; a key the file
 * names is read here, so that only its hash travels further.
 *
 * @param kanalen whether to register the kanalen at the Notificaties API ({@code notificaties: {kanalen: true}})
 */
public record SetupFile(
        List<Token> tokens,
        List<Eenheid> afdelingen,
        List<Eenheid> groepen,
        List<MedewerkerEntry> medewerkers,
        List<String> categorieen,
        boolean kanalen) {

    /**
     * An application's token.
     *
     * @param expires the last day it works, or null for never
     * @param keyHash the SHA-256 of its key
     */
    public record Token(
            String name, Set<Scope> scopes, @Nullable LocalDate expires, byte[] keyHash) {}

    /**
     * An afdeling or groep: an actor of soort organisatorische eenheid, identified the way KISS identifies it.
     *
     * @param identificatie the actoridentificator's objectId; the naam when the file gives none
     */
    public record Eenheid(String naam, String identificatie, boolean indicatieActief) {}

    /**
     * A werkplek account and the medewerker actor it acts as.
     *
     * @param afdelingen the identificaties (or namen) of the afdelingen and groepen of this file it works for
     * @param wachtwoordHash a bcrypt hash, or null: the password is then left as it is
     */
    public record MedewerkerEntry(
            String gebruikersnaam,
            String naam,
            List<String> afdelingen,
            boolean vertrouwelijk,
            boolean beheerder,
            @Nullable String wachtwoordHash,
            boolean indicatieActief) {}

    private static final List<String> TOP =
            List.of("tokens", "afdelingen", "groepen", "medewerkers", "categorieen", "notificaties");
    private static final List<String> NOTIFICATIES = List.of("kanalen");
    private static final List<String> TOKEN = List.of("name", "scopes", "expires", "keyFile", "keyEnv", "keySha256");
    private static final List<String> EENHEID = List.of("naam", "identificatie", "indicatieActief");
    private static final List<String> MEDEWERKER =
            List.of("gebruikersnaam", "naam", "afdelingen", "rollen", "wachtwoordHash", "indicatieActief");
    private static final List<String> ROLLEN = List.of("vertrouwelijk", "beheerder");

    /** Reads the file; keys named by {@code keyEnv} are looked up with {@code environment}. */
    public static SetupFile read(Path file, Function<String, String> environment) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new SetupException(file, List.of("cannot be read: " + e.getMessage()));
        } catch (YAMLException e) {
            throw new SetupException(
                    file,
                    List.of("is not YAML: " + String.valueOf(e.getMessage()).replace('\n', ' ')));
        }
        // An absolute path to a file has a parent.
        var parser = new Parser(Objects.requireNonNull(file.toAbsolutePath().getParent()), environment);
        SetupFile setup = parser.setup(root == null ? Map.of() : root);
        if (!parser.problems.isEmpty()) {
            throw new SetupException(file, parser.problems);
        }
        return setup;
    }

    // The parser hands back what it could read while it collects the problems, nulls included; read() refuses a file
    // with any problem, so no value it left null reaches the records' users.
    @SuppressWarnings("NullAway")
    private static final class Parser {

        private final Path directory;
        private final Function<String, String> environment;
        private final List<String> problems = new ArrayList<>();

        Parser(Path directory, Function<String, String> environment) {
            this.directory = directory;
            this.environment = environment;
        }

        SetupFile setup(Object root) {
            var map = map(root, "the file", TOP);
            var tokens = new ArrayList<Token>();
            var afdelingen = new ArrayList<Eenheid>();
            var groepen = new ArrayList<Eenheid>();
            var medewerkers = new ArrayList<MedewerkerEntry>();
            var categorieen = new ArrayList<String>();
            list(map.get("tokens"), "tokens", (entry, path) -> tokens.add(token(entry, path)));
            list(map.get("afdelingen"), "afdelingen", (entry, path) -> afdelingen.add(eenheid(entry, path)));
            list(map.get("groepen"), "groepen", (entry, path) -> groepen.add(eenheid(entry, path)));
            list(map.get("medewerkers"), "medewerkers", (entry, path) -> medewerkers.add(medewerker(entry, path)));
            list(map.get("categorieen"), "categorieen", (entry, path) -> {
                String naam = text(entry, path, 80);
                if (naam != null) {
                    categorieen.add(naam);
                }
            });
            unique(tokens.stream().map(Token::name).toList(), "tokens", "name");
            var eenheden = new ArrayList<>(afdelingen);
            eenheden.addAll(groepen);
            unique(afdelingen.stream().map(Eenheid::identificatie).toList(), "afdelingen", "identificatie");
            unique(groepen.stream().map(Eenheid::identificatie).toList(), "groepen", "identificatie");
            unique(
                    medewerkers.stream()
                            .map(m -> m.gebruikersnaam() == null
                                    ? null
                                    : MedewerkerAccounts.normalise(m.gebruikersnaam()))
                            .toList(),
                    "medewerkers",
                    "gebruikersnaam");
            unique(categorieen, "categorieen", null);
            var known = new HashSet<String>();
            eenheden.forEach(eenheid -> {
                known.add(eenheid.identificatie());
                known.add(eenheid.naam());
            });
            for (int i = 0; i < medewerkers.size(); i++) {
                var afdelingenVan = medewerkers.get(i).afdelingen();
                for (int j = 0; j < afdelingenVan.size(); j++) {
                    if (!known.contains(afdelingenVan.get(j))) {
                        problems.add("medewerkers[" + i + "].afdelingen[" + j + "]: '" + afdelingenVan.get(j)
                                + "' is no afdeling or groep of this file");
                    }
                }
            }
            boolean kanalen = false;
            if (map.containsKey("notificaties")) {
                kanalen = bool(
                        map(map.get("notificaties"), "notificaties", NOTIFICATIES), "kanalen", "notificaties", false);
            }
            return new SetupFile(tokens, afdelingen, groepen, medewerkers, categorieen, kanalen);
        }

        private Token token(Object entry, String path) {
            var map = map(entry, path, TOKEN);
            String name = required(map, "name", path, 200);
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            if (map.containsKey("scopes")) {
                list(map.get("scopes"), path + ".scopes", (value, at) -> {
                    String text = text(value, at, 100);
                    if (text != null) {
                        Scope.parse(text)
                                .ifPresentOrElse(
                                        scopes::add,
                                        () -> problems.add(at + ": unknown scope '" + text + "' (known: "
                                                + String.join(
                                                        ", ",
                                                        EnumSet.allOf(Scope.class).stream()
                                                                .map(Scope::value)
                                                                .toList())
                                                + ")"));
                    }
                });
                if (scopes.isEmpty() && problems.stream().noneMatch(p -> p.startsWith(path + ".scopes"))) {
                    problems.add(path + ".scopes: a token needs at least one scope");
                }
            } else {
                scopes.addAll(Scope.DEFAULT);
            }
            LocalDate expires = date(map.get("expires"), path + ".expires");
            byte[] keyHash = keyHash(map, path);
            return new Token(name, Set.copyOf(scopes), expires, keyHash);
        }

        private byte[] keyHash(Map<String, Object> map, String path) {
            var sources = new ArrayList<>(List.of("keyFile", "keyEnv", "keySha256"));
            sources.removeIf(source -> !map.containsKey(source));
            if (sources.size() != 1) {
                problems.add(path + ": give the key in exactly one of keyFile, keyEnv and keySha256"
                        + (sources.isEmpty() ? "" : " (this one has " + String.join(" and ", sources) + ")"));
                return null;
            }
            String source = sources.getFirst();
            String value = text(map.get(source), path + "." + source, 1000);
            if (value == null) {
                return null;
            }
            if (source.equals("keySha256")) {
                if (!value.matches("[0-9a-fA-F]{64}")) {
                    problems.add(path + ".keySha256: give the SHA-256 of the key as 64 hexadecimal characters, as"
                            + " printf %s \"$KEY\" | sha256sum prints it");
                    return null;
                }
                return HexFormat.of().parseHex(value);
            }
            String key;
            if (source.equals("keyEnv")) {
                key = environment.apply(value);
                if (key == null) {
                    problems.add(path + ".keyEnv: the environment variable " + value + " is not set");
                    return null;
                }
            } else {
                Path keyFile = directory == null ? Path.of(value) : directory.resolve(value);
                try {
                    key = Files.readString(keyFile, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    problems.add(path + ".keyFile: cannot read " + keyFile + ": " + e.getMessage());
                    return null;
                }
            }
            key = key.strip();
            try {
                ApiTokens.requireUsableKey(key);
            } catch (IllegalArgumentException e) {
                problems.add(path + "." + source + ": " + e.getMessage());
                return null;
            }
            return ApiTokens.keyHash(key);
        }

        private Eenheid eenheid(Object entry, String path) {
            var map = map(entry, path, EENHEID);
            String naam = required(map, "naam", path, 200);
            String identificatie = map.containsKey("identificatie")
                    ? text(map.get("identificatie"), path + ".identificatie", 200)
                    : naam;
            return new Eenheid(naam, identificatie, bool(map, "indicatieActief", path, true));
        }

        private MedewerkerEntry medewerker(Object entry, String path) {
            var map = map(entry, path, MEDEWERKER);
            String gebruikersnaam = required(map, "gebruikersnaam", path, 80);
            String naam = required(map, "naam", path, 200);
            var afdelingen = new ArrayList<String>();
            list(map.get("afdelingen"), path + ".afdelingen", (value, at) -> {
                String text = text(value, at, 200);
                if (text != null) {
                    afdelingen.add(text);
                }
            });
            var rollen = new HashSet<String>();
            list(map.get("rollen"), path + ".rollen", (value, at) -> {
                String rol = text(value, at, 100);
                if (rol != null && !ROLLEN.contains(rol)) {
                    problems.add(at + ": unknown rol '" + rol + "' (known: " + String.join(", ", ROLLEN) + ")");
                } else if (rol != null) {
                    rollen.add(rol);
                }
            });
            String hash = null;
            if (map.containsKey("wachtwoordHash")) {
                hash = text(map.get("wachtwoordHash"), path + ".wachtwoordHash", 100);
                if (hash != null) {
                    try {
                        MedewerkerAccounts.storedHash(hash);
                    } catch (IllegalArgumentException e) {
                        problems.add(path + ".wachtwoordHash: " + e.getMessage());
                    }
                }
            }
            return new MedewerkerEntry(
                    gebruikersnaam,
                    naam,
                    List.copyOf(afdelingen),
                    rollen.contains("vertrouwelijk"),
                    rollen.contains("beheerder"),
                    hash,
                    bool(map, "indicatieActief", path, true));
        }

        private Map<String, Object> map(Object value, String path, List<String> keys) {
            if (!(value instanceof Map<?, ?> map)) {
                problems.add(path + ": expected a mapping with the keys " + String.join(", ", keys));
                return Map.of();
            }
            var result = new LinkedHashMap<String, Object>();
            map.forEach((key, entry) -> {
                String name = String.valueOf(key);
                if (!keys.contains(name)) {
                    problems.add((path.equals("the file") ? "" : path + ".") + name + ": unknown key (known: "
                            + String.join(", ", keys) + ")");
                } else {
                    result.put(name, entry);
                }
            });
            return result;
        }

        private interface EntryReader {
            void read(Object entry, String path);
        }

        private void list(Object value, String path, EntryReader reader) {
            if (value == null) {
                return;
            }
            if (!(value instanceof List<?> list)) {
                problems.add(path + ": expected a list");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                reader.read(list.get(i), path + "[" + i + "]");
            }
        }

        private String required(Map<String, Object> map, String key, String path, int maximum) {
            if (!map.containsKey(key)) {
                problems.add(path + "." + key + ": missing");
                return null;
            }
            return text(map.get(key), path + "." + key, maximum);
        }

        private String text(Object value, String path, int maximum) {
            if (!(value instanceof String || value instanceof Number)) {
                problems.add(path + ": expected a text");
                return null;
            }
            String text = String.valueOf(value).strip();
            if (text.isEmpty() || text.length() > maximum) {
                problems.add(path + ": needs 1 to " + maximum + " characters");
                return null;
            }
            return text;
        }

        private boolean bool(Map<String, Object> map, String key, String path, boolean absent) {
            Object value = map.get(key);
            if (value == null) {
                return absent;
            }
            if (!(value instanceof Boolean bool)) {
                problems.add(path + "." + key + ": expected true or false");
                return absent;
            }
            return bool;
        }

        private LocalDate date(Object value, String path) {
            return switch (value) {
                case null -> null;
                // YAML reads an unquoted 2027-12-31 as a timestamp at midnight UTC.
                case Date date -> date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
                case String text -> {
                    try {
                        yield LocalDate.parse(text.strip());
                    } catch (DateTimeParseException e) {
                        problems.add(path + ": expected a date such as 2027-12-31");
                        yield null;
                    }
                }
                default -> {
                    problems.add(path + ": expected a date such as 2027-12-31");
                    yield null;
                }
            };
        }

        private void unique(List<String> values, String path, String key) {
            var seen = new HashSet<String>();
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (value != null && !seen.add(value)) {
                    problems.add(path + "[" + i + "]" + (key == null ? "" : "." + key) + ": '" + value
                            + "' is in the file twice");
                }
            }
        }
    }
}
