package nl.kcc.klantinteracties.api.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kcc.klantinteracties.api.json.Violations;
import org.junit.jupiter.api.Test;

class ExpandTreeTest {

    private static final List<String> OFFERED =
            List.of("hadBetrokkenen", "hadBetrokkenen.wasPartij", "leiddeTotInterneTaken", "omvatteBijlagen");

    @Test
    void aDottedPathIncludesItsParents() {
        var violations = new Violations();

        var tree = ExpandTree.parse(List.of("hadBetrokkenen.wasPartij"), OFFERED, violations);

        assertThat(violations.isEmpty()).isTrue();
        assertThat(tree.names()).containsExactly("hadBetrokkenen");
        assertThat(tree.child("hadBetrokkenen").names()).containsExactly("wasPartij");
        assertThat(tree.child("hadBetrokkenen").child("wasPartij").isEmpty()).isTrue();
    }

    @Test
    void valuesAreCommaSeparatedAndMayBeRepeatedInTheOrderGiven() {
        var violations = new Violations();

        var tree = ExpandTree.parse(
                List.of("omvatteBijlagen, hadBetrokkenen", "leiddeTotInterneTaken,hadBetrokkenen.wasPartij"),
                OFFERED,
                violations);

        assertThat(violations.isEmpty()).isTrue();
        assertThat(tree.names()).containsExactly("omvatteBijlagen", "hadBetrokkenen", "leiddeTotInterneTaken");
        assertThat(tree.child("hadBetrokkenen").includes("wasPartij")).isTrue();
    }

    @Test
    void anEmptyValueOrATrailingCommaAsksForNothing() {
        var violations = new Violations();

        assertThat(ExpandTree.parse(List.of(""), OFFERED, violations).isEmpty()).isTrue();
        assertThat(ExpandTree.parse(List.of("omvatteBijlagen,"), OFFERED, violations)
                        .names())
                .containsExactly("omvatteBijlagen");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void aPathTheEndpointDoesNotOfferIsRefusedWithTheChoices() {
        var violations = new Violations();

        var tree = ExpandTree.parse(List.of("hadBetrokkenen,wasPartij.betrokkenen"), OFFERED, violations);

        assertThat(violations.all()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo("expand");
            assertThat(problem.code()).isEqualTo("invalid_choice");
            assertThat(problem.reason()).contains("wasPartij.betrokkenen", "hadBetrokkenen.wasPartij");
        });
        assertThat(tree.names()).containsExactly("hadBetrokkenen");
    }

    @Test
    void whatWasNotAskedForIsNotIncluded() {
        var tree = ExpandTree.parse(List.of("hadBetrokkenen"), OFFERED, new Violations());

        assertThat(tree.includes("omvatteBijlagen")).isFalse();
        assertThat(tree.child("omvatteBijlagen")).isSameAs(ExpandTree.NONE);
        assertThat(tree.child("hadBetrokkenen").isEmpty()).isTrue();
    }
}
