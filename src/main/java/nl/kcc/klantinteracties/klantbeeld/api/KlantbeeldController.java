package nl.kcc.klantinteracties.klantbeeld.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.ApiPaths;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.page.PagedResponse;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import nl.kcc.klantinteracties.klantbeeld.Klantbeeld;
import nl.kcc.klantinteracties.klantcontact.KlantcontactResponse;
import nl.kcc.klantinteracties.partij.PartijResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /partijen/{uuid}/klantbeeld}, an extension of the standard: the partij, its digitale adressen, a page of
 * its klantcontacten (with {@code page} and {@code pageSize}) and its open tasks, in one request.
 */
@RestController
class KlantbeeldController {

    private final Klantbeeld klantbeeld;

    KlantbeeldController(Klantbeeld klantbeeld) {
        this.klantbeeld = klantbeeld;
    }

    /** The klantbeeld as the API shows it; the klantcontacten in the standard's list envelope. */
    record KlantbeeldResponse(
            PartijResponse partij,
            List<Klantbeeld.Adres> digitaleAdressen,
            PagedResponse<KlantcontactResponse> klantcontacten,
            List<Klantbeeld.OpenTaak> openInterneTaken) {}

    @GetMapping(
            path = ApiPaths.KLANTINTERACTIES + "/partijen/{uuid}/klantbeeld",
            produces = MediaType.APPLICATION_JSON_VALUE)
    KlantbeeldResponse get(@PathVariable String uuid, HttpServletRequest request) {
        var partij = Texts.parseUuid(uuid);
        if (partij == null) {
            throw ApiException.notFound();
        }
        var query = QueryParameters.forList(request, List.of(), List.of());
        var beeld = klantbeeld.of(partij, query.page(), ApiContext.of(request));
        return new KlantbeeldResponse(
                beeld.partij(),
                beeld.digitaleAdressen(),
                PagedResponse.of(beeld.contacten(), request),
                beeld.openInterneTaken());
    }
}
