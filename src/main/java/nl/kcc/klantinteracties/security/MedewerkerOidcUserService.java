package nl.kcc.klantinteracties.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps the user an OpenID Connect provider vouches for to a medewerker account, by the gebruikersnaam in a claim of
 * the ID token. The provider decides who someone is; the account decides what they may do in the werkplek, so a user
 * without an active account is refused.
 */
final class MedewerkerOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "geen_account";

    private final OidcUserService provider = new OidcUserService();
    private final MedewerkerAccounts accounts;
    private final String usernameClaim;

    MedewerkerOidcUserService(MedewerkerAccounts accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String gebruikersnaam = user.getClaimAsString(usernameClaim);
        return accounts.find(gebruikersnaam)
                .map(medewerker -> new MedewerkerOidcUser(user, medewerker))
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(NO_ACCOUNT), "No active account for the provider's user"));
    }
}
