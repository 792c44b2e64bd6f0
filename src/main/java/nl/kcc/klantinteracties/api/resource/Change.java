package nl.kcc.klantinteracties.api.resource;

import java.util.UUID;
import nl.kcc.klantinteracties.api.expand.Representation;
import org.jspecify.annotations.Nullable;

/**
 * One object created, changed or deleted, published inside the transaction that does it, so that whatever records
 * the change (the audit trail, the notification outbox) commits or rolls back with it.
 *
 * @param resource the resource whose object changed
 * @param uuid the object
 * @param action what happened, in the terms of the Notificaties API
 * @param before the object as shown before the change (null on create)
 * @param after the object as shown after the change (null on delete)
 * @param vertrouwelijk whether the object was, at the change, hidden from callers without the vertrouwelijk scope (a
 *     confidential klantcontact or what hangs under it, a secret partij or its data)
 * @param announced whether other systems hear of it (the notification outbox); false only for a copy of objects that
 *     already existed elsewhere, such as an import, which the audit trail records but receivers must not mistake for
 *     new work
 */
public record Change(
        ApiResource<?, ?> resource,
        UUID uuid,
        Action action,
        @Nullable Representation before,
        @Nullable Representation after,
        boolean vertrouwelijk,
        boolean announced) {

    public Change(
            ApiResource<?, ?> resource,
            UUID uuid,
            Action action,
            @Nullable Representation before,
            @Nullable Representation after,
            boolean vertrouwelijk) {
        this(resource, uuid, action, before, after, vertrouwelijk, true);
    }

    public enum Action {
        CREATE,
        UPDATE,
        PARTIAL_UPDATE,
        DESTROY
    }
}
