package nl.kcc.klantinteracties.api.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The envelope of every list: the total, links to the neighbouring pages (or null) and this page's objects. */
@JsonPropertyOrder({"count", "next", "previous", "results"})
public record PagedResponse<T>(
        long count,
        @JsonInclude(JsonInclude.Include.ALWAYS) String next,
        @JsonInclude(JsonInclude.Include.ALWAYS) String previous,
        List<T> results) {}
