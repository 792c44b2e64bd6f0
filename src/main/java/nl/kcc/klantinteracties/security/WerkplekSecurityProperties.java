package nl.kcc.klantinteracties.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How medewerkers log in to the werkplek.
 *
 * @param sessionTimeout how long a session lasts without a request
 * @param oidcUsernameClaim the claim of the OpenID Connect provider's ID token that holds the gebruikersnaam of the
 *     medewerker's account
 */
@ConfigurationProperties("klantinteracties.werkplek")
record WerkplekSecurityProperties(
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("preferred_username") String oidcUsernameClaim) {}
