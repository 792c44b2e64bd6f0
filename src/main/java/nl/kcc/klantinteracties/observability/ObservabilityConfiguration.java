package nl.kcc.klantinteracties.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerMapping;

@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    AccessLogFilter accessLogFilter(
            ObservabilityProperties properties,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> mappings,
            MeterRegistry registry) {
        return new AccessLogFilter(
                properties.accessLog(), new AccessLogFilter.UriTemplates(mappings), new ApiMetrics(registry));
    }

    @Bean
    CallerCapture callerCapture() {
        return new CallerCapture();
    }

    @Bean
    LoginMetrics loginMetrics(MeterRegistry registry) {
        return new LoginMetrics(registry);
    }
}
