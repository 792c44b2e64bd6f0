package nl.kcc.klantinteracties.api.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The envelope of every list: the total, links to the neighbouring pages (or null) and this page's objects. */
@JsonPropertyOrder({"count", "next", "previous", "results"})
public record PagedResponse<T>(
        long count,
        @JsonInclude(JsonInclude.Include.ALWAYS) String next,
        @JsonInclude(JsonInclude.Include.ALWAYS) String previous,
        List<T> results) {

    /** The page as the response to this request, linking to its neighbours with the request's own parameters. */
    public static <T> PagedResponse<T> of(Page<T> page, HttpServletRequest request) {
        return new PagedResponse<>(
                page.count(),
                page.hasNext() ? pageUrl(request, page.request().page() + 1) : null,
                page.hasPrevious() ? pageUrl(request, page.request().page() - 1) : null,
                page.items());
    }

    /** The first page is the list without a page number, as the standard's implementations link to it. */
    private static String pageUrl(HttpServletRequest request, int page) {
        var builder = ServletUriComponentsBuilder.fromRequest(request);
        if (page == 1) {
            builder.replaceQueryParam(QueryParameters.PAGE);
        } else {
            builder.replaceQueryParam(QueryParameters.PAGE, page);
        }
        return builder.build(true).toUriString();
    }
}
