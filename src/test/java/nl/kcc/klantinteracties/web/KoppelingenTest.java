package nl.kcc.klantinteracties.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KoppelingenTest {

    @Test
    void anAddressIsAnHttpAddressWithoutItsTrailingSlashOrNothing() {
        assertThat(Koppelingen.url(" https://brp.example/haalcentraal/api/brp// ", "x.url", "voorbeeld"))
                .isEqualTo("https://brp.example/haalcentraal/api/brp");
        assertThat(Koppelingen.url("", "x.url", "voorbeeld")).isEmpty();
        for (String fout : new String[] {"brp.example", "ftp://brp.example", "https:///pad"}) {
            assertThatThrownBy(() -> Koppelingen.url(fout, "klantinteracties.brp.url", "https://brp.gemeente.nl"))
                    .as(fout)
                    .hasMessageStartingWith(
                            "klantinteracties.brp.url must be an http(s) address such as" + " https://brp.gemeente.nl");
        }
    }

    @Test
    void aWaitIsPositive() {
        assertThat(Koppelingen.timeout(Duration.ofSeconds(3), "x")).hasSeconds(3);
        assertThatThrownBy(() -> Koppelingen.timeout(Duration.ZERO, "klantinteracties.brp.timeout"))
                .hasMessage("klantinteracties.brp.timeout must be positive, not PT0S");
    }
}
