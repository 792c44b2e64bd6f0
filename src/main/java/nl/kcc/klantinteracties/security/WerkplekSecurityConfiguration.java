package nl.kcc.klantinteracties.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may use the werkplek: medewerkers with an active account, logged in with their password or, when a provider is
 * configured, through OpenID Connect. Sessions end after a quiet period; every form carries a CSRF token; the pages
 * carry the design rules' security headers and a content security policy that allows only the register's own
 * scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WerkplekSecurityConfiguration {

    static final String PATHS = "/werkplek/**";
    static final String BEHEER = "/werkplek/beheer/**";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none';"
            + " frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain werkplek(
            HttpSecurity http,
            MedewerkerAccounts accounts,
            WerkplekSecurityProperties properties,
            ObjectProvider<ClientRegistrationRepository> oidcProviders)
            throws Exception {
        var entryPoint = new WerkplekEntryPoint();
        var success = loggedIn(properties);
        http.securityMatcher(PATHS)
                .headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable())
                        .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store"))
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .authenticationProvider(new MedewerkerLogin(accounts))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/werkplek/inloggen")
                        .permitAll()
                        .requestMatchers(BEHEER)
                        .access(WerkplekSecurityConfiguration::beheerder)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(WerkplekEntryPoint.LOGIN)
                        .loginProcessingUrl(WerkplekEntryPoint.LOGIN)
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .successHandler(success)
                        .failureHandler(WerkplekSecurityConfiguration::loginFailed))
                .logout(logout -> logout.logoutUrl("/werkplek/uitloggen")
                        .logoutSuccessUrl(WerkplekEntryPoint.LOGIN + "?uitgelogd")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.invalidSessionStrategy(entryPoint))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(WerkplekSecurityConfiguration::refused))
                .addFilterBefore(new MedewerkerSessionFilter(accounts, entryPoint), AuthorizationFilter.class);
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage(WerkplekEntryPoint.LOGIN)
                    .authorizationEndpoint(endpoint -> endpoint.baseUri("/werkplek/oidc/authorization"))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri("/werkplek/oidc/code/*"))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                            new MedewerkerOidcUserService(accounts, properties.oidcUsernameClaim())))
                    .successHandler(success)
                    .failureHandler(WerkplekSecurityConfiguration::loginFailed));
        }
        return http.build();
    }

    /**
     * The beheer screens are for accounts with the beheerder role, as the account is now: the session filter has read
     * it afresh before authorisation, so a role taken away counts from the next request.
     */
    private static AuthorizationResult beheerder(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        return new AuthorizationDecision(
                request.getRequest().getAttribute(Medewerker.CURRENT) instanceof Medewerker medewerker
                        && medewerker.beheerder());
    }

    /** Starts the session's clock and continues where the medewerker was going. */
    private static AuthenticationSuccessHandler loggedIn(WerkplekSecurityProperties properties) {
        var continueWhereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
        continueWhereGoing.setDefaultTargetUrl("/werkplek");
        continueWhereGoing.setAlwaysUseDefaultTargetUrl(false);
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            request.getSession().setMaxInactiveInterval((int)
                    Math.max(1, properties.sessionTimeout().toSeconds()));
            continueWhereGoing.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * A request refused after login: a form without its CSRF token (from another site, or from a page that outlived
     * its session), or a beheer page for a medewerker without the role. A page that says which, and nothing stored.
     */
    private static void refused(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid()) {
            // The session ended while the form was open: that is what the medewerker must hear, and logging in again
            // brings back what they typed (the werkplek keeps drafts).
            new WerkplekEntryPoint().toLogin(request, response, WerkplekEntryPoint.EXPIRED);
            return;
        }
        String title;
        String text;
        if (denied instanceof CsrfException) {
            title = "Niet toegestaan";
            text = "Het formulier is verlopen of kwam niet van de werkplek; er is niets opgeslagen. Ga terug, laad de"
                    + " pagina opnieuw en probeer het nog eens.";
        } else {
            title = "Geen toegang";
            text = "Deze pagina is voor functioneel beheerders; er is niets opgeslagen. Hebt u de rol beheerder nodig,"
                    + " vraag het dan aan een beheerder.";
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s - KCC-werkplek</title>
                <link rel="stylesheet" href="%1$s/werkplek-assets/werkplek.css"></head>
                <body><div class="page"><main id="inhoud" class="narrow">
                <h1>%2$s</h1>
                <p>%3$s</p>
                <p><a href="%1$s/werkplek">Naar het begin van de werkplek</a></p>
                </main></div></body></html>
                """.formatted(request.getContextPath(), title, text));
    }

    /** Back to the login form with the reason, in words the form shows; never which accounts exist. */
    private static void loginFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = switch (failure) {
            case OAuth2AuthenticationException oidc
            when MedewerkerOidcUserService.NO_ACCOUNT.equals(oidc.getError().getErrorCode()) -> "geen-account";
            case OAuth2AuthenticationException oidc -> "oidc-fout";
            default -> "fout";
        };
        response.sendRedirect(request.getContextPath() + WerkplekEntryPoint.LOGIN + "?" + reason);
    }
}
