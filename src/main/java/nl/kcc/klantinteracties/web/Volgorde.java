package nl.kcc.klantinteracties.web;

import java.util.ArrayList;
import java.util.Collections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The order of a list the beheerder keeps (kanalen, gespreksresultaten): one entry moved a place up or down, and the
 * list numbered afresh, so that the numbers stay 1, 2, 3 whatever was added or taken out of use.
 *
 * @param tabel the list's table, with a column {@code volgorde}
 * @param sleutel its key column
 * @param sqlType the key column's type, for the array the new order is written with
 */
record Volgorde(String tabel, String sleutel, String sqlType) {

    /** Swaps the entry with the one before it (or after it); nothing when it is first (or last), or not there. */
    <K> void verplaats(JdbcClient jdbc, K waarde, boolean omhoog, Class<K> type) {
        var lijst = new ArrayList<>(
                jdbc.sql("select " + sleutel + " from " + tabel + " order by volgorde, " + sleutel + " for update")
                        .query(type)
                        .list());
        int plek = lijst.indexOf(waarde);
        int naar = omhoog ? plek - 1 : plek + 1;
        if (plek < 0 || naar < 0 || naar >= lijst.size()) {
            return;
        }
        Collections.swap(lijst, plek, naar);
        jdbc.sql("update " + tabel + " t set volgorde = u.plek from unnest(?) with ordinality as u(sleutel, plek)"
                        + " where t." + sleutel + " = u.sleutel")
                .param(new SqlArrayValue(sqlType, lijst.toArray()))
                .update();
    }
}
