package nl.kcc.klantinteracties.maakklantcontact;

import static nl.kcc.klantinteracties.api.openapi.OpenApiDocument.ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.openapi.OpenApiContributor;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocument;
import nl.kcc.klantinteracties.api.openapi.OpenApiDocuments;
import org.springframework.stereotype.Component;

/** Documents {@code /maak-klantcontact}: its request, its answer and its refusals. */
@Component
class MaakKlantcontactDocumentation implements OpenApiContributor {

    @Override
    public void contribute(OpenApiDocument document) {
        if (document.basePath().equals(ApiPaths.KLANTINTERACTIES)) {
            maakKlantcontact(document);
        }
    }

    private static void maakKlantcontact(OpenApiDocument document) {
        document.tag("maak-klantcontact", "Een klantcontact met betrokkene en onderwerpobject in een keer.");
        document.object(MaakKlantcontact.SCHEMA);
        var properties = new LinkedHashMap<String, Object>();
        properties.put("klantcontact", ref("Klantcontact"));
        properties.put("betrokkene", Map.of("allOf", List.of(ref("Betrokkene")), "nullable", true));
        properties.put("onderwerpobject", Map.of("allOf", List.of(ref("Onderwerpobject")), "nullable", true));
        properties.put(
                "actorklantcontacten",
                Map.of(
                        "type", "array",
                        "items", ref("ActorKlantcontact"),
                        "description", "Uitbreiding, alleen als het verzoek actoren had."));
        properties.put(
                "digitaleAdressen",
                Map.of(
                        "type", "array",
                        "items", ref("DigitaalAdres"),
                        "description", "Uitbreiding, alleen als het verzoek digitaleAdressen had."));
        properties.put(
                "interneTaak",
                Map.of(
                        "allOf",
                        List.of(ref("InterneTaak")),
                        "description",
                        "Uitbreiding, alleen als het verzoek een interneTaak had."));
        document.schema(
                "MaakKlantcontactResponse",
                Map.of(
                        "type",
                        "object",
                        "required",
                        List.of("klantcontact", "betrokkene", "onderwerpobject"),
                        "properties",
                        properties));
        var operation = OpenApiDocuments.operation(
                "maak-klantcontact",
                "maakKlantcontactCreate",
                "Maak een klantcontact met zijn betrokkene, onderwerpobject, actoren, digitale adressen en interne taak"
                        + " aan, alles of niets.",
                "Wordt een deel geweigerd, dan is niets aangemaakt en noemt het antwoord elk geweigerd veld met zijn"
                        + " pad in het verzoek.");
        operation.put("requestBody", OpenApiDocuments.body(ref(MaakKlantcontact.SCHEMA.name())));
        operation.put(
                "responses",
                OpenApiDocuments.responses(
                        Map.of("201", OpenApiDocuments.ok("Wat is aangemaakt.", ref("MaakKlantcontactResponse"))),
                        "400",
                        "401",
                        "403",
                        "415"));
        document.path("/" + MaakKlantcontact.PATH).put("post", operation);
    }
}
