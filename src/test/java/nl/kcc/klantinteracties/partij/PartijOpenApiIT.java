package nl.kcc.klantinteracties.partij;

import static org.hamcrest.Matchers.*;

import nl.kcc.klantinteracties.support.ApiIT;
import org.junit.jupiter.api.Test;

/** The register's own description of the partij side lists what the resources offer. */
class PartijOpenApiIT extends ApiIT {

    @Test
    void describesThePartijSide() {
        anonymous()
                .get("/klantinteracties/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/partijen",
                                "/partijen/{uuid}",
                                "/partij-identificatoren/{uuid}",
                                "/digitaleadressen/{uuid}",
                                "/rekeningnummers/{uuid}",
                                "/vertegenwoordigingen/{uuid}",
                                "/categorieen/{uuid}",
                                "/categorie-relaties/{uuid}"))
                .body("paths.'/partijen'.get.operationId", equalTo("partijenList"))
                .body(
                        "paths.'/partijen'.get.parameters.name",
                        hasItems(
                                "partijIdentificator__objectId",
                                "subIdentificatorVan__codeSoortObjectId",
                                "vertegenwoordigdePartij__url",
                                "categorierelatie__categorie__naam",
                                "bezoekadresNummeraanduidingId",
                                "expand"))
                .body(
                        "paths.'/partijen'.get.parameters.find { it.name == 'expand' }.schema.items.enum",
                        contains("betrokkenen", "betrokkenen.hadKlantcontact", "categorieRelaties", "digitaleAdressen"))
                .body("paths.'/partijen/{uuid}'.put.responses", hasKey("409"))
                .body("paths.'/partijen/{uuid}'.patch.responses", hasKey("409"))
                .body("paths.'/partijen/{uuid}'.delete.responses", hasKey("409"))
                .body("components.schemas.Partij.discriminator.propertyName", equalTo("soortPartij"))
                .body(
                        "components.schemas.Partij.discriminator.mapping.keySet()",
                        containsInAnyOrder("persoon", "organisatie", "contactpersoon"))
                .body("components.schemas.Contactpersoon.properties", hasKey("werkteVoorPartij"))
                .body("components.schemas.PartijIdentificator.properties.uuid.readOnly", nullValue())
                .body(
                        "components.schemas.PartijIdentificatorGroepType.properties.codeSoortObjectId.enum",
                        contains("bsn", "vestigingsnummer", "kvk_nummer", "rsin"))
                .body("components.schemas.CategorieRelatieForeignKey.properties", hasKey("categorieNaam"))
                .body("components.schemas.ExpandPartij.allOf[1].properties._expand.properties", hasKey("betrokkenen"))
                .body(
                        "paths.'/digitaleadressen'.get.parameters.name",
                        hasItems(
                                "adres",
                                "adres__icontains",
                                "verificatieDatum__gte",
                                "verstrektDoorPartij__partijIdentificator__objectId"))
                .body(
                        "components.schemas.Rekeningnummer.properties.iban.pattern",
                        equalTo("^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$"))
                .body("components.schemas.DigitaalAdres.properties.referentie.pattern", equalTo("^[-a-zA-Z0-9_]+$"));
    }
}
