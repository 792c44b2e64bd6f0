package nl.kcc.klantinteracties.maakklantcontact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.actor.ActorKlantcontactFields;
import nl.kcc.klantinteracties.actor.ActorKlantcontactResource;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.resource.ApiResource;
import nl.kcc.klantinteracties.api.resource.Identified;
import nl.kcc.klantinteracties.api.resource.ReferenceChecker;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresFields;
import nl.kcc.klantinteracties.digitaaladres.DigitaalAdresResource;
import nl.kcc.klantinteracties.internetaak.InterneTaakFields;
import nl.kcc.klantinteracties.internetaak.InterneTaakResource;
import nl.kcc.klantinteracties.klantcontact.Betrokkene;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneFields;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResource;
import nl.kcc.klantinteracties.klantcontact.BetrokkeneResponse;
import nl.kcc.klantinteracties.klantcontact.Klantcontact;
import nl.kcc.klantinteracties.klantcontact.KlantcontactFields;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResource;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.klantcontact.Onderwerpobject;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectFields;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResource;
import nl.kcc.klantinteracties.klantcontact.OnderwerpobjectResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * {@code /maak-klantcontact}: registers a whole contact in one request, all or nothing. The standard's parts are the
 * klantcontact with a betrokkene and an onderwerpobject; the register adds the optional parts a contact centre needs
 * to save a contact at once rather than in five requests that can fail halfway (F2173, B8786): the actoren who took
 * part, the digitale adressen the betrokkene gave, and the interne taak that follows from it.
 *
 * <p>Each part is read, checked and published by its own resource, exactly as on its own endpoint; the names of
 * problems carry the part's name in front ({@code betrokkene.rol}, {@code interneTaak.gevraagdeHandeling}). Every
 * part is checked before any is stored.
 */
@Service
public class MaakKlantcontact {

    public static final String PATH = "maak-klantcontact";

    public static final Fields.ObjectField KLANTCONTACT =
            Fields.object("klantcontact", KlantcontactFields.SCHEMA).required();
    public static final Fields.ObjectField BETROKKENE =
            Fields.object("betrokkene", BetrokkeneFields.KLANTCONTACT_READ_ONLY);
    public static final Fields.ObjectField ONDERWERPOBJECT =
            Fields.object("onderwerpobject", OnderwerpobjectFields.KLANTCONTACT_READ_ONLY);
    /**
     * The most actoren, and the most digitale adressen, one request registers. Each is a part of its own (checked,
     * stored, recorded and notified), so the limit bounds the request's cost; a contact centre's contact has a few.
     */
    public static final int MAX_PARTS_PER_LIST = 100;

    public static final Fields.RefListField ACTOREN = Fields.refList("actoren", "Actor")
            .maxItems(MAX_PARTS_PER_LIST)
            .description("Uitbreiding: de actoren die aan het klantcontact deelnamen; elk wordt eraan gekoppeld"
                    + " (hoogstens " + MAX_PARTS_PER_LIST + ").");
    public static final Fields.ObjectListField DIGITALE_ADRESSEN = Fields.objectList(
                    "digitaleAdressen",
                    DigitaalAdresFields.SCHEMA.without(
                            "MaakKlantcontactDigitaalAdres", DigitaalAdresFields.VERSTREKT_DOOR_BETROKKENE))
            .maxItems(MAX_PARTS_PER_LIST)
            .description("Uitbreiding: de digitale adressen die de betrokkene voor dit contact gaf; vraagt een"
                    + " betrokkene (hoogstens " + MAX_PARTS_PER_LIST + ").");
    public static final Fields.ObjectField INTERNE_TAAK = Fields.object(
                    "interneTaak",
                    InterneTaakFields.SCHEMA.without(
                            "MaakKlantcontactInterneTaak", InterneTaakFields.AANLEIDINGGEVEND_KLANTCONTACT))
            .description("Uitbreiding: de interne taak die uit het klantcontact volgt, zoals een terugbelverzoek.");

    public static final ObjectSchema SCHEMA = ObjectSchema.of(
            "MaakKlantcontact", KLANTCONTACT, BETROKKENE, ONDERWERPOBJECT, ACTOREN, DIGITALE_ADRESSEN, INTERNE_TAAK);

    private final KlantcontactResource klantcontacten;
    private final BetrokkeneResource betrokkenen;
    private final OnderwerpobjectResource onderwerpobjecten;
    private final ActorKlantcontactResource actorKlantcontacten;
    private final DigitaalAdresResource digitaleAdressen;
    private final InterneTaakResource interneTaken;
    private final ReferenceChecker references;

    MaakKlantcontact(
            KlantcontactResource klantcontacten,
            BetrokkeneResource betrokkenen,
            OnderwerpobjectResource onderwerpobjecten,
            ActorKlantcontactResource actorKlantcontacten,
            DigitaalAdresResource digitaleAdressen,
            InterneTaakResource interneTaken,
            ReferenceChecker references) {
        this.klantcontacten = klantcontacten;
        this.betrokkenen = betrokkenen;
        this.onderwerpobjecten = onderwerpobjecten;
        this.actorKlantcontacten = actorKlantcontacten;
        this.digitaleAdressen = digitaleAdressen;
        this.interneTaken = interneTaken;
        this.references = references;
    }

    /** One object to be created, with the resource that checks, stores and shows it. */
    private record Part<T extends Identified>(ApiResource<T, ?> resource, T item, Input input, String prefix) {

        void store(ApiContext context) {
            try {
                resource.storePart(item, input, context);
            } catch (ApiException refused) {
                // A constraint that refuses the write (a concurrent request took a nummer) names the part's field.
                throw refused.under(prefix);
            }
        }

        Representation publish(ApiContext context) {
            return resource.publishPart(item, context);
        }
    }

    @Transactional
    public MaakKlantcontactResponse maak(JsonNode body, ApiContext context) {
        var violations = new Violations();
        Input input = SCHEMA.read(body, WriteMode.CREATE, violations);
        references.check(SCHEMA, input, "", violations, context);
        List<Input> gegevenAdressen = input.get(DIGITALE_ADRESSEN);
        if (gegevenAdressen != null && !gegevenAdressen.isEmpty() && !input.has(BETROKKENE)) {
            violations.add(
                    DIGITALE_ADRESSEN.name(), "invalid", "Digitale adressen horen bij een betrokkene: geef die mee.");
        }

        // Each part that is well-formed is checked against its resource's rules too, so that the client hears about
        // every problem in every part at once.
        Part<Klantcontact> klantcontact =
                part(klantcontacten, input.get(KLANTCONTACT), KLANTCONTACT.name(), violations, context);
        UUID uuid = klantcontact == null ? null : klantcontact.item().uuid();
        Part<Betrokkene> betrokkene = part(
                betrokkenen,
                with(input.get(BETROKKENE), BetrokkeneFields.HAD_KLANTCONTACT, uuid),
                BETROKKENE.name(),
                violations,
                context);
        Part<Onderwerpobject> onderwerpobject = part(
                onderwerpobjecten,
                with(input.get(ONDERWERPOBJECT), OnderwerpobjectFields.KLANTCONTACT, uuid),
                ONDERWERPOBJECT.name(),
                violations,
                context);
        var actoren = new ArrayList<Part<?>>();
        List<UUID> gegevenActoren = input.get(ACTOREN);
        List<UUID> actorUuids = gegevenActoren == null ? List.of() : gegevenActoren;
        for (int i = 0; i < actorUuids.size(); i++) {
            var link = new Input()
                    .with(ActorKlantcontactFields.ACTOR, actorUuids.get(i))
                    .with(ActorKlantcontactFields.KLANTCONTACT, uuid);
            actoren.add(part(actorKlantcontacten, link, ACTOREN.name() + "." + i, violations, context));
        }
        var adressen = new ArrayList<Part<?>>();
        List<Input> adresInputs = gegevenAdressen == null ? List.of() : gegevenAdressen;
        UUID betrokkeneUuid = betrokkene == null ? null : betrokkene.item().uuid();
        for (int i = 0; i < adresInputs.size(); i++) {
            Input adres = with(adresInputs.get(i), DigitaalAdresFields.VERSTREKT_DOOR_BETROKKENE, betrokkeneUuid);
            adressen.add(part(digitaleAdressen, adres, DIGITALE_ADRESSEN.name() + "." + i, violations, context));
        }
        Part<?> interneTaak = part(
                interneTaken,
                with(input.get(INTERNE_TAAK), InterneTaakFields.AANLEIDINGGEVEND_KLANTCONTACT, uuid),
                INTERNE_TAAK.name(),
                violations,
                context);
        violations.throwIfAny();

        // Without a klantcontact the request was refused above.
        Objects.requireNonNull(klantcontact).store(context);
        var rest = new ArrayList<Part<?>>();
        if (betrokkene != null) {
            rest.add(betrokkene);
        }
        if (onderwerpobject != null) {
            rest.add(onderwerpobject);
        }
        rest.addAll(actoren);
        rest.addAll(adressen);
        if (interneTaak != null) {
            rest.add(interneTaak);
        }
        rest.forEach(part -> part.store(context));
        // Published after all are stored, so that the klantcontact is shown (and recorded) with its new parts.
        return new MaakKlantcontactResponse(
                (KlantcontactResponse) klantcontact.publish(context),
                betrokkene == null ? null : (BetrokkeneResponse) betrokkene.publish(context),
                onderwerpobject == null ? null : (OnderwerpobjectResponse) onderwerpobject.publish(context),
                input.has(ACTOREN)
                        ? actoren.stream().map(p -> p.publish(context)).toList()
                        : null,
                input.has(DIGITALE_ADRESSEN)
                        ? adressen.stream().map(p -> p.publish(context)).toList()
                        : null,
                interneTaak == null ? null : interneTaak.publish(context));
    }

    /** The part, checked by its resource; null when it was not sent, or is not well-formed enough to check. */
    private static <T extends Identified> @Nullable Part<T> part(
            ApiResource<T, ?> resource,
            @Nullable Input input,
            String prefix,
            Violations violations,
            ApiContext context) {
        if (input == null || violations.hasAt(prefix)) {
            return null;
        }
        return new Part<>(resource, resource.readPart(input, prefix, violations, context), input, prefix);
    }

    /** The part with what it implies, or null when it was not sent. */
    private static @Nullable Input with(@Nullable Input part, Fields.RefField implied, @Nullable UUID value) {
        return part == null ? null : part.with(implied, value);
    }
}
