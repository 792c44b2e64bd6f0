package nl.kcc.klantinteracties.security;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * A contact-centre employee working in the werkplek: who they are, the actor they register their work as, the
 * afdelingen they work for, and whether they may see what is confidential.
 *
 * @param gebruikersnaam the name they log in with
 * @param naam their name, as the audit trail records it
 * @param actor the actor of soort medewerker they act as
 * @param afdelingen the actors of soort organisatorische eenheid they work for
 * @param vertrouwelijk whether they may see confidential klantcontacten and secret partijen
 * @param beheerder whether they may use the beheer screens (tokens, accounts, notifications); it does not let them see
 *     what is confidential
 */
public record Medewerker(
        String gebruikersnaam, String naam, UUID actor, List<UUID> afdelingen, boolean vertrouwelijk, boolean beheerder)
        implements Serializable {

    /** The request attribute that holds the medewerker of a werkplek request, as their account is now. */
    public static final String CURRENT = Medewerker.class.getName();

    public Medewerker {
        afdelingen = List.copyOf(afdelingen);
    }

    /** A medewerker without the beheerder role. */
    public Medewerker(String gebruikersnaam, String naam, UUID actor, List<UUID> afdelingen, boolean vertrouwelijk) {
        this(gebruikersnaam, naam, actor, afdelingen, vertrouwelijk, false);
    }

    /** The medewerker a werkplek session belongs to, whether they logged in with a password or through OIDC. */
    public static Optional<Medewerker> of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case Medewerker medewerker -> Optional.of(medewerker);
            case MedewerkerOidcUser user -> Optional.of(user.medewerker());
            case null, default -> Optional.empty();
        };
    }
}
