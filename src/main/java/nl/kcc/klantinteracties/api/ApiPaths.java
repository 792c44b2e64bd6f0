package nl.kcc.klantinteracties.api;

/** Where the register serves the two APIs, and which version of each it implements. */
public final class ApiPaths {

    public static final String KLANTINTERACTIES = "/klantinteracties/api/v1";
    public static final String KLANTINTERACTIES_VERSION = "0.9.0";

    public static final String CONTACTGEGEVENS = "/contactgegevens/api/v1";
    public static final String CONTACTGEGEVENS_VERSION = "1.1.1";

    private ApiPaths() {}
}
