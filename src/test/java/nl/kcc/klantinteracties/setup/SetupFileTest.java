package nl.kcc.klantinteracties.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a setup file is read: what it may leave out, and how what is wrong in it is named. */
class SetupFileTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path directory;

    @Test
    void whatAnEntryLeavesOutHasTheDefaultsTheCommandLineHasToo() throws Exception {
        Files.writeString(directory.resolve("kiss.key"), KEY + "\n");
        var setup = read("""
                tokens:
                  - name: kiss
                    keyFile: kiss.key
                  - name: zac
                    expires: 2027-12-31
                    keySha256: "%s"
                  - name: bi
                    expires: "2028-01-31"
                    keyEnv: BI_KEY
                afdelingen:
                  - naam: KCC
                groepen:
                  - naam: Terugbellen
                    identificatie: grp-terugbellen
                    indicatieActief: false
                medewerkers:
                  - gebruikersnaam: Nicole
                    naam: Nicole van Dijk
                """.formatted("ab".repeat(32)));

        var kiss = setup.tokens().get(0);
        assertThat(kiss.scopes()).isEqualTo(Scope.DEFAULT);
        assertThat(kiss.expires()).isNull();
        // The key file's line end is no part of the key.
        assertThat(kiss.keyHash()).isEqualTo(ApiTokens.keyHash(KEY));
        assertThat(setup.tokens().get(1).expires()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(setup.tokens().get(2).expires()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(setup.tokens().get(2).keyHash()).isEqualTo(ApiTokens.keyHash("b".repeat(40)));
        assertThat(setup.afdelingen()).containsExactly(new SetupFile.Eenheid("KCC", "KCC", true));
        assertThat(setup.groepen()).containsExactly(new SetupFile.Eenheid("Terugbellen", "grp-terugbellen", false));
        var nicole = setup.medewerkers().getFirst();
        assertThat(nicole.afdelingen()).isEmpty();
        assertThat(nicole.vertrouwelijk()).isFalse();
        assertThat(nicole.beheerder()).isFalse();
        assertThat(nicole.wachtwoordHash()).isNull();
        assertThat(nicole.indicatieActief()).isTrue();
        assertThat(setup.categorieen()).isEmpty();
    }

    @Test
    void anEmptyFileListsNothing() throws Exception {
        var setup = read("# nothing yet\n");

        assertThat(setup.tokens()).isEmpty();
        assertThat(setup.medewerkers()).isEmpty();
    }

    @Test
    void whatIsNotASetupFileIsNamedAsSuch() {
        assertThatThrownBy(() -> read("tokens: [name: kiss\n"))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith("is not YAML"));
        assertThatThrownBy(() -> read("- kiss\n"))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "the file: expected a mapping with the keys tokens, afdelingen, groepen,"
                                                + " medewerkers, categorieen, notificaties"));
        assertThatThrownBy(() -> read("token:\n  - name: kiss\ncategorieen: Ondernemer\n"))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "token: unknown key (known: tokens, afdelingen, groepen, medewerkers, categorieen,"
                                                + " notificaties)",
                                        "categorieen: expected a list"));
        assertThatThrownBy(() -> SetupFile.read(directory.resolve("missing.yaml"), name -> null))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith("cannot be read"));
    }

    @Test
    void aKeyTooShortToBeSecretOrADateThatIsNoneIsRefused() {
        assertThatThrownBy(() -> read("""
                tokens:
                  - name: kiss
                    keyEnv: SHORT_KEY
                    expires: eind 2027
                  - name: ""
                    keyFile: absent.key
                """))
                .isInstanceOfSatisfying(
                        SetupException.class,
                        e -> assertThat(e.problems())
                                .hasSize(4)
                                .anySatisfy(
                                        problem -> assertThat(problem).startsWith("tokens[0].keyEnv: A key needs 32"))
                                .contains("tokens[0].expires: expected a date such as 2027-12-31")
                                .contains("tokens[1].name: needs 1 to 200 characters")
                                .anySatisfy(
                                        problem -> assertThat(problem).startsWith("tokens[1].keyFile: cannot read")));
    }

    private SetupFile read(String text) throws Exception {
        Path file = directory.resolve("setup.yaml");
        Files.writeString(file, text);
        return SetupFile.read(file, Map.of("BI_KEY", "b".repeat(40), "SHORT_KEY", "kort")::get);
    }
}
