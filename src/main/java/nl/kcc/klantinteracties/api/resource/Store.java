package nl.kcc.klantinteracties.api.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a resource keeps its objects: one table, and all of that table's SQL. The reads every resource needs (a page,
 * objects by uuid, one object locked) and the removal are the same for each table and are written here once; a
 * family's repository extends this with how a row becomes an object, its writes, what a delete takes along and its
 * own queries. The resource is composed with its store and keeps its rules and its representation.
 *
 * <p>No method here is final: a repository may be a Spring proxy, and a final method would run on the proxy instead
 * of the repository behind it.
 *
 * @param <T> the stored object
 */
public abstract class Store<T extends Identified> {

    protected final JdbcClient jdbc;
    private final String table;
    private final String alias;
    private final String columns;
    private final String orderBy;

    /**
     * @param table the table, e.g. {@code klantcontact}
     * @param alias its alias in every query of the store, e.g. {@code k}; the resource's visibility condition uses it
     * @param columns the selected columns, e.g. {@code k.*}, with the related uuids as sub-queries
     * @param orderBy the order of a list, ending in a unique key so that pages do not overlap
     */
    protected Store(JdbcClient jdbc, String table, String alias, String columns, String orderBy) {
        this.jdbc = jdbc;
        this.table = table;
        this.alias = alias;
        this.columns = columns;
        this.orderBy = orderBy;
    }

    public String alias() {
        return alias;
    }

    /** The {@code from} clause of the store's reads. */
    protected String from() {
        return table + " " + alias;
    }

    /** The selected columns; a store whose related lists depend on what the caller may see builds them here. */
    protected String columns(ApiContext context) {
        return columns;
    }

    protected abstract T map(ResultSet rs, int row) throws SQLException;

    /** Objects of this kind as the store reads them, before they are returned: a store may complete them. */
    protected List<T> complete(List<T> found) {
        return found;
    }

    public Page<T> page(SqlWhere where, PageRequest page, ApiContext context) {
        return Sql.page(jdbc, from(), columns(context), where, orderBy, page, this::map)
                .map(this::complete);
    }

    /** The objects with these uuids that exist and satisfy {@code visible}, in any order. */
    public List<T> findAll(Collection<UUID> uuids, String visible, ApiContext context) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return complete(jdbc.sql("select " + columns(context) + " from " + from() + " where " + alias
                        + ".uuid = any(?) and (" + visible + ")")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list());
    }

    /** The object, locked until the end of the transaction. */
    public Optional<T> findForUpdate(UUID uuid, String visible, ApiContext context) {
        return jdbc.sql("select " + columns(context) + " from " + from() + " where " + alias + ".uuid = ? and ("
                        + visible + ") for update of " + alias)
                .param(uuid)
                .query(this::map)
                .optional()
                .map(item -> complete(List.of(item)).getFirst());
    }

    public abstract void insert(T item);

    public abstract void update(T item);

    /** Removes the object; what hangs under it goes by the foreign keys' cascades, see {@link #dependents()}. */
    public void delete(UUID uuid) {
        jdbc.sql("delete from " + table + " where uuid = ?").param(uuid).update();
    }

    /** What a delete takes along, to be recorded as changed; see {@link Dependents}. */
    public List<Dependents> dependents() {
        return List.of();
    }
}
