package nl.kcc.klantinteracties.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** One database on the benchmark's PostgreSQL server, as the register, the seeder and the floor reach it. */
record Database(int port, String name) {

    static final String USER = "postgres";

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    /** The settings that point the register at this database instead of an embedded one of its own. */
    void environment(Map<String, String> environment) {
        environment.put("SPRING_DATASOURCE_URL", url());
        environment.put("SPRING_DATASOURCE_USERNAME", USER);
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
    }
}
