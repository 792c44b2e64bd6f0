package nl.kcc.klantinteracties.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With an OpenID Connect provider configured, the login page offers it, and logging in starts at the provider with
 * the werkplek's own callback; an answer the werkplek did not ask for is refused. (Without one, the other werkplek
 * tests show nothing changes.)
 */
@TestPropertySource(
        properties = {
            "spring.security.oauth2.client.registration.gemeente.client-id=werkplek",
            "spring.security.oauth2.client.registration.gemeente.client-secret=geheim",
            "spring.security.oauth2.client.registration.gemeente.client-name=Inloggen met het gemeenteaccount",
            "spring.security.oauth2.client.registration.gemeente.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.gemeente.redirect-uri={baseUrl}/werkplek/oidc/code/{registrationId}",
            "spring.security.oauth2.client.registration.gemeente.scope=openid,profile",
            "spring.security.oauth2.client.provider.gemeente.authorization-uri=https://login.example.nl/authorize",
            "spring.security.oauth2.client.provider.gemeente.token-uri=https://login.example.nl/token",
            "spring.security.oauth2.client.provider.gemeente.jwk-set-uri=https://login.example.nl/jwks",
            "spring.security.oauth2.client.provider.gemeente.user-name-attribute=sub"
        })
class OidcLoginIT extends ApiIT {

    @Test
    void theLoginPageOffersTheProviderAndLoginStartsThere() {
        var session = RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .redirects()
                .follow(false);

        var login = session.get("/werkplek/inloggen");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body().asString())
                .contains("Inloggen met het gemeenteaccount")
                .contains("/werkplek/oidc/authorization/gemeente");

        var start = RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .redirects()
                .follow(false)
                .get("/werkplek/oidc/authorization/gemeente");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.header("Location"))
                .startsWith("https://login.example.nl/authorize?")
                .contains("client_id=werkplek")
                .contains("scope=openid%20profile")
                .contains("redirect_uri=http://localhost:" + port + "/werkplek/oidc/code/gemeente");
    }

    @Test
    void anAnswerTheWerkplekDidNotAskForIsRefused() {
        var answer = RestAssured.given()
                .baseUri("http://localhost")
                .port(port)
                .redirects()
                .follow(false)
                .get("/werkplek/oidc/code/gemeente?code=gestolen&state=verzonnen");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/werkplek/inloggen?oidc-fout");
    }
}
