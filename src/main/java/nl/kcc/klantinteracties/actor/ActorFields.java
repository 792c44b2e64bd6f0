package nl.kcc.klantinteracties.actor;

import java.util.Map;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.gegevensgroep.Emailadres;
import nl.kcc.klantinteracties.gegevensgroep.Identificator;
import nl.kcc.klantinteracties.gegevensgroep.Telefoonnummer;
import org.jspecify.annotations.Nullable;

/** The fields of an actor as the standard defines them, and the schema of {@code actorIdentificatie} per kind. */
public final class ActorFields {

    private ActorFields() {}

    public static final Fields.StringField NAAM =
            Fields.string("naam").maxLength(200).required();
    public static final Fields.EnumField<SoortActor> SOORT_ACTOR =
            Fields.enumeration("soortActor", SoortActor.class).required();
    public static final Fields.BooleanField INDICATIE_ACTIEF = Fields.bool("indicatieActief");
    public static final Fields.ObjectField ACTORIDENTIFICATOR = Fields.object(
                    "actoridentificator", Identificator.schema("Actoridentificator"))
            .nullable();
    static final ActorIdentificatieField ACTOR_IDENTIFICATIE = new ActorIdentificatieField().nullable();

    public static final ObjectSchema MEDEWERKER = ObjectSchema.of(
            "Medewerker",
            Fields.string("functie").maxLength(40).required(),
            emailadres(),
            telefoonnummer().required());

    public static final ObjectSchema GEAUTOMATISEERDE_ACTOR = ObjectSchema.of(
            "GeautomatiseerdeActor",
            Fields.string("functie").maxLength(40).required(),
            Fields.string("omschrijving").maxLength(200));

    public static final ObjectSchema ORGANISATORISCHE_EENHEID = ObjectSchema.of(
            "OrganisatorischeEenheid",
            Fields.string("omschrijving").maxLength(200),
            emailadres(),
            Fields.string("faxnummer").maxLength(20),
            telefoonnummer());

    /** The schema of {@code actorIdentificatie} per kind, keyed as the discriminator is written. */
    public static final Map<String, ObjectSchema> IDENTIFICATIE = Map.of(
            Wire.of(SoortActor.MEDEWERKER), MEDEWERKER,
            Wire.of(SoortActor.GEAUTOMATISEERDE_ACTOR), GEAUTOMATISEERDE_ACTOR,
            Wire.of(SoortActor.ORGANISATORISCHE_EENHEID), ORGANISATORISCHE_EENHEID);

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "Actor",
            Fields.uuid(),
            Fields.url(),
            NAAM,
            SOORT_ACTOR,
            INDICATIE_ACTIEF,
            ACTORIDENTIFICATOR,
            ACTOR_IDENTIFICATIE);

    static @Nullable ObjectSchema identificatie(@Nullable SoortActor soort) {
        return IDENTIFICATIE.get(Wire.of(soort));
    }

    private static Fields.StringField emailadres() {
        return Fields.string("emailadres")
                .maxLength(Emailadres.MAX_LENGTH)
                .format("email")
                .rule("invalid", Emailadres::check);
    }

    private static Fields.StringField telefoonnummer() {
        return Fields.string("telefoonnummer")
                .maxLength(Telefoonnummer.MAX_LENGTH)
                .rule("invalid", Telefoonnummer::check);
    }
}
