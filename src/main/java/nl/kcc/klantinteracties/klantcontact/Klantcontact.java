package nl.kcc.klantinteracties.klantcontact;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kcc.klantinteracties.api.json.Violations;
import nl.kcc.klantinteracties.api.resource.Identified;
import org.jspecify.annotations.Nullable;

/**
 * A contact between the municipality and a klant (or someone acting for one) about one onderwerp, as registered. The
 * lists at the end are the objects that point at it, kept for showing it.
 */
public record Klantcontact(
        UUID uuid,
        @Nullable String nummer,
        @Nullable String referentienummer,
        @Nullable String kanaal,
        @Nullable String onderwerp,
        String inhoud,
        String reactie,
        @Nullable Boolean indicatieContactGelukt,
        String hoofdOnderwerpType,
        boolean verdereActieOndernomen,
        @Nullable String taal,
        boolean vertrouwelijk,
        OffsetDateTime plaatsgevondenOp,
        Map<String, String> metadata,
        List<UUID> betrokkenen,
        List<UUID> onderwerpobjecten,
        List<UUID> bijlagen,
        List<UUID> interneTaken,
        List<UUID> actoren)
        implements Identified {

    static final String GEEN_VERDERE_ACTIE = "no-further-action-when-contact-succesful";

    /**
     * How far a client's clock may run ahead of the register's before a plaatsgevondenOp counts as the future: a
     * klantcontact is registered after it happened (C3155, B7030), never planned ahead.
     */
    static final Duration KLOKVERSCHIL = Duration.ofMinutes(5);

    /** A contact being registered now; the client's request fills in the rest. */
    static Klantcontact nieuw(UUID uuid, OffsetDateTime nu) {
        return new Klantcontact(
                uuid, null, null, null, null, "", "", null, "", false, null, false, nu, Map.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /**
     * A contact that succeeded needs no further action by the system that registered it: the standard does not allow
     * both.
     */
    void checkRegels(Violations violations) {
        if (Boolean.TRUE.equals(indicatieContactGelukt) && verdereActieOndernomen) {
            violations.add(
                    Violations.NON_FIELD_ERRORS,
                    GEEN_VERDERE_ACTIE,
                    "Als het contact gelukt is, kan er geen verdere actie zijn ondernomen.");
        }
    }

    /** A plaatsgevondenOp the client gave is not in the future, give or take {@link #KLOKVERSCHIL}. */
    void checkPlaatsgevondenOp(OffsetDateTime nu, Violations violations) {
        if (plaatsgevondenOp.isAfter(nu.plus(KLOKVERSCHIL))) {
            violations.add(
                    KlantcontactFields.PLAATSGEVONDEN_OP.name(),
                    "invalid",
                    "Een klantcontact wordt geregistreerd nadat het plaatsvond; plaatsgevondenOp ligt in de toekomst.");
        }
    }
}
