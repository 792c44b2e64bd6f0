package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.CodeObjecttype.*;
import static nl.kcc.klantinteracties.partij.CodeSoortObjectId.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.resource.Identified;
import org.jspecify.annotations.Nullable;

/**
 * How a register knows a partij: its BSN in the BRP, its KvK-nummer or RSIN in the Handelsregister, or the
 * vestigingsnummer of one of its establishments, which hangs under the KvK-nummer of the organisation.
 *
 * <p>The codes are kept as the text they were stored with. What the API writes is one of the standard's values, but
 * identificatoren taken over from older registers hold older codes ({@code inp}, {@code gba}, ...); those are shown
 * as stored, found by the filters that take free text, and not held to rules that are written for the standard's
 * codes.
 *
 * @param partij the partij it identifies, or null
 * @param subIdentificatorVan the identificator this one hangs under (a vestigingsnummer under its KvK-nummer), or null
 */
public record PartijIdentificator(
        UUID uuid,
        @Nullable UUID partij,
        String anderePartijIdentificator,
        @Nullable String codeObjecttype,
        @Nullable String codeSoortObjectId,
        @Nullable String objectId,
        @Nullable String codeRegister,
        @Nullable UUID subIdentificatorVan)
        implements Identified {

    /** Which objects each register identifies, and with which numbers: the only combinations the standard allows. */
    private static final Map<CodeRegister, Set<CodeObjecttype>> OBJECTTYPEN = Map.of(
            CodeRegister.BRP, EnumSet.of(NATUURLIJK_PERSOON),
            CodeRegister.HR, EnumSet.of(NIET_NATUURLIJK_PERSOON, VESTIGING));

    private static final Map<CodeObjecttype, Set<CodeSoortObjectId>> SOORTEN = Map.of(
            NATUURLIJK_PERSOON, EnumSet.of(BSN),
            NIET_NATUURLIJK_PERSOON, EnumSet.of(RSIN, KVK_NUMMER),
            VESTIGING, EnumSet.of(VESTIGINGSNUMMER));

    static PartijIdentificator nieuw(UUID uuid, @Nullable UUID partij) {
        return new PartijIdentificator(uuid, partij, "", null, null, null, null, null);
    }

    PartijIdentificator voorPartij(UUID newPartij) {
        return new PartijIdentificator(
                uuid,
                newPartij,
                anderePartijIdentificator,
                codeObjecttype,
                codeSoortObjectId,
                objectId,
                codeRegister,
                subIdentificatorVan);
    }

    /** The same four values identify the same object, whoever it is attached to. */
    boolean sameValueAs(PartijIdentificator other) {
        return Objects.equals(codeObjecttype, other.codeObjecttype)
                && Objects.equals(codeSoortObjectId, other.codeSoortObjectId)
                && Objects.equals(codeRegister, other.codeRegister)
                && Objects.equals(objectId, other.objectId)
                && Objects.equals(subIdentificatorVan, other.subIdentificatorVan);
    }

    /**
     * The rules that need nothing but the identificator itself: the combination of register, object type and kind of
     * number, the form of the number, and that a vestigingsnummer hangs under something. Named and stopping at the
     * first broken rule of the group as the standard's reference does ({@code partijIdentificatorCodeObjecttype},
     * {@code partijIdentificatoren.0.partijIdentificatorObjectId}), so that clients that read these names find them.
     *
     * @param prefix where the identificator is in the request ({@code ""}, or {@code partijIdentificatoren.0})
     */
    void checkRegels(String prefix, Violations violations) {
        CodeRegister codeRegister = Wire.parse(CodeRegister.class, this.codeRegister);
        CodeObjecttype codeObjecttype = Wire.parse(CodeObjecttype.class, this.codeObjecttype);
        CodeSoortObjectId codeSoortObjectId = soort();
        if (codeRegister == null || codeObjecttype == null || codeSoortObjectId == null) {
            // Only a stored identificator with older codes gets here: the fields refuse them in a request.
            return;
        }
        // Both maps hold every constant of their key.
        Set<CodeObjecttype> objecttypen = Objects.requireNonNull(OBJECTTYPEN.get(codeRegister));
        if (!objecttypen.contains(codeObjecttype)) {
            violations.add(
                    Violations.path(prefix, "partijIdentificatorCodeObjecttype"),
                    "invalid",
                    "Bij codeRegister " + Wire.of(codeRegister) + " hoort codeObjecttype "
                            + String.join(
                                    " of ", objecttypen.stream().map(Wire::of).toList()) + ".");
            return;
        }
        Set<CodeSoortObjectId> soorten = Objects.requireNonNull(SOORTEN.get(codeObjecttype));
        if (!soorten.contains(codeSoortObjectId)) {
            violations.add(
                    Violations.path(prefix, "partijIdentificatorCodeSoortObjectId"),
                    "invalid",
                    "Bij codeObjecttype " + Wire.of(codeObjecttype) + " hoort codeSoortObjectId "
                            + String.join(" of ", soorten.stream().map(Wire::of).toList()) + ".");
            return;
        }
        String reden = objectIdReden(codeSoortObjectId);
        if (reden != null) {
            violations.add(Violations.path(prefix, "partijIdentificatorObjectId"), "invalid", reden);
            return;
        }
        String sub = Violations.path(prefix, PartijIdentificatorFields.SUB_IDENTIFICATOR_VAN.name());
        if (codeSoortObjectId == VESTIGINGSNUMMER && subIdentificatorVan == null) {
            violations.add(
                    sub,
                    "invalid",
                    "Een vestigingsnummer hoort onder het kvk_nummer van de organisatie: geef dat op als"
                            + " subIdentificatorVan.");
        }
        if (uuid != null && uuid.equals(subIdentificatorVan)) {
            violations.add(sub, "invalid", "Een partij-identificator kan niet onder zichzelf hangen.");
        }
    }

    /** The kind of number as one of the standard's values, or null for an older code. */
    @Nullable
    CodeSoortObjectId soort() {
        return Wire.parse(CodeSoortObjectId.class, codeSoortObjectId);
    }

    private @Nullable String objectIdReden(CodeSoortObjectId codeSoortObjectId) {
        // The number is required in the group that gives the kind.
        String objectId = Objects.requireNonNull(this.objectId);
        return switch (codeSoortObjectId) {
            case BSN -> Elfproef.isValid(objectId) ? null : "Een BSN bestaat uit 9 cijfers en voldoet aan de elfproef.";
            case RSIN ->
                Elfproef.isValid(objectId) ? null : "Een RSIN bestaat uit 9 cijfers en voldoet aan de elfproef.";
            case KVK_NUMMER -> objectId.matches("[0-9]{8}") ? null : "Een KvK-nummer bestaat uit 8 cijfers.";
            case VESTIGINGSNUMMER ->
                objectId.matches("[0-9]{12}") ? null : "Een vestigingsnummer bestaat uit 12 cijfers.";
        };
    }
}
