package nl.kcc.klantinteracties.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** The werkplek's sessions in PostgreSQL (Spring Session JDBC, tables from Flyway's V20). */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * Two requests of one session at once (a double click) can both add the same attribute; Spring Session's plain
     * INSERT then fails the second with a duplicate key, a 500. The last write wins instead, as it does for an
     * attribute that already existed.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                insert into %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                values (?, ?, ?)
                on conflict (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) do update set ATTRIBUTE_BYTES = excluded.ATTRIBUTE_BYTES""");
    }
}
