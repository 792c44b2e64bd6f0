package nl.kcc.klantinteracties.klantcontact;

import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.json.Fields;
import nl.kcc.klantinteracties.api.json.Input;
import nl.kcc.klantinteracties.api.json.ObjectSchema;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.resource.ReferenceChecker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * {@code /maak-klantcontact}: registers a klantcontact with its betrokkene and onderwerpobject in one request, all or
 * nothing. Each part is read, checked and published by its own resource, exactly as on its own endpoint; only the
 * names of problems carry the part's name in front ({@code betrokkene.rol}).
 */
@Service
public class MaakKlantcontact {

    public static final String PATH = "maak-klantcontact";

    static final Fields.ObjectField KLANTCONTACT =
            Fields.object("klantcontact", KlantcontactFields.SCHEMA).required();
    static final Fields.ObjectField BETROKKENE = Fields.object("betrokkene", BetrokkeneFields.KLANTCONTACT_READ_ONLY);
    static final Fields.ObjectField ONDERWERPOBJECT =
            Fields.object("onderwerpobject", OnderwerpobjectFields.KLANTCONTACT_READ_ONLY);

    public static final ObjectSchema SCHEMA =
            ObjectSchema.of("MaakKlantcontact", KLANTCONTACT, BETROKKENE, ONDERWERPOBJECT);

    private final KlantcontactResource klantcontacten;
    private final BetrokkeneResource betrokkenen;
    private final OnderwerpobjectResource onderwerpobjecten;
    private final ReferenceChecker references;

    MaakKlantcontact(
            KlantcontactResource klantcontacten,
            BetrokkeneResource betrokkenen,
            OnderwerpobjectResource onderwerpobjecten,
            ReferenceChecker references) {
        this.klantcontacten = klantcontacten;
        this.betrokkenen = betrokkenen;
        this.onderwerpobjecten = onderwerpobjecten;
        this.references = references;
    }

    /**
     * Reads and checks every part before storing any, so that the client hears about all problems at once and an
     * invalid part leaves nothing behind.
     */
    @Transactional
    public MaakKlantcontactResponse maak(JsonNode body, ApiContext context) {
        var violations = new Violations();
        Input input = SCHEMA.read(body, WriteMode.CREATE, violations);
        references.check(SCHEMA, input, "", violations, context);
        violations.throwIfAny();

        Input klantcontactInput = input.get(KLANTCONTACT);
        Klantcontact klantcontact = klantcontacten.readNew(klantcontactInput, KLANTCONTACT.name(), violations, context);
        Input betrokkeneInput = input.get(BETROKKENE);
        Betrokkene betrokkene =
                betrokkeneInput == null ? null : betrokkenen.readNew(betrokkeneInput, klantcontact.uuid());
        Input onderwerpobjectInput = input.get(ONDERWERPOBJECT);
        Onderwerpobject onderwerpobject = onderwerpobjectInput == null
                ? null
                : onderwerpobjecten.readNew(onderwerpobjectInput, klantcontact.uuid());
        violations.throwIfAny();

        klantcontacten.storeNew(klantcontact, klantcontactInput, context);
        if (betrokkene != null) {
            betrokkenen.storeNew(betrokkene, betrokkeneInput, context);
        }
        if (onderwerpobject != null) {
            onderwerpobjecten.storeNew(onderwerpobject, onderwerpobjectInput, context);
        }
        // Published after all are stored, so the klantcontact is shown (and recorded) with its new parts.
        return new MaakKlantcontactResponse(
                klantcontacten.publishNew(klantcontact, context),
                betrokkene == null ? null : betrokkenen.publishNew(betrokkene, context),
                onderwerpobject == null ? null : onderwerpobjecten.publishNew(onderwerpobject, context));
    }
}
