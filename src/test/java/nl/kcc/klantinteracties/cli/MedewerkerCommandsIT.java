package nl.kcc.klantinteracties.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code medewerkers create|reset|disable|list|demo} as the operator sees them: the result on stdout, the rest on stderr. */
class MedewerkerCommandsIT extends ApiIT {

    @Autowired
    MedewerkerCommands commands;

    @Autowired
    MedewerkerAccounts accounts;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createPrintsOnlyThePasswordAndMakesTheActorWhenNoneIsGiven() {
        String afdeling = api().body(Map.of("naam", "KCC", "soortActor", "organisatorische_eenheid"))
                .post("/actoren")
                .then()
                .statusCode(201)
                .extract()
                .path("uuid");

        assertThat(run("create", "Nicole", "--naam", "Nicole van Dijk", "--afdeling", afdeling, "--vertrouwelijk"))
                .isEqualTo(CommandLine.OK);

        String password = out().strip();
        assertThat(password).matches("[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}");
        var medewerker = accounts.find("nicole").orElseThrow();
        assertThat(medewerker.naam()).isEqualTo("Nicole van Dijk");
        assertThat(medewerker.vertrouwelijk()).isTrue();
        assertThat(medewerker.afdelingen()).hasSize(1);
        api().get("/actoren/" + medewerker.actor())
                .then()
                .statusCode(200)
                .body("soortActor", org.hamcrest.Matchers.equalTo("medewerker"))
                .body("actoridentificator.objectId", org.hamcrest.Matchers.equalTo("nicole"));
        assertThat(jdbc.sql("select password_hash from medewerker_account")
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContain(password);
    }

    @Test
    void createRefusesWhatCannotBeUsed() {
        assertThat(run("create", "piet")).isEqualTo(CommandLine.USAGE);
        assertThat(run("create", "piet", "--naam", "Piet", "--actor", "geen-uuid"))
                .isEqualTo(CommandLine.USAGE);
        assertThat(run(
                        "create",
                        "piet",
                        "--naam",
                        "Piet",
                        "--afdeling",
                        java.util.UUID.randomUUID().toString()))
                .isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("No actor");
        assertThat(run("create", "piet jansen", "--naam", "Piet")).isEqualTo(CommandLine.FAILED);
        assertThat(run("create", "piet", "--naam", "Piet")).isEqualTo(CommandLine.OK);
        assertThat(run("create", "piet", "--naam", "Piet")).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("already exists");
    }

    @Test
    void resetDisableAndList() {
        run("create", "sanne", "--naam", "Sanne de Boer");
        out.reset();

        assertThat(run("disable", "sanne")).isEqualTo(CommandLine.OK);
        assertThat(accounts.find("sanne")).isEmpty();
        assertThat(run("list")).isEqualTo(CommandLine.OK);
        assertThat(out()).startsWith("GEBRUIKERSNAAM").contains("sanne").contains("Sanne de Boer");
        out.reset();

        assertThat(run("reset", "sanne")).isEqualTo(CommandLine.OK);
        assertThat(out().strip()).hasSize(23);
        assertThat(accounts.find("sanne")).isPresent();
        assertThat(run("reset", "niemand")).isEqualTo(CommandLine.FAILED);
        assertThat(run("disable", "niemand")).isEqualTo(CommandLine.FAILED);
    }

    @Test
    void theBeheerderRoleIsGivenAtCreateAndGivenOrTakenLater() {
        assertThat(run("create", "bram", "--naam", "Bram Smit", "--beheerder")).isEqualTo(CommandLine.OK);
        var bram = accounts.find("bram").orElseThrow();
        assertThat(bram.beheerder()).isTrue();
        assertThat(bram.vertrouwelijk()).isFalse();

        assertThat(run("rol", "bram", "--geen-beheerder", "--vertrouwelijk")).isEqualTo(CommandLine.OK);
        bram = accounts.find("bram").orElseThrow();
        assertThat(bram.beheerder()).isFalse();
        assertThat(bram.vertrouwelijk()).isTrue();
        assertThat(run("rol", "bram", "--beheerder")).isEqualTo(CommandLine.OK);
        assertThat(accounts.find("bram").orElseThrow().beheerder()).isTrue();
        assertThat(accounts.find("bram").orElseThrow().vertrouwelijk()).isTrue();
        assertThat(err()).contains("vertrouwelijk beheerder");

        assertThat(run("list")).isEqualTo(CommandLine.OK);
        assertThat(out()).contains("BEHEERDER");
        assertThat(run("rol", "bram", "--baas")).isEqualTo(CommandLine.USAGE);
        assertThat(run("rol", "niemand", "--beheerder")).isEqualTo(CommandLine.FAILED);
    }

    @Test
    void demoMakesTheDocumentedAccountsOnce() {
        assertThat(run("demo")).isEqualTo(CommandLine.OK);
        assertThat(out()).contains("kcc demo-kcc").contains("vergunningen demo-vergunningen");
        assertThat(accounts.find("teamleider").orElseThrow().vertrouwelijk()).isTrue();
        assertThat(run("demo")).isEqualTo(CommandLine.FAILED);
    }

    private int run(String... args) {
        return commands.run(
                args,
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
