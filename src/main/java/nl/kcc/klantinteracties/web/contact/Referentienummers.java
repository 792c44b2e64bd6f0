package nl.kcc.klantinteracties.web.contact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referentienummer the werkplek gives a new klantcontact, so that the klant has a number to quote when calling
 * again. Its form is the municipality's ({@code klantinteracties.werkplek.referentienummer.formaat}): {@code {jjjj}}
 * or {@code {jj}} for the year, {@code {volgnummer:N}} for the count within the year, at least N digits, and digits
 * of its own; the standard allows digits only. API clients choose their own referentienummers, as in Open Klant; a
 * number one of them already took is passed over.
 */
@Component
class Referentienummers {

    /** The standard's maximum length of a klantcontact's referentienummer. */
    static final int MAX_LENGTH = 10;

    private static final Pattern VOLGNUMMER = Pattern.compile("\\{volgnummer(?::([1-9]))?}");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /**
     * The form of the numbers, checked at start-up so that a wrong one stops the start, not a medewerker's save.
     *
     * @param formaat {@code {jjjj}} or {@code {jj}} for the year, {@code {volgnummer:N}} for the count within the
     *     year with at least N digits, and digits of its own
     */
    @ConfigurationProperties("klantinteracties.werkplek.referentienummer")
    record Formaat(@DefaultValue("{jj}{volgnummer:6}") String formaat) {
        Formaat {
            Matcher matcher = VOLGNUMMER.matcher(formaat);
            if (!matcher.find()) {
                throw new IllegalArgumentException("klantinteracties.werkplek.referentienummer.formaat (" + formaat
                        + ") needs {volgnummer} or {volgnummer:N}: without it two contacts would get one number");
            }
            String first = render(formaat, 2026, 1);
            if (!first.matches("[0-9]+")) {
                throw new IllegalArgumentException("klantinteracties.werkplek.referentienummer.formaat (" + formaat
                        + ") gives " + first + ": a referentienummer is digits only");
            }
            if (first.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("klantinteracties.werkplek.referentienummer.formaat (" + formaat
                        + ") gives " + first + ", longer than the " + MAX_LENGTH
                        + " characters a referentienummer may have");
            }
        }
    }

    private final JdbcClient jdbc;
    private final String formaat;

    Referentienummers(JdbcClient jdbc, Formaat formaat) {
        this.jdbc = jdbc;
        this.formaat = formaat.formaat();
    }

    /**
     * The next free number of this year, counted in the caller's transaction: when the contact is refused, the number
     * is not used up. The year's row stays locked until that transaction ends, so two saves never get one number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    String volgende() {
        int jaar = LocalDate.now(NEDERLAND).getYear();
        for (int poging = 0; poging < 1000; poging++) {
            long volgnummer = jdbc.sql("""
                            insert into referentienummer_teller (jaar, laatste) values (?, 1)
                            on conflict (jaar) do update set laatste = referentienummer_teller.laatste + 1
                            returning laatste""").param(jaar).query(Long.class).single();
            String nummer = render(formaat, jaar, volgnummer);
            if (nummer.length() > MAX_LENGTH) {
                throw new IllegalStateException("The referentienummers of " + jaar + " in the form " + formaat
                        + " have run out; choose a form with room for more digits");
            }
            boolean taken = jdbc.sql("select exists (select 1 from klantcontact where referentienummer = ?)")
                    .param(nummer)
                    .query(Boolean.class)
                    .single();
            if (!taken) {
                return nummer;
            }
        }
        throw new IllegalStateException("A thousand referentienummers in a row were taken by API clients; choose a"
                + " form of klantinteracties.werkplek.referentienummer.formaat that they do not use");
    }

    static String render(String formaat, int jaar, long volgnummer) {
        Matcher matcher = VOLGNUMMER.matcher(
                formaat.replace("{jjjj}", String.valueOf(jaar)).replace("{jj}", String.format("%02d", jaar % 100)));
        return matcher.replaceAll(m -> {
            int digits = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            return String.format("%0" + digits + "d", volgnummer);
        });
    }
}
