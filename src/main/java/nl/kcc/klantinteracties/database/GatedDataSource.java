package nl.kcc.klantinteracties.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The application's data source, asked for connections only through the {@link DatabaseGate}. */
final class GatedDataSource extends DelegatingDataSource {

    private final DatabaseGate gate;

    GatedDataSource(DataSource target, DatabaseGate gate) {
        super(target);
        this.gate = gate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return gate.through(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return gate.through(() -> obtainTargetDataSource().getConnection(username, password));
    }
}
