package nl.kcc.klantinteracties.web.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ManagementinformatieControllerTest {

    @Test
    void aDurationReadsAsAPersonSaysIt() {
        assertThat(ManagementinformatieController.duur(null)).isEqualTo("-");
        assertThat(ManagementinformatieController.duur(Duration.ofSeconds(1))).isEqualTo("1 seconde");
        assertThat(ManagementinformatieController.duur(Duration.ofSeconds(65))).isEqualTo("1 minuut en 5 seconden");
        assertThat(ManagementinformatieController.duur(Duration.ofMinutes(12))).isEqualTo("12 minuten");
    }
}
