package nl.kcc.klantinteracties.api.openapi;

/**
 * Adds what the resources' declarations do not cover to an API's OpenAPI document: operations that are not plain
 * CRUD ({@code /maak-klantcontact}) or that extend the standard.
 */
public interface OpenApiContributor {

    /** The base path of the API this contributes to. */
    String apiPath();

    void contribute(OpenApiDocument document);
}
