package nl.kcc.klantinteracties.contactgegevens;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** The register's own description of the Contactgegevens API lists what the two resources offer, and nothing else. */
class ContactgegevensOpenApiIT extends ApiIT {

    @Test
    void describesBothResourcesWithEveryOperation() {
        anonymous()
                .get("/contactgegevens/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body("info.version", equalTo("1.1.1"))
                .body("servers[0].url", equalTo("/contactgegevens/api/v1"))
                .body(
                        "paths.keySet()",
                        containsInAnyOrder(
                                "/persoon",
                                "/persoon/{uuid}",
                                "/persoon/{uuid}/audittrail",
                                "/organisatie",
                                "/organisatie/{uuid}",
                                "/organisatie/{uuid}/audittrail"))
                .body("paths.'/persoon'.get.operationId", equalTo("persoonList"))
                .body("paths.'/persoon'.post.operationId", equalTo("persoonCreate"))
                .body("paths.'/persoon/{uuid}'.get.operationId", equalTo("persoonRetrieve"))
                .body("paths.'/persoon/{uuid}'.put.operationId", equalTo("persoonUpdate"))
                .body("paths.'/persoon/{uuid}'.patch.operationId", equalTo("persoonPartialUpdate"))
                .body("paths.'/persoon/{uuid}'.delete.operationId", equalTo("persoonDestroy"))
                .body("paths.'/organisatie'.get.operationId", equalTo("organisatieList"))
                .body("paths.'/organisatie'.post.operationId", equalTo("organisatieCreate"))
                .body("paths.'/organisatie/{uuid}'.get.operationId", equalTo("organisatieRetrieve"))
                .body("paths.'/organisatie/{uuid}'.put.operationId", equalTo("organisatieUpdate"))
                .body("paths.'/organisatie/{uuid}'.patch.operationId", equalTo("organisatiePartialUpdate"))
                .body("paths.'/organisatie/{uuid}'.delete.operationId", equalTo("organisatieDestroy"))
                .body("paths.'/persoon'.get.parameters.name", containsInAnyOrder("page", "pageSize"))
                .body(
                        "components.schemas.Persoon.required",
                        containsInAnyOrder("uuid", "url", "geboortedatum", "geslachtsnaam"))
                .body("components.schemas.Persoon.properties.geslacht.enum", contains("m", "v", "o", ""))
                .body("components.schemas.Persoon.properties.adres.nullable", equalTo(true))
                .body("components.schemas.Organisatie.required", containsInAnyOrder("uuid", "url", "handelsnaam"))
                .body(
                        "components.schemas.PersoonAdres.properties.postcode.pattern",
                        equalTo("^[1-9][0-9]{3} [A-Z]{2}$"))
                .body("components.schemas.OrganisatieAdres.properties.land.maxLength", equalTo(2))
                .body("components.schemas", hasKey("PatchedPersoon"))
                .body("components.schemas", hasKey("PaginatedOrganisatieList"))
                .body("components.schemas", not(hasKey("Klantcontact")));
    }

    @Test
    void isAlsoServedAsYaml() {
        anonymous()
                .get("/contactgegevens/api/v1/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/yaml"))
                .body(containsString("/organisatie/{uuid}:"));
    }
}
