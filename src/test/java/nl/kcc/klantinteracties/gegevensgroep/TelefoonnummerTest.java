package nl.kcc.klantinteracties.gegevensgroep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelefoonnummerTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0201234567", // a Dutch landline: ten digits starting with 0
                "0612345678", // a mobile number
                "0881234567", // 088 company numbers reach a person, unlike 0800 and 0900
                "+31201234567",
                "+123456789", // the shortest international form: + and 9 digits
                "+123456789012345", // the longest: + and 15 digits
                "0031201234567",
                "001234567", // 00 and 7 digits
                "001234567890123" // 00 and 13 digits
            })
    void acceptsNumbersSomeoneCanBeReachedOn(String nummer) {
        assertThat(Telefoonnummer.check(nummer)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "020123456", // nine digits
                "02012345678", // eleven digits
                "+12345678", // + and 8 digits
                "+1234567890123456", // + and 16 digits
                "00123456", // 00 and 6 digits
                "0012345678901234", // 00 and 14 digits
                "020 1234567", // spaces are not part of the standard's form
                "020-1234567",
                "31201234567", // international without + or 00
                "telefoon",
                "0201234567a",
                ""
            })
    void refusesWhatIsNotATelephoneNumberInTheStandardsForm(String nummer) {
        assertThat(Telefoonnummer.check(nummer)).isEqualTo(Telefoonnummer.VORM_REDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0800123456", "0900123456", "1400", "140201", "14020", "08001234"})
    void refusesInformationAndServiceNumbersWithAReasonOfTheirOwn(String nummer) {
        assertThat(Telefoonnummer.check(nummer)).isEqualTo(Telefoonnummer.SERVICENUMMER_REDEN);
    }
}
