package nl.kcc.klantinteracties.partij;

import static nl.kcc.klantinteracties.partij.CodeObjecttype.*;
import static nl.kcc.klantinteracties.partij.CodeSoortObjectId.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.Wire;
import nl.kcc.klantinteracties.api.json.Violations;

/**
 * How a register knows a partij: its BSN in the BRP, its KvK-nummer or RSIN in the Handelsregister, or the
 * vestigingsnummer of one of its establishments, which hangs under the KvK-nummer of the organisation.
 *
 * @param partij the partij it identifies, or null
 * @param subIdentificatorVan the identificator this one hangs under (a vestigingsnummer under its KvK-nummer), or null
 */
public record PartijIdentificator(
        UUID uuid,
        UUID partij,
        String anderePartijIdentificator,
        CodeObjecttype codeObjecttype,
        CodeSoortObjectId codeSoortObjectId,
        String objectId,
        CodeRegister codeRegister,
        UUID subIdentificatorVan) {

    /** Which objects each register identifies, and with which numbers: the only combinations the standard allows. */
    private static final Map<CodeRegister, Set<CodeObjecttype>> OBJECTTYPEN = Map.of(
            CodeRegister.BRP, EnumSet.of(NATUURLIJK_PERSOON),
            CodeRegister.HR, EnumSet.of(NIET_NATUURLIJK_PERSOON, VESTIGING));

    private static final Map<CodeObjecttype, Set<CodeSoortObjectId>> SOORTEN = Map.of(
            NATUURLIJK_PERSOON, EnumSet.of(BSN),
            NIET_NATUURLIJK_PERSOON, EnumSet.of(RSIN, KVK_NUMMER),
            VESTIGING, EnumSet.of(VESTIGINGSNUMMER));

    static PartijIdentificator nieuw(UUID uuid, UUID partij) {
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
        return codeObjecttype == other.codeObjecttype
                && codeSoortObjectId == other.codeSoortObjectId
                && codeRegister == other.codeRegister
                && objectId.equals(other.objectId)
                && java.util.Objects.equals(subIdentificatorVan, other.subIdentificatorVan);
    }

    /**
     * The rules that need nothing but the identificator itself: the combination of register, object type and kind of
     * number, the form of the number, and that a vestigingsnummer hangs under something.
     *
     * @param prefix where the identificator is in the request ({@code ""}, or {@code partijIdentificatoren.0})
     */
    void checkRegels(String prefix, Violations violations) {
        String groep = Violations.path(prefix, PartijIdentificatorFields.PARTIJ_IDENTIFICATOR.name());
        Set<CodeObjecttype> objecttypen = OBJECTTYPEN.get(codeRegister);
        if (!objecttypen.contains(codeObjecttype)) {
            violations.add(
                    groep + ".codeObjecttype",
                    "invalid",
                    "Bij codeRegister " + Wire.of(codeRegister) + " hoort codeObjecttype "
                            + String.join(
                                    " of ", objecttypen.stream().map(Wire::of).toList()) + ".");
        }
        Set<CodeSoortObjectId> soorten = SOORTEN.get(codeObjecttype);
        if (!soorten.contains(codeSoortObjectId)) {
            violations.add(
                    groep + ".codeSoortObjectId",
                    "invalid",
                    "Bij codeObjecttype " + Wire.of(codeObjecttype) + " hoort codeSoortObjectId "
                            + String.join(" of ", soorten.stream().map(Wire::of).toList()) + ".");
        }
        String reden = objectIdReden();
        if (reden != null) {
            violations.add(groep + ".objectId", "invalid", reden);
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

    private String objectIdReden() {
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
