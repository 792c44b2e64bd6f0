package nl.kcc.klantinteracties.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code tokens create} as the operator sees it, with a generated key and with an application's existing one. */
class TokenCommandsIT extends ApiIT {

    /** A key as Open Klant generates them: 40 hex characters. */
    private static final String OPEN_KLANT_KEY = "0123456789abcdef0123456789abcdef01234567";

    @Autowired
    TokenCommands commands;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anApplicationKeepsItsOpenKlantKey() {
        jdbc.sql("delete from api_token where name = 'zac'").update();
        int code = run(
                "  " + OPEN_KLANT_KEY + "  \nnext line\n",
                "create",
                "zac",
                "--scope",
                "klantinteracties:lezen",
                "--key-from-stdin",
                "--scope",
                "klantinteracties:vertrouwelijk");

        assertThat(code).isEqualTo(CommandLine.OK);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("zac").doesNotContain(OPEN_KLANT_KEY);
        api(OPEN_KLANT_KEY).get("/klantcontacten").then().statusCode(200);
        anonymous()
                .header("Authorization", "Token " + OPEN_KLANT_KEY)
                .contentType("application/json")
                .body("{}")
                .post("/klantinteracties/api/v1/klantcontacten")
                .then()
                .statusCode(403);
        assertThat(jdbc.sql("select count(*) from api_token where name = 'zac' and key_hash = sha256(?::bytea)")
                        .param(OPEN_KLANT_KEY)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(run("", "list")).isEqualTo(CommandLine.OK);
        assertThat(out())
                .contains("klantinteracties:lezen klantinteracties:vertrouwelijk")
                .doesNotContain(OPEN_KLANT_KEY);
    }

    @Test
    void refusesAKeyThatCannotServe() {
        jdbc.sql("delete from api_token where name like 'kort%'").update();
        assertThat(run("", "create", "kort", "--key-from-stdin")).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("No key on standard input");
        assertThat(run("   \n", "create", "kort", "--key-from-stdin")).isEqualTo(CommandLine.FAILED);
        assertThat(run("abc123\n", "create", "kort", "--key-from-stdin")).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("32 to 200 characters");
        assertThat(run("0123456789abcdef 0123456789abcdef01234567\n", "create", "kort", "--key-from-stdin"))
                .isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("no spaces");
        assertThat(jdbc.sql("select count(*) from api_token where name = 'kort'")
                        .query(Integer.class)
                        .single())
                .isZero();

        // A key that some token has, even a revoked one, stays that token's.
        String key = "fedcba9876543210fedcba9876543210fedcba98";
        assertThat(run(key, "create", "kort-1", "--key-from-stdin")).isEqualTo(CommandLine.OK);
        assertThat(run("", "revoke", "kort-1")).isEqualTo(CommandLine.OK);
        assertThat(run(key, "create", "kort-2", "--key-from-stdin")).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("belongs to another token");
        api(key).get("/klantcontacten").then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void aGeneratedKeyIsPrintedAlone() {
        jdbc.sql("delete from api_token where name = 'kiss'").update();
        assertThat(run(
                        "",
                        "create",
                        "kiss",
                        "--scope",
                        "klantinteracties:lezen",
                        "--scope",
                        "klantinteracties:schrijven"))
                .isEqualTo(CommandLine.OK);
        String key = out().strip();
        assertThat(key).matches("[0-9a-f]{48}");
        api(key).get("/klantcontacten").then().statusCode(200);
    }

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        return commands.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
