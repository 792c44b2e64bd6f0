package nl.kcc.klantinteracties.partij;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "NL20INGB0001234567", "GB82WEST12345698765432", "nl91abna0417164300"})
    void acceptsCheckDigitsThatAddUp(String iban) {
        assertThat(Iban.check(iban)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL92ABNA0417164300", "NL91ABNA0417164301", "NL19ABNA0417164300", "NL18BANK23481326"})
    void refusesMistypedOnes(String iban) {
        assertThat(Iban.check(iban)).isEqualTo(Iban.REDEN);
    }
}
