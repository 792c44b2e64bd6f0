package nl.kcc.klantinteracties.actor;

import static nl.kcc.klantinteracties.actor.ActorKlantcontactFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.security.Vertrouwelijkheid;
import org.springframework.stereotype.Service;

/** {@code /actorklantcontacten}: which actors took part in which klantcontact. */
@Service
public class ActorKlantcontactResource extends ApiResource<ActorKlantcontact, ActorKlantcontactResponse> {

    public static final String COLLECTION = "actorklantcontacten";

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "ActorKlantcontact",
            "actorklantcontact",
            "actor klantcontacten",
            "actor-klantcontact",
            SCHEMA,
            ActorKlantcontactRepository.FILTERS,
            List.of(),
            null);

    private final ActorKlantcontactRepository repository;

    ActorKlantcontactResource(ResourceSupport support, ActorKlantcontactRepository repository) {
        super(support, DESCRIPTION, repository);
        this.repository = repository;
    }

    /** The link to a confidential klantcontact is as hidden as the klantcontact. */
    @Override
    public String visible(String alias, ApiContext context) {
        return Vertrouwelijkheid.onderKlantcontact(alias + ".klantcontact_uuid", context);
    }

    @Override
    protected ActorKlantcontact initial(UUID uuid, ApiContext context) {
        return ActorKlantcontact.nieuw(uuid);
    }

    @Override
    protected ActorKlantcontact apply(
            Input input, ActorKlantcontact current, WriteMode mode, Violations violations, ApiContext context) {
        // A PATCH that changes one side is checked together with the stored other side.
        var link = new ActorKlantcontact(
                current.uuid(), input.getOr(ACTOR, current.actor()), input.getOr(KLANTCONTACT, current.klantcontact()));
        if (repository.taken(link.actor(), link.klantcontact(), link.uuid())) {
            violations.add(Violations.NON_FIELD_ERRORS, "unique", ActorKlantcontact.AL_GEKOPPELD);
        }
        return link;
    }

    @Override
    protected List<ActorKlantcontactResponse> show(
            List<ActorKlantcontact> items, boolean expanding, ApiContext context) {
        return items.stream()
                .map(link -> new ActorKlantcontactResponse(
                        link.uuid(),
                        context.urls().of(ApiPaths.KLANTINTERACTIES, COLLECTION, link.uuid()),
                        context.urls().klantinteracties(ActorResource.COLLECTION, link.actor()),
                        context.urls().klantinteracties(KlantcontactResource.COLLECTION, link.klantcontact()),
                        expanding ? new LinkedHashMap<>() : null))
                .toList();
    }
}
