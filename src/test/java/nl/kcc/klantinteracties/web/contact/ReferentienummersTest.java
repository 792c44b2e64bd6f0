package nl.kcc.klantinteracties.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferentienummersTest {

    @Test
    void theDefaultFormIsTheYearAndSixDigits() {
        assertThat(Referentienummers.render(new Referentienummers.Formaat("{jj}{volgnummer:6}").formaat(), 2026, 42))
                .isEqualTo("26000042");
        assertThat(Referentienummers.render("{jj}{volgnummer:6}", 2026, 12_345_678))
                .isEqualTo("2612345678");
    }

    @Test
    void aMunicipalityChoosesItsOwnForm() {
        assertThat(Referentienummers.render("9{jjjj}{volgnummer:3}", 2027, 7)).isEqualTo("92027007");
        assertThat(Referentienummers.render("{volgnummer}", 2027, 7)).isEqualTo("7");
    }

    @Test
    void aFormThatCannotMakeDistinctOrShortEnoughNumbersStopsTheStart() {
        assertThatThrownBy(() -> new Referentienummers.Formaat("KCC-{jjjj}"))
                .hasMessageContaining("klantinteracties.werkplek.referentienummer.formaat")
                .hasMessageContaining("{volgnummer}");
        assertThatThrownBy(() -> new Referentienummers.Formaat("{jjjj}{volgnummer:7}"))
                .hasMessageContaining("longer than the 10 characters");
        assertThatThrownBy(() -> new Referentienummers.Formaat("KCC-{jj}{volgnummer:6}"))
                .hasMessageContaining("digits only");
    }
}
