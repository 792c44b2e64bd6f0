package nl.kcc.klantinteracties.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a change is made for, as the audit trail records it: the application whose token the request carried and, when
 * a person works through it, that person.
 *
 * @param application the application's name (the token's name), "werkplek" for a medewerker in the werkplek, or
 *     "register" for the register's own work
 * @param user the person (the medewerker's naam), or "" when the application acts on its own
 */
public record Caller(String application, String user) {

    public static final Caller REGISTER = new Caller("register", "");

    /** The application name of changes a medewerker makes in the werkplek. */
    public static final String WERKPLEK = "werkplek";

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // The register's own commands that act for someone else (an import, for its source) say so themselves.
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
            return new Caller(client.name(), "");
        }
        return Medewerker.of(authentication)
                .map(medewerker -> new Caller(WERKPLEK, medewerker.naam()))
                .orElse(REGISTER);
    }
}
