package nl.kcc.klantinteracties.partij;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.kcc.klantinteracties.api.resource.Dependents;
import nl.kcc.klantinteracties.api.resource.Rows;
import nl.kcc.klantinteracties.api.resource.Store;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categorieën in PostgreSQL. */
@Repository
class CategorieRepository extends Store<Categorie> {

    CategorieRepository(JdbcClient jdbc) {
        super(jdbc, "categorie", "c", "c.*", "c.creation_order desc");
    }

    @Override
    public void insert(Categorie c) {
        jdbc.sql("insert into categorie (uuid, naam) values (?, ?)")
                .params(c.uuid(), c.naam())
                .update();
    }

    @Override
    public void update(Categorie c) {
        jdbc.sql("update categorie set naam = ? where uuid = ?")
                .params(c.naam(), c.uuid())
                .update();
    }

    @Override
    protected Categorie map(ResultSet rs, int row) throws SQLException {
        return new Categorie(Rows.uuid(rs, "uuid"), rs.getString("naam"));
    }

    /** The relations to the categorie go with it. */
    @Override
    public List<Dependents> dependents() {
        return List.of(Dependents.removed(
                CategorieRelatieResource.COLLECTION,
                "select uuid from categorie_relatie where categorie_uuid = any(?)"));
    }
}
