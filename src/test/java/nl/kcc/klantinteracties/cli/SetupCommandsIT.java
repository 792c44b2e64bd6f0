package nl.kcc.klantinteracties.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kcc.klantinteracties.security.ApiTokens;
import nl.kcc.klantinteracties.security.Scope;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code setup apply} as the operator runs it: all of the file or, when one entry cannot be applied, none of it. */
class SetupCommandsIT extends ApiIT {

    private static final String ZAC_KEY = "2ac20123456789abcdef0123456789abcdef2ac2";

    @Autowired
    SetupCommands commands;

    @Autowired
    ApiTokens tokens;

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFileThatCannotBeAppliedWhollyChangesNothing() throws Exception {
        jdbc.sql("delete from api_token where name = 'zac' or provisioned").update();
        tokens.createWithKey("zac", ZAC_KEY, Scope.DEFAULT, null);
        Files.writeString(directory.resolve("zac.key"), "another-key-of-zac-0123456789abcdef0123");
        Path file = directory.resolve("setup.yaml");
        Files.writeString(file, """
                afdelingen:
                  - naam: Vergunningen
                tokens:
                  - name: zac
                    keyFile: zac.key
                """);

        int code = commands.run(new String[] {"apply", file.toString()}, print(out), print(err));

        assertThat(code).isEqualTo(CommandLine.FAILED);
        assertThat(text(err)).contains("nothing of it was applied").contains("tokens[0] (zac)");
        assertThat(text(out)).isEmpty();
        api().queryParam("actoridentificatorObjectId", "Vergunningen")
                .get("/actoren")
                .then()
                .body("count", equalTo(0));
        api(ZAC_KEY).get("/klantcontacten").then().statusCode(200);
    }

    @Test
    void anAppliedFileSaysWhatItMade() throws Exception {
        Path file = directory.resolve("setup.yaml");
        Files.writeString(file, """
                categorieen: [Ondernemer]
                """);

        assertThat(commands.run(new String[] {"apply", file.toString()}, print(out), print(err)))
                .isEqualTo(CommandLine.OK);
        assertThat(text(out)).isEqualTo("categorie Ondernemer: made\n");
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
