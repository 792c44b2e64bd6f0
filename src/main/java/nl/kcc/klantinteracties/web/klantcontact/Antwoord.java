package nl.kcc.klantinteracties.web.klantcontact;

import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorKlantcontactFields;
import nl.kcc.klantinteracties.actor.ActorKlantcontactResource;
import nl.kcc.klantinteracties.actor.ActorResponse;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.Reference;
import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.klantcontact.KlantcontactFields;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.security.Medewerker;
import nl.kcc.klantinteracties.web.Werkplek;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A colleague adds the answer to a klantcontact (C0534 variant B, F0796): the answer goes in {@code reactie}, so the
 * question in {@code inhoud} stays as it was, and the colleague is linked as actor, once. One transaction; the version
 * the colleague read must still be the stored one.
 */
@Service
class Antwoord {

    private final KlantcontactResource klantcontacten;
    private final ActorKlantcontactResource actorKlantcontacten;
    private final JdbcClient jdbc;

    Antwoord(KlantcontactResource klantcontacten, ActorKlantcontactResource actorKlantcontacten, JdbcClient jdbc) {
        this.klantcontacten = klantcontacten;
        this.actorKlantcontacten = actorKlantcontacten;
        this.jdbc = jdbc;
    }

    @Transactional
    void voegToe(UUID uuid, String antwoord, String etag, Medewerker medewerker, ApiContext context) {
        if (antwoord == null || antwoord.isBlank()) {
            throw ApiException.invalid("reactie", "required", "Vul het antwoord in.");
        }
        // Locked before it is read: two answers at once are both kept, one after the other.
        jdbc.sql("select 1 from klantcontact where uuid = ? for update")
                .param(uuid)
                .query()
                .listOfRows();
        KlantcontactResponse huidig = klantcontacten.get(uuid, ExpandTree.NONE, context);
        String reactie = huidig.reactie().isBlank()
                ? antwoord.strip()
                : huidig.reactie() + "\n\n" + medewerker.naam() + ": " + antwoord.strip();
        var patch = JsonNodeFactory.instance.objectNode();
        patch.put(KlantcontactFields.REACTIE.name(), reactie);
        klantcontacten.update(uuid, patch, WriteMode.PATCH, Werkplek.ifMatch(context, etag));
        boolean gekoppeld = huidig.hadBetrokkenActoren().stream()
                .anyMatch(actor -> medewerker.actor().equals(uuidOf(actor)));
        if (!gekoppeld) {
            var link = JsonNodeFactory.instance.objectNode();
            link.putObject(ActorKlantcontactFields.ACTOR.name())
                    .put("uuid", medewerker.actor().toString());
            link.putObject(ActorKlantcontactFields.KLANTCONTACT.name()).put("uuid", uuid.toString());
            actorKlantcontacten.create(link, context);
        }
    }

    /** An actor in {@code hadBetrokkenActoren} is shown as a reference or as the actor; both carry its uuid. */
    private static @Nullable UUID uuidOf(Object actor) {
        return switch (actor) {
            case Reference reference -> reference.uuid();
            case ActorResponse response -> response.uuid();
            default -> null;
        };
    }
}
