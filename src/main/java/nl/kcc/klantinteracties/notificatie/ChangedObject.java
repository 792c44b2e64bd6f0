package nl.kcc.klantinteracties.notificatie;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.resource.Change;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change as the messages describe it: the object's fields as the API shows them, before and after, and when it
 * happened. Messages read fields by their API names, so they need no knowledge of each family's records.
 *
 * @param collection the resource's collection ({@code klantcontacten})
 * @param uuid the object
 * @param action what happened
 * @param before the object before the change (null on create)
 * @param after the object after the change (null on delete)
 * @param at when the change was made
 */
record ChangedObject(
        String collection,
        UUID uuid,
        Change.Action action,
        @Nullable JsonNode before,
        @Nullable JsonNode after,
        OffsetDateTime at) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ChangedObject of(Change change, OffsetDateTime at) {
        return of(change.resource().collection(), change.uuid(), change.action(), change.before(), change.after(), at);
    }

    static ChangedObject of(
            String collection,
            UUID uuid,
            Change.Action action,
            @Nullable Representation before,
            @Nullable Representation after,
            OffsetDateTime at) {
        return new ChangedObject(collection, uuid, action, tree(before), tree(after), at);
    }

    private static @Nullable JsonNode tree(@Nullable Representation shown) {
        return shown == null ? null : JSON.valueToTree(shown);
    }

    /** The object as it is now, or as it was when it was deleted. */
    JsonNode current() {
        return Objects.requireNonNull(after != null ? after : before, "a change has a before, an after or both");
    }

    /** The action in the words of the Notificaties API: {@code create}, {@code partial_update}, ... */
    String actie() {
        return action.name().toLowerCase(Locale.ROOT);
    }
}
