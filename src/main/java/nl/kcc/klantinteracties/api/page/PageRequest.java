package nl.kcc.klantinteracties.api.page;

/**
 * Which page of a list a client asked for: {@code page} counts from 1, {@code pageSize} is 100 unless asked otherwise
 * and at most 500.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAXIMUM_PAGE_SIZE = 500;

    public static PageRequest first(int pageSize) {
        return new PageRequest(1, pageSize);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
