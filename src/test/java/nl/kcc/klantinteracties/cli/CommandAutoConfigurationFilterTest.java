package nl.kcc.klantinteracties.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CommandAutoConfigurationFilterTest {

    private static final String[] CANDIDATES = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        null
    };

    @Test
    void aCommandGetsTheDatabaseButNothingThatServesRequests() {
        var filter = new CommandAutoConfigurationFilter();
        filter.setEnvironment(new MockEnvironment().withProperty("klantinteracties.command", "tokens"));

        assertThat(filter.match(CANDIDATES, null)).containsExactly(true, true, false, false, false, true);
    }

    @Test
    void theRegisterGetsEverything() {
        var filter = new CommandAutoConfigurationFilter();
        filter.setEnvironment(new MockEnvironment());

        assertThat(filter.match(CANDIDATES, null)).containsExactly(true, true, true, true, true, true);
    }
}
