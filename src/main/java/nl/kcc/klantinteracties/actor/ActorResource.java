package nl.kcc.klantinteracties.actor;

import static nl.kcc.klantinteracties.actor.ActorFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Field;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.ResourceDescription;
import nl.kcc.klantinteracties.api.resource.ResourceSupport;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code /actoren}: the employees, systems and departments that klantcontacten and interne taken refer to. It is also
 * the collection {@code actoren} that a klantcontact's {@code hadBetrokkenActoren} is shown from.
 */
@Service
public class ActorResource extends ApiResource<Actor, ActorResponse> {

    public static final String COLLECTION = "actoren";

    /** How an unset identificator group is shown: the standard's groups are objects, never null. */
    private static final Identificator GEEN_IDENTIFICATOR = new Identificator("", "", "", "");

    private static final ResourceDescription DESCRIPTION = new ResourceDescription(
            ApiPaths.KLANTINTERACTIES,
            COLLECTION,
            "Actor",
            "actor",
            "actoren",
            "actor",
            SCHEMA,
            ActorRepository.FILTERS,
            List.of(),
            new ResourceDescription.Variants(SOORT_ACTOR.name(), ACTOR_IDENTIFICATIE.name(), IDENTIFICATIE));

    ActorResource(ResourceSupport support, ActorRepository repository) {
        super(support, DESCRIPTION, repository);
    }

    @Override
    protected Actor initial(UUID uuid, ApiContext context) {
        return Actor.nieuw(uuid);
    }

    @Override
    protected Actor apply(Input input, Actor current, WriteMode mode, Violations violations, ApiContext context) {
        var actor = new Actor(
                        current.uuid(),
                        input.getOr(NAAM, current.naam()),
                        current.soortActor(),
                        input.getOr(INDICATIE_ACTIEF, current.indicatieActief()),
                        input.has(ACTORIDENTIFICATOR)
                                ? Identificator.from(input.get(ACTORIDENTIFICATOR))
                                : current.actoridentificator(),
                        current.actorIdentificatie())
                .alsSoort(input.getOr(SOORT_ACTOR, current.soortActor()));
        if (input.has(ACTOR_IDENTIFICATIE)) {
            // Read against the kind the actor has after this request, so that a PATCH that only corrects the
            // details is checked against the stored kind rather than ignored.
            JsonNode identificatie = input.get(ACTOR_IDENTIFICATIE);
            actor = actor.metIdentificatie(
                    identificatie == null ? null : identificatie(actor.soortActor(), identificatie, violations));
        }
        return actor;
    }

    /** The details of a kind as sent; a group is sent whole, so members it leaves out are empty. */
    private static Map<String, String> identificatie(@Nullable SoortActor soort, JsonNode node, Violations violations) {
        // soortActor is required, so a request that gets here has one.
        ObjectSchema schema = Objects.requireNonNull(ActorFields.identificatie(soort));
        Input input = schema.read(node, WriteMode.CREATE, ACTOR_IDENTIFICATIE.name(), violations);
        var values = new LinkedHashMap<String, String>();
        for (Field<?> field : schema.fields()) {
            values.put(field.name(), input.getOr((Fields.StringField) field, ""));
        }
        return values;
    }

    @Override
    protected List<ActorResponse> show(List<Actor> items, boolean expanding, ApiContext context) {
        return items.stream()
                .map(a -> new ActorResponse(
                        a.uuid(),
                        context.urls().of(ApiPaths.KLANTINTERACTIES, COLLECTION, a.uuid()),
                        // A shown actor is a stored one, and the table requires both.
                        Objects.requireNonNull(a.naam()),
                        Wire.of(Objects.requireNonNull(a.soortActor())),
                        a.indicatieActief(),
                        a.actoridentificator() == null ? GEEN_IDENTIFICATOR : a.actoridentificator(),
                        shown(a),
                        expanding ? new LinkedHashMap<>() : null))
                .toList();
    }

    /**
     * The details of the actor's kind in the order of the kind's schema. An actor registered without them shows
     * {@code null}, as the standard's reference implementation does.
     */
    private static @Nullable Map<String, String> shown(Actor actor) {
        if (actor.actorIdentificatie() == null) {
            return null;
        }
        var values = new LinkedHashMap<String, String>();
        for (Field<?> field : Objects.requireNonNull(ActorFields.identificatie(actor.soortActor()))
                .fields()) {
            values.put(field.name(), actor.actorIdentificatie().getOrDefault(field.name(), ""));
        }
        return values;
    }
}
