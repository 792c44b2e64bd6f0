package nl.kcc.klantinteracties.internetaak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaakSoortTest {

    @Test
    void theGevraagdeHandelingSaysWhatTheTaskAsks() {
        assertThat(TaakSoort.van("Terugbellen", "telefoon")).isEqualTo(TaakSoort.TERUGBELLEN);
        assertThat(TaakSoort.van("Klant terugbellen over de aanvraag", "e-mail"))
                .isEqualTo(TaakSoort.TERUGBELLEN);
        assertThat(TaakSoort.van("Zaak aanmaken voor productaanvraag", "telefoon"))
                .isEqualTo(TaakSoort.ZAAK);
        assertThat(TaakSoort.van("Lezen en bepalen benodigde actie", "e-mail")).isEqualTo(TaakSoort.BEANTWOORDEN);
        assertThat(TaakSoort.van("E-mail beantwoorden", "telefoon")).isEqualTo(TaakSoort.BEANTWOORDEN);
        assertThat(TaakSoort.van("Opnieuw routeren", "telefoon")).isEqualTo(TaakSoort.ROUTEREN);
        assertThat(TaakSoort.van("Informatie opsturen", "telefoon")).isEqualTo(TaakSoort.OVERIG);
    }

    @Test
    void aWrittenQuestionWithAnotherHandelingIsAnswered() {
        assertThat(TaakSoort.van("Afhandelen", "brief")).isEqualTo(TaakSoort.BEANTWOORDEN);
        assertThat(TaakSoort.van("Afhandelen", "balie")).isEqualTo(TaakSoort.OVERIG);
        assertThat(TaakSoort.antwoordKanaal("brief")).isEqualTo("brief");
        assertThat(TaakSoort.antwoordKanaal("e-mail")).isEqualTo("e-mail");
        assertThat(TaakSoort.antwoordKanaal("formulier")).isEqualTo("e-mail");
    }
}
