package nl.kcc.klantinteracties.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The root of each API: its collections by name, each with its absolute URL, as the standard's reference serves it.
 * Open Formulieren's configuration check reads it to see that a register answers; the names and their order are the
 * reference's.
 */
@RestController
class ApiRootController {

    private static final List<String> KLANTINTERACTIES = List.of(
            "actoren",
            "digitaleadressen",
            "rekeningnummers",
            "actorklantcontacten",
            "klantcontacten",
            "betrokkenen",
            "onderwerpobjecten",
            "bijlagen",
            "maak-klantcontact",
            "internetaken",
            "categorieen",
            "categorie-relaties",
            "partijen",
            "partij-identificatoren",
            "vertegenwoordigingen");

    private static final List<String> CONTACTGEGEVENS = List.of("organisatie", "persoon");

    @GetMapping(
            value = {ApiPaths.KLANTINTERACTIES, ApiPaths.KLANTINTERACTIES + "/"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> klantinteracties(HttpServletRequest request) {
        return index(request, ApiPaths.KLANTINTERACTIES, KLANTINTERACTIES);
    }

    @GetMapping(
            value = {ApiPaths.CONTACTGEGEVENS, ApiPaths.CONTACTGEGEVENS + "/"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> contactgegevens(HttpServletRequest request) {
        return index(request, ApiPaths.CONTACTGEGEVENS, CONTACTGEGEVENS);
    }

    private static Map<String, String> index(HttpServletRequest request, String apiPath, List<String> collections) {
        String root = Urls.of(request).root() + apiPath + "/";
        var index = new LinkedHashMap<String, String>();
        collections.forEach(collection -> index.put(collection, root + collection));
        return index;
    }
}
