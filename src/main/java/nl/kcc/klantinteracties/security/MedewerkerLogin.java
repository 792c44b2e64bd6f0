package nl.kcc.klantinteracties.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a medewerker's gebruikersnaam and password. An unknown or disabled account, a wrong password and an account
 * that must wait after too many failed logins look the same from outside, and take as long: a password is hashed
 * every time. An account with too many failed logins in a row has no password checked until its wait has passed.
 */
final class MedewerkerLogin implements AuthenticationProvider {

    static final SimpleGrantedAuthority MEDEWERKER = new SimpleGrantedAuthority("ROLE_MEDEWERKER");

    private final MedewerkerAccounts accounts;
    private final String unknownAccountHash;

    MedewerkerLogin(MedewerkerAccounts accounts) {
        this.accounts = accounts;
        this.unknownAccountHash =
                Objects.requireNonNull(accounts.passwordEncoder().encode("no account has this password"));
    }

    /**
     * The password a session was opened with, by the moment it was set: a session opened before a reset ends at its
     * next request.
     */
    record PasswordVersion(OffsetDateTime changedAt) implements Serializable {}

    @Override
    public Authentication authenticate(Authentication authentication) {
        String gebruikersnaam = authentication.getName();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var account = accounts.active(gebruikersnaam);
        if (account.isEmpty() || !remainingWait(account.get()).isZero() || !accounts.claimAttempt(account.get())) {
            accounts.passwordEncoder().matches(password, unknownAccountHash);
            throw new BadCredentialsException("Unknown account, or waiting after failed logins");
        }
        if (!accounts.passwordEncoder().matches(password, account.get().passwordHash())) {
            throw new BadCredentialsException("Wrong password");
        }
        accounts.recordSuccess(gebruikersnaam);
        var result = UsernamePasswordAuthenticationToken.authenticated(
                account.get().medewerker(), null, List.of(MEDEWERKER));
        result.setDetails(new PasswordVersion(account.get().passwordChangedAt()));
        return result;
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
