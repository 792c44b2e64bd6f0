package nl.kcc.klantinteracties.api.openapi;

/**
 * Adds what the resources' declarations do not cover to the APIs' OpenAPI documents: operations that are not plain
 * CRUD ({@code /maak-klantcontact}) or that extend the standard (the audit trail). A contributor looks at
 * {@link OpenApiDocument#basePath()} to see which API's document it is given.
 */
public interface OpenApiContributor {

    void contribute(OpenApiDocument document);
}
