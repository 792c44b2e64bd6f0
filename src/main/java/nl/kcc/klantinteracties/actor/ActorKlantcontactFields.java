package nl.kcc.klantinteracties.actor;

import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;

/** The fields of an actor-klantcontact link as the standard defines them. */
public final class ActorKlantcontactFields {

    private ActorKlantcontactFields() {}

    public static final Fields.RefField ACTOR = Fields.ref("actor", "Actor").required();
    public static final Fields.RefField KLANTCONTACT =
            Fields.ref("klantcontact", "Klantcontact").required();

    public static final ObjectSchema SCHEMA =
            ObjectSchema.of("ActorKlantcontact", Fields.uuid(), Fields.url(), ACTOR, KLANTCONTACT);
}
