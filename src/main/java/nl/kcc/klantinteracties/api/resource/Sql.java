package nl.kcc.klantinteracties.api.resource;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** Small helpers for the register's explicit SQL. */
public final class Sql {

    private Sql() {}

    /** A {@code uuid[]} argument, for {@code = any(?)}. */
    public static SqlArrayValue uuids(Collection<UUID> uuids) {
        return new SqlArrayValue("uuid", uuids.toArray());
    }

    /**
     * One page of a list: a count and, when the page is not past the end, the page's rows.
     *
     * @param from the {@code from} clause with its joins, e.g. {@code klantcontact k}
     * @param columns the selected columns, e.g. {@code k.*}
     * @param orderBy the order, ending in a unique key so that pages do not overlap
     */
    public static <T> Page<T> page(
            JdbcClient jdbc,
            String from,
            String columns,
            SqlWhere where,
            String orderBy,
            PageRequest page,
            RowMapper<T> mapper) {
        long count = jdbc.sql("select count(*) from " + from + where.clause())
                .params(where.arguments())
                .query(Long.class)
                .single();
        if (page.offset() >= count) {
            if (page.page() > 1) {
                throw ApiException.pageNotFound();
            }
            return new Page<>(List.of(), count, page);
        }
        List<T> items = jdbc.sql("select " + columns + " from " + from + where.clause() + " order by " + orderBy
                        + " limit " + page.pageSize() + " offset " + page.offset())
                .params(where.arguments())
                .query(mapper)
                .list();
        return new Page<>(items, count, page);
    }
}
