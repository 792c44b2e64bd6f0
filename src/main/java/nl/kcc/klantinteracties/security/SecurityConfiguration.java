package nl.kcc.klantinteracties.security;

import java.util.List;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.RequestIdFilter;
import nl.kcc.klantinteracties.api.problem.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what. The APIs take token authentication and no sessions; their OpenAPI documents are public, as are
 * the health and metrics endpoints, which an operator keeps off the public network. Every response carries the
 * security headers of the Dutch API Design Rules; cross-origin calls are refused unless an origin is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * The API paths that need a token: everything under the base paths but the OpenAPI documents and the roots, which
     * list the collections and nothing of their contents (Open Klant serves them without a token too).
     */
    static final RequestMatcher API = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean inApi =
                path.startsWith(ApiPaths.KLANTINTERACTIES + "/") || path.startsWith(ApiPaths.CONTACTGEGEVENS + "/");
        // Asked on every request: plain string tests, no regular expression compiled each time.
        return inApi
                && !path.equals(ApiPaths.KLANTINTERACTIES + "/")
                && !path.equals(ApiPaths.CONTACTGEGEVENS + "/")
                && !path.endsWith("/openapi.yaml")
                && !path.endsWith("/openapi.json");
    };

    /**
     * No Micrometer observations of Spring Security's own filters: wrapping each filter of the chain in an observation
     * cost about a sixth of the register's CPU per request in the benchmark, for metrics nobody reads. Requests are
     * still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Problems problems, CorsProperties cors)
            throws Exception {
        return http.securityMatcher(API)
                .csrf(csrf -> csrf.disable())
                .cors(c -> c.configurationSource(corsSource(cors)))
                .headers(SecurityConfiguration::designRuleHeaders)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new TokenAuthenticationFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .build();
    }

    /** After the APIs and the werkplek ({@link WerkplekSecurityConfiguration}). */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.securityMatcher(new RegexRequestMatcher(".*", null))
                .csrf(csrf -> csrf.disable())
                // The OpenAPI documents may be read from anywhere, as the design rules ask of published documents.
                .cors(c -> c.configurationSource(openApiDocuments()))
                .headers(SecurityConfiguration::designRuleHeaders)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .build();
    }

    /**
     * {@code /core/transport/security-headers}: no caching, no sniffing, no framing; HSTS when the request came over
     * TLS (directly, or as a proxy reports with {@code X-Forwarded-Proto}).
     */
    private static void designRuleHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.cacheControl(cacheControl -> cacheControl.disable())
                .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store"))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static CorsConfigurationSource corsSource(CorsProperties properties) {
        var source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            var configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(properties.allowedOrigins());
            configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            configuration.setAllowedHeaders(List.of(
                    HttpHeaders.AUTHORIZATION,
                    HttpHeaders.CONTENT_TYPE,
                    HttpHeaders.ACCEPT,
                    HttpHeaders.IF_MATCH,
                    RequestIdFilter.HEADER));
            configuration.setExposedHeaders(
                    List.of("API-version", HttpHeaders.ETAG, HttpHeaders.LOCATION, RequestIdFilter.HEADER));
            configuration.setMaxAge(properties.maxAge());
            source.registerCorsConfiguration("/**", configuration);
        }
        return source;
    }

    private static CorsConfigurationSource openApiDocuments() {
        var source = new UrlBasedCorsConfigurationSource();
        var configuration = new CorsConfiguration();
        configuration.addAllowedOrigin("*");
        configuration.setAllowedMethods(List.of("GET", "HEAD"));
        source.registerCorsConfiguration("/*/api/v1/openapi.*", configuration);
        return source;
    }
}
