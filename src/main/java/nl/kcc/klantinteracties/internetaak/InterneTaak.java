package nl.kcc.klantinteracties.internetaak;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.resource.Identified;
import org.jspecify.annotations.Nullable;

/**
 * Something the municipality has to do after a klantcontact, assigned to one or more actoren.
 *
 * @param klantcontact the klantcontact that led to the task
 * @param actoren the actors it is assigned to, in the order the client gave them; the first is the one the standard's
 *     deprecated {@code toegewezenAanActor} shows
 * @param toegewezenOp when the task was registered, which is when it was first assigned
 * @param afgehandeldOp when it was handled: set exactly when the status is {@code verwerkt}
 */
public record InterneTaak(
        UUID uuid,
        @Nullable String nummer,
        @Nullable String referentienummer,
        @Nullable String gevraagdeHandeling,
        @Nullable UUID klantcontact,
        List<UUID> actoren,
        String toelichting,
        Status status,
        OffsetDateTime toegewezenOp,
        @Nullable OffsetDateTime afgehandeldOp)
        implements Identified {

    /** A task being registered now; the client's request fills in the rest. */
    static InterneTaak nieuw(UUID uuid, OffsetDateTime nu) {
        return new InterneTaak(uuid, null, null, null, null, List.of(), "", Status.TE_VERWERKEN, nu, null);
    }

    /**
     * The task handled. Without a time given it keeps the time it was handled before, or is handled now; a task
     * that was already handled is not handled again by a correction of another field.
     */
    InterneTaak markVerwerkt(@Nullable OffsetDateTime op, OffsetDateTime nu) {
        OffsetDateTime afgehandeld = op;
        if (afgehandeld == null) {
            afgehandeld = status == Status.VERWERKT && afgehandeldOp != null ? afgehandeldOp : nu;
        }
        return new InterneTaak(
                uuid,
                nummer,
                referentienummer,
                gevraagdeHandeling,
                klantcontact,
                actoren,
                toelichting,
                Status.VERWERKT,
                toegewezenOp,
                afgehandeld);
    }

    /** The task (back) to be done: it has not been handled, so it has no time it was. */
    InterneTaak markTeVerwerken() {
        return new InterneTaak(
                uuid,
                nummer,
                referentienummer,
                gevraagdeHandeling,
                klantcontact,
                actoren,
                toelichting,
                Status.TE_VERWERKEN,
                toegewezenOp,
                null);
    }

    /** The task assigned to these actors instead of its current ones; it keeps the time it was first assigned. */
    InterneTaak toegewezenAan(List<UUID> nieuweActoren) {
        return new InterneTaak(
                uuid,
                nummer,
                referentienummer,
                gevraagdeHandeling,
                klantcontact,
                List.copyOf(nieuweActoren),
                toelichting,
                status,
                toegewezenOp,
                afgehandeldOp);
    }
}
