package nl.kcc.klantinteracties.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartijZoekerTest {

    @Test
    void aNameWithAGeboortedatumIsReadAsAMedewerkerTypesIt() {
        assertThat(PartijZoeker.NaamEnGeboortedatum.parse("van Dijk 7-3-1980"))
                .isEqualTo(new PartijZoeker.NaamEnGeboortedatum("van Dijk", LocalDate.of(1980, 3, 7)));
        assertThat(PartijZoeker.NaamEnGeboortedatum.parse(" Jansen 1980-03-17 "))
                .isEqualTo(new PartijZoeker.NaamEnGeboortedatum("Jansen", LocalDate.of(1980, 3, 17)));
        assertThat(PartijZoeker.NaamEnGeboortedatum.parse("Jansen 17/03/1980").geboortedatum())
                .isEqualTo(LocalDate.of(1980, 3, 17));
    }

    @Test
    void aTermWithoutANameOrAnExistingDayIsRefusedWithHowToTypeIt() {
        for (String term :
                new String[] {"Jansen", "17-03-1980", "Jansen 31-02-1980", "Jansen 1980", "", "12 17-03-1980"}) {
            assertThatThrownBy(() -> PartijZoeker.NaamEnGeboortedatum.parse(term))
                    .as(term)
                    .isInstanceOf(PartijZoeker.OngeldigeZoekterm.class)
                    .hasMessageContaining("zoals Jansen 17-03-1980");
        }
    }

    @Test
    void aPostcodeAndHuisnummerAreAskedOfTheBrpAsItsStandardSpellsThem() {
        assertThat(PartijZoeker.postcodeHuisnummer("3552 ra 35"))
                .isEqualTo(new PartijZoeker.PostcodeHuisnummer("3552RA", 35));
        assertThat(PartijZoeker.postcodeHuisnummer("Dennenstraat 35")).isNull();
    }
}
