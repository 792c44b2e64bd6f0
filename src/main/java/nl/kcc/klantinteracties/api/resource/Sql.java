package nl.kcc.klantinteracties.api.resource;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/** Small helpers for the register's explicit SQL. */
public final class Sql {

    private static final Pattern TABLE_AND_ALIAS = Pattern.compile("(\\w+) (\\w+)");

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
            PageRequest requested,
            RowMapper<T> mapper) {
        long count = jdbc.sql("select count(*) from " + from + where.clause())
                .params(where.arguments())
                .query(Long.class)
                .single();
        PageRequest page = requested.resolve(count);
        if (page.offset() >= count) {
            if (page.page() > 1) {
                throw ApiException.pageNotFound();
            }
            return new Page<>(List.of(), count, page);
        }
        String limit = " order by " + orderBy + " limit " + page.pageSize() + " offset " + page.offset();
        Matcher table = TABLE_AND_ALIAS.matcher(from);
        // The page's rows are chosen first and only then given their columns: the related-uuid sub-queries of the
        // columns would otherwise run for every row the offset skips (on page 50, for 4,900 rows that are not shown).
        String sql = table.matches()
                ? "select " + columns + " from (select " + table.group(2) + ".* from " + from + where.clause() + limit
                        + ") " + table.group(2) + " order by " + orderBy
                : "select " + columns + " from " + from + where.clause() + limit;
        List<T> items = jdbc.sql(sql).params(where.arguments()).query(mapper).list();
        return new Page<>(items, count, page);
    }
}
