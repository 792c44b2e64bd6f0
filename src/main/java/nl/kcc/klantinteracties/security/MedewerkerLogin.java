package nl.kcc.klantinteracties.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a medewerker's gebruikersnaam and password. An unknown or disabled account and a wrong password look the
 * same from outside, and take as long: the password is hashed either way. An account with too many failed logins in a
 * row takes no attempt until its wait has passed.
 */
final class MedewerkerLogin implements AuthenticationProvider {

    static final SimpleGrantedAuthority MEDEWERKER = new SimpleGrantedAuthority("ROLE_MEDEWERKER");

    private final MedewerkerAccounts accounts;
    private final String unknownAccountHash;

    MedewerkerLogin(MedewerkerAccounts accounts) {
        this.accounts = accounts;
        this.unknownAccountHash = accounts.passwordEncoder().encode("no account has this password");
    }

    /** Refused without looking at the password: the account must wait after too many failed logins. */
    static final class Throttled extends AuthenticationException {
        private final Duration wait;

        Throttled(Duration wait) {
            super("Too many failed logins");
            this.wait = wait;
        }

        Duration remaining() {
            return wait;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String gebruikersnaam = authentication.getName();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var account = accounts.active(gebruikersnaam);
        if (account.isEmpty()) {
            accounts.passwordEncoder().matches(password, unknownAccountHash);
            throw new BadCredentialsException("Unknown account");
        }
        Duration wait = remainingWait(account.get());
        if (!wait.isZero()) {
            throw new Throttled(wait);
        }
        if (!accounts.passwordEncoder().matches(password, account.get().passwordHash())) {
            accounts.recordFailure(gebruikersnaam);
            throw new BadCredentialsException("Wrong password");
        }
        accounts.recordSuccess(gebruikersnaam);
        return UsernamePasswordAuthenticationToken.authenticated(account.get().medewerker(), null, List.of(MEDEWERKER));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Duration remainingWait(MedewerkerAccounts.Active account) {
        if (account.lastFailedLoginAt() == null) {
            return Duration.ZERO;
        }
        OffsetDateTime allowedFrom =
                account.lastFailedLoginAt().plus(MedewerkerAccounts.waitAfter(account.failedLogins()));
        Duration remaining = Duration.between(OffsetDateTime.now(), allowedFrom);
        return remaining.isNegative() || remaining.isZero() ? Duration.ZERO : remaining;
    }
}
