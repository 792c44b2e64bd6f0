package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kcc.klantinteracties.api.page.Page;
import nl.kcc.klantinteracties.api.page.PageRequest;
import nl.kcc.klantinteracties.api.query.SqlWhere;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categorieën in PostgreSQL. */
@Repository
class CategorieRepository {

    private final JdbcClient jdbc;

    CategorieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Categorie> page(SqlWhere where, PageRequest page) {
        return Sql.page(jdbc, "categorie c", "c.*", where, "c.creation_order desc", page, this::map);
    }

    List<Categorie> findAll(Collection<UUID> uuids) {
        return jdbc.sql("select c.* from categorie c where c.uuid = any(?)")
                .param(Sql.uuids(uuids))
                .query(this::map)
                .list();
    }

    Optional<Categorie> findForUpdate(UUID uuid) {
        return jdbc.sql("select c.* from categorie c where c.uuid = ? for update")
                .param(uuid)
                .query(this::map)
                .optional();
    }

    void insert(Categorie c) {
        jdbc.sql("insert into categorie (uuid, naam) values (?, ?)")
                .params(c.uuid(), c.naam())
                .update();
    }

    void update(Categorie c) {
        jdbc.sql("update categorie set naam = ? where uuid = ?")
                .params(c.naam(), c.uuid())
                .update();
    }

    /** Its relations to partijen go with it (the foreign key cascades). */
    void delete(UUID uuid) {
        jdbc.sql("delete from categorie where uuid = ?").param(uuid).update();
    }

    private Categorie map(ResultSet rs, int row) throws SQLException {
        return new Categorie(Rows.uuid(rs, "uuid"), rs.getString("naam"));
    }
}
