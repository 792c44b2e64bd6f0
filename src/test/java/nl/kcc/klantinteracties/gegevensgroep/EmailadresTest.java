package nl.kcc.klantinteracties.gegevensgroep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailadresTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "info@gemeente.nl",
                "j.de.vries@utrecht.nl",
                "klant+contact@sub.domein.example.com",
                "o'brien@example.ie",
                "a_b-c@x-y.nl",
                "postbus@münchen.de", // a domain in Unicode
                "x@xn--mnchen-3ya.de", // the same domain in its ASCII form
                "ABC@VOORBEELD.NL"
            })
    void acceptsAddressesMailCanBeDeliveredTo(String adres) {
        assertThat(Emailadres.check(adres)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "gemeente.nl", // no @
                "@gemeente.nl", // no local part
                "info@", // no domain
                "info@localhost", // no dot in the domain
                "info@@gemeente.nl",
                "in fo@gemeente.nl",
                ".info@gemeente.nl",
                "info.@gemeente.nl",
                "in..fo@gemeente.nl",
                "info@gemeente..nl",
                "info@gemeente.nl.", // empty last label
                "info@-gemeente.nl", // a label starts with a letter or digit
                "info@gemeente-.nl",
                "info@gemeente.n", // a top-level domain has at least two letters
                "info@gemeente.123",
                "info@gemeente_x.nl",
                "\"quoted\"@gemeente.nl",
                "info@[192.168.0.1]"
            })
    void refusesWhatIsNotAnAddress(String adres) {
        assertThat(Emailadres.check(adres)).isEqualTo(Emailadres.REDEN);
    }

    @Test
    void refusesALocalPartLongerThanTheRfcAllows() {
        assertThat(Emailadres.check("a".repeat(64) + "@gemeente.nl")).isNull();
        assertThat(Emailadres.check("a".repeat(65) + "@gemeente.nl")).isEqualTo(Emailadres.REDEN);
    }

    @Test
    void refusesAnAddressLongerThanTheStandardAllows() {
        String domain = String.join(".", "d".repeat(60), "e".repeat(60), "f".repeat(60), "g".repeat(60), "nl");
        String local = "a".repeat(254 - domain.length() - 1);
        assertThat(Emailadres.check(local + "@" + domain)).isNull();
        assertThat(Emailadres.check(local + "a@" + domain)).isEqualTo(Emailadres.REDEN);
    }
}
