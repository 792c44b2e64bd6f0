package nl.kcc.klantinteracties.importer;

/** The import cannot go on; the message says why and what to do. What was stored so far stays, for a next run. */
public final class ImportFailed extends RuntimeException {

    public ImportFailed(String message) {
        super(message);
    }
}
