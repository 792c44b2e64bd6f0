package nl.kcc.klantinteracties.settings;

/** A setting in the register's namespaces that no part of the register reads. */
public final class UnknownSettingException extends IllegalStateException {

    private final String description;
    private final String action;

    UnknownSettingException(String description, String action) {
        super(description + " " + action);
        this.description = description;
        this.action = action;
    }

    String description() {
        return description;
    }

    String action() {
        return action;
    }
}
