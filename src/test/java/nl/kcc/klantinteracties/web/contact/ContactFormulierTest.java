package nl.kcc.klantinteracties.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ContactFormulierTest {

    private static ContactFormulier met(List<ContactFormulier.Vraag> vragen, String bijVraag) {
        return new ContactFormulier(
                "telefoon",
                "",
                vragen,
                "ja",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "ja",
                bijVraag,
                "",
                "",
                "",
                "",
                java.util.Map.of(),
                "",
                "");
    }

    private static ContactFormulier.Vraag vraag(String onderwerp) {
        return new ContactFormulier.Vraag(onderwerp, "", "", "", "", "");
    }

    @Test
    void aFormSentWithoutVragenHasOneEmptyOne() {
        var formulier = ContactFormulier.nieuw("", null, "").metVragen(List.of());
        assertThat(formulier.vragenLijst()).containsExactly(ContactFormulier.Vraag.leeg());
        assertThat(formulier.kanaal()).isEqualTo("telefoon");
    }

    @Test
    void gapsInTheNumberingAreClosedAndNoMoreThanTheLimitIsKept() {
        var metGat = Arrays.asList(vraag("eerste"), null, vraag("derde"));
        assertThat(met(metGat, "1").vragenLijst()).containsExactly(vraag("eerste"), vraag("derde"));
        var veel = java.util.stream.IntStream.range(0, 15)
                .mapToObj(i -> vraag("vraag " + i))
                .toList();
        assertThat(met(veel, "1").vragenLijst()).hasSize(ContactFormulier.MAX_VRAGEN);
    }

    @Test
    void theTerugbelverzoekHangsUnderTheChosenVraagOrElseTheFirst() {
        var twee = List.of(vraag("a"), vraag("b"));
        assertThat(met(twee, "2").bijVraagIndex()).isEqualTo(1);
        assertThat(met(twee, "3").bijVraagIndex()).isZero();
        assertThat(met(twee, "0").bijVraagIndex()).isZero();
        assertThat(met(twee, "twee").bijVraagIndex()).isZero();
    }

    @Test
    void aProblemOfTheRegisterIsShownAtTheFieldOfItsVraag() {
        Function<String, String> veld = ContactRegistratie.velden(List.of("telefoon", "email"));
        assertThat(veld.apply("vragen.1.klantcontact.onderwerp")).isEqualTo("vragen1-onderwerp");
        assertThat(veld.apply("klantcontact.inhoud")).isEqualTo("vragen0-vraag");
        assertThat(veld.apply("vragen.0.klantcontact.indicatieContactGelukt")).isEqualTo("gelukt");
        assertThat(veld.apply("vragen.2.onderwerpobject.onderwerpobjectidentificator.objectId"))
                .isEqualTo("vragen2-zaak");
        assertThat(veld.apply("vragen.1.afdeling")).isEqualTo("vragen1-afdeling");
        assertThat(veld.apply("vragen.0.digitaleAdressen.1.adres")).isEqualTo("email");
        assertThat(veld.apply("vragen.1.interneTaak.toelichting")).isEqualTo("toelichting");
        assertThat(veld.apply("vragen.0.betrokkene.contactnaam.achternaam")).isEqualTo("achternaam");
    }
}
