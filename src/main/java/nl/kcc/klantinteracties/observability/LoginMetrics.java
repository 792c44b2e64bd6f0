package nl.kcc.klantinteracties.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * {@code klantinteracties.werkplek.logins}: medewerkers' logins (password or OIDC) by outcome. A rise in failures is
 * someone guessing; API tokens are not logins and are counted with the requests.
 */
final class LoginMetrics {

    private final Counter succeeded;
    private final Counter failed;

    LoginMetrics(MeterRegistry registry) {
        this.succeeded = counter(registry, "success");
        this.failed = counter(registry, "failure");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("klantinteracties.werkplek.logins")
                .description("Logins of medewerkers to the werkplek")
                .tag("outcome", outcome)
                .register(registry);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded.increment();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failed.increment();
    }
}
