package nl.kcc.klantinteracties.api.resource;

/**
 * Objects of another resource that a delete takes along: removed with the deleted object (its foreign key cascades)
 * or unlinked from it (their reference is set to null). Either way they change, so the register records their change
 * as it records any other, in the audit trail and the notifications.
 *
 * @param collection the collection of the dependent objects
 * @param query a query for their uuids, with {@code any(?)} for the uuids of the objects being deleted, e.g.
 *     {@code select uuid from betrokkene where klantcontact_uuid = any(?)}; every {@code ?} gets those uuids
 * @param removed whether they are removed (else unlinked)
 */
public record Dependents(String collection, String query, boolean removed) {

    public static Dependents removed(String collection, String query) {
        return new Dependents(collection, query, true);
    }

    public static Dependents unlinked(String collection, String query) {
        return new Dependents(collection, query, false);
    }
}
