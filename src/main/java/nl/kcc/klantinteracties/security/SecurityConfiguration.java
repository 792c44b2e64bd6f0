package nl.kcc.klantinteracties.security;

import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.problem.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The APIs take token authentication and no sessions; their OpenAPI documents are public, as are
 * the health and metrics endpoints, which an operator keeps off the public network.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** The API paths that need a token: everything under the base paths but the OpenAPI documents. */
    static final RequestMatcher API = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean inApi = path.startsWith(ApiPaths.KLANTINTERACTIES + "/")
                || path.startsWith(ApiPaths.CONTACTGEGEVENS + "/")
                || path.equals(ApiPaths.KLANTINTERACTIES)
                || path.equals(ApiPaths.CONTACTGEGEVENS);
        return inApi && !path.matches(".*/openapi\\.(yaml|json)$");
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Problems problems) throws Exception {
        return http.securityMatcher(API)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new TokenAuthenticationFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.securityMatcher(new RegexRequestMatcher(".*", null))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .build();
    }
}
