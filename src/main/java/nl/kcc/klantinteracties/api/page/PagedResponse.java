package nl.kcc.klantinteracties.api.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The envelope of every list: the total, links to the neighbouring pages (or null) and this page's objects. */
@JsonPropertyOrder({"count", "next", "previous", "results"})
public record PagedResponse<T>(
        long count,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String next,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String previous,
        List<T> results) {

    /** The page as the response to this request, linking to its neighbours with the request's own parameters. */
    public static <T> PagedResponse<T> of(Page<T> page, HttpServletRequest request) {
        return new PagedResponse<>(
                page.count(),
                page.hasNext() ? pageUrl(request, page.request().page() + 1) : null,
                page.hasPrevious() ? pageUrl(request, page.request().page() - 1) : null,
                page.items());
    }

    /**
     * The link to another page, written as the standard's reference (Django REST framework) writes it: the request's
     * parameters decoded, the values of a repeated one kept together, {@code page} set (or removed for the first
     * page), the names sorted and the values encoded as an HTML form would. Clients that compare or cache these links
     * get the same text from both registers.
     */
    static String pageUrl(HttpServletRequest request, int page) {
        var parameters = new TreeMap<String, List<String>>(PagedResponse::byCodePoints);
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            // Only '&' separates, as in Python since 3.9.2 (a ';' is part of the value).
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        parameters.remove(QueryParameters.PAGE);
        if (page > 1) {
            parameters.put(QueryParameters.PAGE, List.of(Integer.toString(page)));
        }
        var text = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(value -> text.append(text.isEmpty() ? "" : "&")
                .append(encode(name))
                .append('=')
                .append(encode(value))));
        String base = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQuery(null)
                .build(true)
                .toUriString();
        return text.isEmpty() ? base : base + "?" + text;
    }

    private static int byCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken escape is kept as sent, as Python's unquote does.
            return text.replace('+', ' ');
        }
    }

    /** Python's {@code quote_plus}: letters, digits and {@code _.-~} as they are, a space as {@code +}. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
