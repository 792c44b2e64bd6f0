package nl.kcc.klantinteracties.klantbeeld;

import static nl.kcc.klantinteracties.api.openapi.OpenApiDocument.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.openapi.OpenApiContributor;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocument;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocuments;
import nl.kcc.klantinteracties.api.page.PageRequest;
import org.springframework.stereotype.Component;

/** Documents the klantbeeld, an extension of the standard, in the Klantinteracties OpenAPI document. */
@Component
class KlantbeeldDocumentation implements OpenApiContributor {

    @Override
    public void contribute(OpenApiDocument document) {
        if (!document.basePath().equals(ApiPaths.KLANTINTERACTIES)) {
            return;
        }
        document.tag(
                "klantbeeld",
                "Uitbreiding op de standaard (C4161): het beeld van een bekende klant voor het KCC in een verzoek.");
        document.schema(
                "KlantbeeldDigitaalAdres",
                Map.of(
                        "type", "object",
                        "required", List.of("voorkeur", "digitaalAdres"),
                        "properties",
                                Map.of(
                                        "voorkeur",
                                        Map.of(
                                                "type",
                                                "boolean",
                                                "description",
                                                "Of de partij dit adres voorkeur geeft."),
                                        "digitaalAdres",
                                        ref("DigitaalAdres"))));
        document.schema(
                "KlantbeeldOpenTaak",
                Map.of(
                        "type", "object",
                        "required", List.of("wachtendSinds", "interneTaak"),
                        "properties",
                                Map.of(
                                        "wachtendSinds",
                                        Map.of(
                                                "type",
                                                "string",
                                                "format",
                                                "date-time",
                                                "description",
                                                "Het moment van het klantcontact waar de taak uit voortkwam."),
                                        "interneTaak",
                                        ref("InterneTaak"))));
        document.schema(
                "Klantbeeld",
                Map.of(
                        "type", "object",
                        "required", List.of("partij", "digitaleAdressen", "klantcontacten", "openInterneTaken"),
                        "properties",
                                Map.of(
                                        "partij", ref("Partij"),
                                        "digitaleAdressen",
                                                Map.of("type", "array", "items", ref("KlantbeeldDigitaalAdres")),
                                        "klantcontacten", ref("PaginatedExpandKlantcontactList"),
                                        "openInterneTaken",
                                                Map.of(
                                                        "type",
                                                        "array",
                                                        "items",
                                                        ref("KlantbeeldOpenTaak"),
                                                        "description",
                                                        "De taken die nog te verwerken zijn, de langst wachtende klant eerst."))));
        var operation = OpenApiDocuments.operation(
                "klantbeeld",
                "partijenKlantbeeld",
                "De partij met haar digitale adressen, haar klantcontacten (nieuwste eerst, met betrokkenen,"
                        + " onderwerpobjecten en bijlagen) en haar open interne taken.",
                "Wat het KCC bij een bekende klant wil zien, in een verzoek in plaats van een per soort object; de"
                        + " klantcontacten komen per pagina, de open taken met de langst wachtende klant eerst.");
        var parameters = new ArrayList<Map<String, Object>>();
        parameters.add(OpenApiDocuments.uuidPathParameter());
        parameters.addAll(OpenApiDocuments.pageParameters(
                "De pagina van de klantcontacten.",
                "Het aantal klantcontacten per pagina (hoogstens " + PageRequest.MAXIMUM_PAGE_SIZE + ")."));
        operation.put("parameters", parameters);
        operation.put(
                "responses",
                OpenApiDocuments.responses(
                        Map.of("200", OpenApiDocuments.ok("Het klantbeeld.", ref("Klantbeeld"))),
                        "400",
                        "401",
                        "403",
                        "404"));
        document.path("/partijen/{uuid}/klantbeeld").put("get", operation);
    }
}
