package nl.kcc.klantinteracties.database;

import javax.sql.DataSource;
import nl.kcc.klantinteracties.api.problem.Problems;
import nl.kcc.klantinteracties.observability.ObservabilityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gate in front of the pool, the probe that opens and closes it, and the filter that answers 503 meanwhile. */
@Configuration(proxyBeanMethods = false)
class DatabaseAvailabilityConfiguration {

    @Bean
    static DatabaseGate databaseGate() {
        return new DatabaseGate();
    }

    @Bean
    static BeanPostProcessor gatedDataSources(ObjectProvider<DatabaseGate> gate) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof GatedDataSource)
                        ? new GatedDataSource(dataSource, gate.getObject())
                        : bean;
            }
        };
    }

    /**
     * Named "database": the readiness group includes it by that name. Only a register that serves requests probes;
     * an operator's command stops long before a probe would tell it anything.
     */
    @Bean("database")
    @ConditionalOnWebApplication
    DatabaseAvailability databaseAvailability(
            DataSource dataSource, DatabaseGate gate, ObservabilityProperties properties) {
        return new DatabaseAvailability(dataSource, gate, properties);
    }

    @Bean
    @ConditionalOnWebApplication
    DatabaseUnavailableFilter databaseUnavailableFilter(
            DatabaseGate gate, DatabaseAvailability availability, Problems problems) {
        return new DatabaseUnavailableFilter(gate, availability, problems);
    }
}
