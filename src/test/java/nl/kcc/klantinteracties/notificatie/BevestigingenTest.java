package nl.kcc.klantinteracties.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kcc.klantinteracties.internetaak.TaakSoort;
import org.junit.jupiter.api.Test;

class BevestigingenTest {

    private static final List<Bevestigingen.Actor> AFDELING = List.of(
            new Bevestigingen.Actor("Nicole Bakker", "medewerker"),
            new Bevestigingen.Actor("Burgerzaken", "organisatorische_eenheid"));

    @Test
    void whatHappensNextNamesTheAfdelingAndWhatItWillDo() {
        assertThat(Bevestigingen.vervolg(TaakSoort.TERUGBELLEN, "telefoon", AFDELING))
                .isEqualTo("Een medewerker van Burgerzaken belt u terug.");
        assertThat(Bevestigingen.vervolg(TaakSoort.BEANTWOORDEN, "post", AFDELING))
                .isEqualTo("Een medewerker van Burgerzaken beantwoordt uw vraag per brief.");
        assertThat(Bevestigingen.vervolg(TaakSoort.ZAAK, "telefoon", AFDELING))
                .isEqualTo("Een medewerker van Burgerzaken neemt uw vraag in behandeling.");
        assertThat(Bevestigingen.vervolg(TaakSoort.OVERIG, "balie", List.of()))
                .isEqualTo("Een medewerker van de gemeente neemt contact met u op.");
        assertThat(Bevestigingen.vervolg(
                        TaakSoort.TERUGBELLEN,
                        "telefoon",
                        List.of(new Bevestigingen.Actor("Nicole Bakker", "medewerker"))))
                .isEqualTo("Een medewerker van de gemeente belt u terug.");
    }
}
