package nl.kcc.klantinteracties.api.resource;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.expand.Representation;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.api.json.WriteMode;
import nl.kcc.klantinteracties.api.page.PagedResponse;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The six HTTP operations of a resource. A family's controller extends this with its path and its resource; endpoints
 * that are not standard CRUD go beside these in the subclass.
 */
public abstract class ResourceController<R extends Representation> {

    protected abstract ApiResource<?, R> resource();

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public PagedResponse<R> list(HttpServletRequest request) {
        var description = resource().description();
        var query = QueryParameters.forList(request, description.filters(), description.expandable());
        return PagedResponse.of(resource().list(query, context(request)), request);
    }

    @GetMapping(path = "/{uuid}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<R> get(@PathVariable String uuid, HttpServletRequest request) {
        var expand = QueryParameters.forDetail(request, resource().description().expandable());
        return tagged(resource().get(uuid(uuid), expand, context(request)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<R> create(@RequestBody(required = false) JsonNode body, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        R created = resource().create(bodyOrEmpty(body), context(request));
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(created))
                .location(URI.create(context(request)
                        .urls()
                        .of(resource().description().apiPath(), resource().collection(), created.uuid())))
                .body(created);
    }

    @PutMapping(
            path = "/{uuid}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<R> update(
            @PathVariable String uuid, @RequestBody(required = false) JsonNode body, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        return tagged(resource().update(uuid(uuid), bodyOrEmpty(body), WriteMode.UPDATE, context(request)));
    }

    @PatchMapping(
            path = "/{uuid}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<R> partialUpdate(
            @PathVariable String uuid, @RequestBody(required = false) JsonNode body, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        return tagged(resource().update(uuid(uuid), bodyOrEmpty(body), WriteMode.PATCH, context(request)));
    }

    /** A resource whose delete can answer with a body (see {@code /onderwerpobjecten}) overrides this. */
    @DeleteMapping("/{uuid}")
    public ResponseEntity<?> delete(@PathVariable String uuid, HttpServletRequest request) {
        QueryParameters.allowOnly(request, Set.of());
        resource().delete(uuid(uuid), context(request));
        return ResponseEntity.noContent().build();
    }

    protected static ApiContext context(HttpServletRequest request) {
        return ApiContext.of(request);
    }

    /** The object with its entity tag, which a client sends back in {@code If-Match} to change it safely. */
    protected static <T extends Representation> ResponseEntity<T> tagged(T shown) {
        return ResponseEntity.ok().eTag(ETags.of(shown)).body(shown);
    }

    /** A uuid in the path that is not a uuid names no object: 404, as for an unknown one. */
    protected static UUID uuid(String text) {
        UUID uuid = Texts.parseUuid(text);
        if (uuid == null) {
            throw ApiException.notFound();
        }
        return uuid;
    }

    /** A write without a body is read as an empty object, so the client learns which fields are required. */
    protected static JsonNode bodyOrEmpty(JsonNode body) {
        return body == null ? JsonNodeFactory.instance.objectNode() : body;
    }
}
