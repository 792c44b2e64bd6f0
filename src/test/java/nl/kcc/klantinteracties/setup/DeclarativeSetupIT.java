package nl.kcc.klantinteracties.setup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.web.BrowserIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A platform team provisions the register from a file in its GitOps repository: the applications' tokens, the
 * afdelingen and groepen, the medewerkers and the categorieën. Applying the file again changes nothing, a changed file
 * changes only what changed, and a file with a wrong entry changes nothing at all.
 */
class DeclarativeSetupIT extends BrowserIT {

    private static final String KISS_KEY = "k1ss0123456789abcdef0123456789abcdef0123";
    private static final String KISS_NEW_KEY = "k1ss-rotated-456789abcdef0123456789abcdef";
    private static final String FORMULIEREN_KEY = "0f0f0123456789abcdef0123456789abcdef0f0f";
    private static final String BI_KEY = "b1b10123456789abcdef0123456789abcdef0b1b";

    @Autowired
    Setup setup;

    @Autowired
    ApiTokens tokens;

    @TempDir
    Path directory;

    private final Map<String, String> environment = new java.util.HashMap<>(Map.of("KISS_KEY", KISS_KEY));

    @BeforeEach
    void withoutProvisionedTokens() {
        jdbc.sql("delete from api_token where provisioned or name in ('kiss', 'zac')")
                .update();
    }

    @Test
    void aFileMakesWhatItListsAndApplyingItAgainChangesNothing() throws Exception {
        Path file = file(first());

        var report = apply(file);

        assertThat(report.lines())
                .containsExactly(
                        "afdeling KCC: made",
                        "afdeling Vergunningen: made",
                        "groep Terugbellen: made",
                        "medewerker nicole: made",
                        "medewerker petra: made",
                        "categorie Ondernemer: made",
                        "categorie Inwoner: made",
                        "token kiss: made",
                        "token openformulieren: made",
                        "token bi: made");
        assertThat(report.warnings()).isEmpty();

        // The tokens work over HTTP, for what their scopes allow.
        api(KISS_KEY).get("/klantcontacten").then().statusCode(200);
        api(FORMULIEREN_KEY).get("/klantcontacten").then().statusCode(200);
        api(BI_KEY).get("/klantcontacten").then().statusCode(200);
        api(BI_KEY)
                .body(Map.of("naam", "Balie", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .then()
                .statusCode(403);

        // Clients find the afdeling by the identificator KISS uses for one.
        api().queryParam("actoridentificatorCodeObjecttype", "afd")
                .queryParam("actoridentificatorObjectId", "kcc")
                .get("/actoren")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].naam", equalTo("KCC"))
                .body("results[0].soortActor", equalTo("organisatorische_eenheid"))
                .body("results[0].actoridentificator.codeRegister", equalTo("obj"))
                .body("results[0].actoridentificator.codeSoortObjectId", equalTo("idf"));
        api().queryParam("actoridentificatorCodeObjecttype", "grp")
                .get("/actoren")
                .then()
                .body("count", equalTo(1))
                .body("results[0].naam", equalTo("Terugbellen"));
        api().get("/categorieen").then().body("results.naam", org.hamcrest.Matchers.hasItems("Ondernemer", "Inwoner"));

        var nicole = accounts.info("nicole").orElseThrow();
        assertThat(nicole.provisioned()).isTrue();
        assertThat(nicole.vertrouwelijk()).isTrue();
        assertThat(nicole.beheerder()).isFalse();
        assertThat(nicole.afdelingen()).containsExactly(identified("afd", "kcc"), identified("grp", "Terugbellen"));
        api().get("/actoren/" + nicole.actor())
                .then()
                .body("naam", equalTo("Nicole van Dijk"))
                .body("soortActor", equalTo("medewerker"))
                .body("actoridentificator.objectId", equalTo("nicole"));

        long actoren = count("/actoren");
        long categorieen = count("/categorieen");
        var again = apply(file);

        assertThat(again.changes()).isEmpty();
        assertThat(again.lines()).hasSize(report.lines().size());
        assertThat(count("/actoren")).isEqualTo(actoren);
        assertThat(count("/categorieen")).isEqualTo(categorieen);
        assertThat(accounts.info("nicole").orElseThrow().actor()).isEqualTo(nicole.actor());
        api(KISS_KEY).get("/klantcontacten").then().statusCode(200);
    }

    @Test
    void aChangedFileChangesWhatChangedAndRevokesWhatItNoLongerLists() throws Exception {
        apply(file(first()));
        UUID kcc = identified("afd", "kcc");
        environment.put("KISS_KEY", KISS_NEW_KEY);

        var report = apply(file(second()));

        assertThat(report.changes())
                .containsExactlyInAnyOrder(
                        "afdeling Klantcontactcentrum: changed",
                        "medewerker nicole: changed",
                        "medewerker petra: disabled, as the file no longer lists it",
                        "token kiss: changed",
                        "token bi: revoked, as the file no longer lists it");
        // The key of kiss was rotated: the old one stops, the new one works; bi's is revoked.
        api(KISS_KEY).get("/klantcontacten").then().statusCode(401);
        api(KISS_NEW_KEY).get("/klantcontacten").then().statusCode(200);
        api(BI_KEY).get("/klantcontacten").then().statusCode(401);
        api(FORMULIEREN_KEY).get("/klantcontacten").then().statusCode(200);
        // The afdeling kept its uuid, so that the tasks assigned to it stay where they are.
        assertThat(identified("afd", "kcc")).isEqualTo(kcc);
        api().get("/actoren/" + kcc).then().body("naam", equalTo("Klantcontactcentrum"));
        var nicole = accounts.info("nicole").orElseThrow();
        assertThat(nicole.vertrouwelijk()).isFalse();
        assertThat(nicole.afdelingen()).containsExactly(kcc);
        assertThat(accounts.info("petra").orElseThrow().disabledAt()).isNotNull();
    }

    @Test
    void aWrongFileNamesEveryWrongEntryAndChangesNothing() throws Exception {
        Path file = file("""
                tokens:
                  - name: kiss
                    scope: [klantinteracties:lezen]
                    keyEnv: KISS_KEY
                  - name: bi
                    scopes: [klantinteracties:lezen, rapporten:lezen]
                    keySha256: abc
                  - name: bi
                    keyEnv: NOT_SET
                  - name: formulieren
                    keyEnv: KISS_KEY
                    keySha256: %s
                afdelingen:
                  - naam: KCC
                medewerkers:
                  - gebruikersnaam: nicole
                    naam: Nicole van Dijk
                    afdelingen: [KCC, Burgerzaken]
                    rollen: [teamleider]
                    wachtwoordHash: geheim
                """.formatted(sha256(BI_KEY)));
        long actoren = count("/actoren");

        assertThatThrownBy(() -> apply(file))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        "tokens[0].scope: unknown key (known: name, scopes, expires, keyFile, keyEnv,"
                                                + " keySha256)",
                                        "tokens[1].scopes[1]: unknown scope 'rapporten:lezen' (known: "
                                                + String.join(
                                                        ", ",
                                                        java.util.Arrays.stream(Scope.values())
                                                                .map(Scope::value)
                                                                .toList())
                                                + ")",
                                        "tokens[1].keySha256: give the SHA-256 of the key as 64 hexadecimal characters, as"
                                                + " printf %s \"$KEY\" | sha256sum prints it",
                                        "tokens[2].keyEnv: the environment variable NOT_SET is not set",
                                        "tokens[3]: give the key in exactly one of keyFile, keyEnv and keySha256 (this one"
                                                + " has keyEnv and keySha256)",
                                        "tokens[2].name: 'bi' is in the file twice",
                                        "medewerkers[0].rollen[0]: unknown rol 'teamleider' (known: vertrouwelijk,"
                                                + " beheerder)",
                                        "medewerkers[0].wachtwoordHash: not a bcrypt hash ($2b$12$ followed by 53 characters,"
                                                + " as htpasswd -nbBC 12 or Spring's BCryptPasswordEncoder make it)",
                                        "medewerkers[0].afdelingen[1]: 'Burgerzaken' is no afdeling or groep of this file"));

        assertThat(count("/actoren")).isEqualTo(actoren);
        assertThat(accounts.info("nicole")).isEmpty();
        api(KISS_KEY).get("/klantcontacten").then().statusCode(401);
    }

    @Test
    void aConflictWithTheRegisterUndoesTheWholeFile() throws Exception {
        tokens.createWithKey("zac", "2ac20123456789abcdef0123456789abcdef2ac2", Scope.DEFAULT, null);
        Path file = file("""
                afdelingen:
                  - naam: KCC
                tokens:
                  - name: kiss
                    keyEnv: KISS_KEY
                  - name: zac
                    keySha256: %s
                """.formatted(sha256(BI_KEY)));
        long actoren = count("/actoren");

        assertThatThrownBy(() -> apply(file))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "tokens[1] (zac): an active token of this name was made with the command line"
                                                + " or in beheer, with another key; revoke that one, or give the file's token another"
                                                + " name"));

        assertThat(count("/actoren")).isEqualTo(actoren);
        api(KISS_KEY).get("/klantcontacten").then().statusCode(401);
        api(BI_KEY).get("/klantcontacten").then().statusCode(401);
        api("2ac20123456789abcdef0123456789abcdef2ac2")
                .get("/klantcontacten")
                .then()
                .statusCode(200);
    }

    @Test
    void kanalenWithoutANotificatiesApiIsAWrongFile() throws Exception {
        Path file = file("""
                tokens:
                  - name: kiss
                    keyEnv: KISS_KEY
                notificaties:
                  kanalen: true
                """);

        assertThatThrownBy(() -> apply(file))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("notificaties.kanalen: no Notificaties API is configured"
                                        + " (NOTIFICATIES_API_URL); configure one, or leave kanalen out"));
        api(KISS_KEY).get("/klantcontacten").then().statusCode(401);
    }

    @Test
    void aRevokedKeyDoesNotComeBackAtTheNextStart() throws Exception {
        Path file = file("""
                tokens:
                  - name: kiss
                    keyEnv: KISS_KEY
                """);
        apply(file);
        // A beheerder revokes the token because its key leaked; the file still names that key.
        assertThat(tokens.revoke("kiss")).isTrue();

        var report = apply(file);

        assertThat(report.lines()).containsExactly("token kiss: skipped, its key was revoked");
        assertThat(report.warnings())
                .singleElement()
                .asString()
                .contains("kiss")
                .contains("new key");
        api(KISS_KEY).get("/klantcontacten").then().statusCode(401);
    }

    @Test
    void beheerShowsWhatTheFileProvisionedAsTheFiles() throws Exception {
        String wachtwoord = "een-lang-wachtwoord-voor-bea";
        Path file = file("""
                afdelingen:
                  - naam: KCC
                medewerkers:
                  - gebruikersnaam: bea
                    naam: Bea Beheer
                    afdelingen: [KCC]
                    rollen: [beheerder]
                    wachtwoordHash: "%s"
                tokens:
                  - name: kiss
                    keyEnv: KISS_KEY
                """.formatted(new BCryptPasswordEncoder().encode(wachtwoord)));
        apply(file);

        login("bea", wachtwoord);
        page.navigate(werkplek("/beheer/applicaties"));
        var kiss = page.locator("tbody tr", new Page.LocatorOptions().setHasText("kiss"));
        assertThat(kiss).containsText("uit het setup-bestand");
        kiss.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("kiss"))
                .click();
        assertThat(page.getByText("Deze token komt uit het setup-bestand")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token intrekken")))
                .isVisible();

        page.navigate(werkplek("/beheer/medewerkers/bea"));
        assertThat(page.locator("dl.facts").first()).containsText("Actief, uit het setup-bestand");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Uit het setup-bestand")))
                .containsText("KCC");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollen opslaan")))
                .hasCount(0);
        screen("beheer-setup-bestand");
    }

    private String first() throws Exception {
        Files.writeString(directory.resolve("formulieren.key"), FORMULIEREN_KEY + "\n");
        return """
                # The register of the municipality, as its platform team keeps it.
                tokens:
                  - name: kiss
                    scopes: [klantinteracties:lezen, klantinteracties:schrijven, klantinteracties:vertrouwelijk]
                    expires: 2099-12-31
                    keyEnv: KISS_KEY
                  - name: openformulieren
                    keyFile: formulieren.key
                  - name: bi
                    scopes: [klantinteracties:lezen]
                    keySha256: %s
                afdelingen:
                  - naam: KCC
                    identificatie: kcc
                  - naam: Vergunningen
                groepen:
                  - naam: Terugbellen
                medewerkers:
                  - gebruikersnaam: nicole
                    naam: Nicole van Dijk
                    afdelingen: [kcc, Terugbellen]
                    rollen: [vertrouwelijk]
                  - gebruikersnaam: petra
                    naam: Petra Willems
                    afdelingen: [Vergunningen]
                categorieen: [Ondernemer, Inwoner]
                """.formatted(sha256(BI_KEY));
    }

    private String second() {
        return """
                tokens:
                  - name: kiss
                    scopes: [klantinteracties:lezen, klantinteracties:schrijven, klantinteracties:vertrouwelijk]
                    expires: 2099-12-31
                    keyEnv: KISS_KEY
                  - name: openformulieren
                    keyFile: formulieren.key
                afdelingen:
                  - naam: Klantcontactcentrum
                    identificatie: kcc
                  - naam: Vergunningen
                groepen:
                  - naam: Terugbellen
                medewerkers:
                  - gebruikersnaam: nicole
                    naam: Nicole van Dijk
                    afdelingen: [kcc]
                categorieen: [Ondernemer, Inwoner]
                """;
    }

    private Setup.Report apply(Path file) {
        return setup.apply(file, SetupFile.read(file, environment::get));
    }

    private Path file(String text) throws Exception {
        Path file = directory.resolve("setup-" + UUID.randomUUID() + ".yaml");
        Files.writeString(file, text);
        return file;
    }

    private UUID identified(String codeObjecttype, String objectId) {
        return UUID.fromString(api().queryParam("actoridentificatorCodeObjecttype", codeObjecttype)
                .queryParam("actoridentificatorObjectId", objectId)
                .get("/actoren")
                .then()
                .body("count", equalTo(1))
                .extract()
                .path("results[0].uuid"));
    }

    private long count(String path) {
        return api().get(path).then().statusCode(200).extract().<Integer>path("count");
    }

    private static String sha256(String key) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes()));
    }
}
