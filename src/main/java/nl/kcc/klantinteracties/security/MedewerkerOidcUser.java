package nl.kcc.klantinteracties.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A medewerker who logged in through the OpenID Connect provider, with the account the provider's user maps to. */
final class MedewerkerOidcUser extends DefaultOidcUser {

    private final Medewerker medewerker;

    MedewerkerOidcUser(OidcUser user, Medewerker medewerker) {
        super(List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER")), user.getIdToken(), user.getUserInfo());
        this.medewerker = medewerker;
    }

    Medewerker medewerker() {
        return medewerker;
    }

    @Override
    public String getName() {
        return medewerker.gebruikersnaam();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MedewerkerOidcUser user && super.equals(other) && medewerker.equals(user.medewerker);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + medewerker.hashCode();
    }
}
