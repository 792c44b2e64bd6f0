package nl.kcc.klantinteracties.api.json;

/** How a request body is read: the standard requires all mandatory fields on POST and PUT, none on PATCH. */
public enum WriteMode {
    CREATE,
    UPDATE,
    PATCH;

    public boolean requiresMandatoryFields() {
        return this != PATCH;
    }
}
