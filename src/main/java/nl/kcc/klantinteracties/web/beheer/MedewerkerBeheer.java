package nl.kcc.klantinteracties.web.beheer;

import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorResource;
import nl.kcc.klantinteracties.actor.WerkplekMedewerker;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.security.MedewerkerAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A colleague's account made by a beheerder: its medewerker actor through the API's resource, and the account. */
@Service
class MedewerkerBeheer {

    private final MedewerkerAccounts accounts;
    private final ActorResource actoren;

    MedewerkerBeheer(MedewerkerAccounts accounts, ActorResource actoren) {
        this.accounts = accounts;
        this.actoren = actoren;
    }

    /**
     * Makes the actor and the account in one transaction, so that a name already taken leaves no actor behind; the
     * actor is in the audit trail as made by the beheerder in the werkplek.
     *
     * @return the first password, which exists nowhere else afterwards
     */
    @Transactional
    public String create(
            String gebruikersnaam,
            String naam,
            List<UUID> afdelingen,
            boolean vertrouwelijk,
            boolean beheerder,
            ApiContext context) {
        String account = MedewerkerAccounts.normalise(gebruikersnaam);
        UUID actor = actoren.create(WerkplekMedewerker.body(account, naam.strip()), context)
                .uuid();
        return accounts.create(new Medewerker(account, naam.strip(), actor, afdelingen, vertrouwelijk, beheerder));
    }
}
