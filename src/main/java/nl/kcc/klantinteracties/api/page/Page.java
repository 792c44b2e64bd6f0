package nl.kcc.klantinteracties.api.page;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list. */
public record Page<T>(List<T> items, long count, PageRequest request) {

    public <R> Page<R> map(Function<List<T>, List<R>> mapping) {
        return new Page<>(mapping.apply(items), count, request);
    }

    public boolean hasNext() {
        return request.offset() + items.size() < count;
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }
}
