package nl.kcc.klantinteracties.api.page;

/**
 * Which page of a list a client asked for: {@code page} counts from 1, {@code pageSize} is 100 unless asked otherwise
 * and at most 500.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAXIMUM_PAGE_SIZE = 500;

    /** {@code page=last}, as the standard's reference (Django REST framework) reads it: known once the list is counted. */
    public static final int LAST = -1;

    public static PageRequest first(int pageSize) {
        return new PageRequest(1, pageSize);
    }

    public boolean isLast() {
        return page == LAST;
    }

    /** This request once the list is known to hold {@code count} objects: {@code last} becomes a number. */
    public PageRequest resolve(long count) {
        return isLast() ? new PageRequest((int) Math.max(1, (count + pageSize - 1) / pageSize), pageSize) : this;
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
