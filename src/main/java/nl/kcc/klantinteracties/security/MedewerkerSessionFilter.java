package nl.kcc.klantinteracties.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the medewerker's account afresh on every werkplek request, so that a disabled or reset account's sessions end
 * at once and a changed role or afdeling counts from the next request. The werkplek finds the fresh account in the
 * request attribute {@link Medewerker#CURRENT}.
 */
final class MedewerkerSessionFilter extends OncePerRequestFilter {

    private final MedewerkerAccounts accounts;
    private final WerkplekEntryPoint entryPoint;

    MedewerkerSessionFilter(MedewerkerAccounts accounts, WerkplekEntryPoint entryPoint) {
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<Medewerker> session = Medewerker.of(authentication);
        if (session.isPresent()) {
            Optional<MedewerkerAccounts.Active> account =
                    accounts.active(session.get().gebruikersnaam());
            if (account.isEmpty() || passwordResetSince(authentication, account.get())) {
                SecurityContextHolder.clearContext();
                var httpSession = request.getSession(false);
                if (httpSession != null) {
                    httpSession.invalidate();
                }
                // A fresh session, so that the login page says the session was ended rather than that it expired.
                request.getSession();
                entryPoint.toLogin(request, response, WerkplekEntryPoint.ENDED);
                return;
            }
            request.setAttribute(Medewerker.CURRENT, account.get().medewerker());
        }
        chain.doFilter(request, response);
    }

    /** A session opened with a password the operator has since reset; OIDC sessions have no password. */
    private static boolean passwordResetSince(
            @Nullable Authentication authentication, MedewerkerAccounts.Active account) {
        return authentication != null
                && authentication.getDetails() instanceof MedewerkerLogin.PasswordVersion version
                && !version.changedAt().isEqual(account.passwordChangedAt());
    }
}
