package nl.kcc.klantinteracties.partij;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElfproefTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "999993653", "123456782", "002564440"})
    void acceptsNumbersThatPass(String nummer) {
        assertThat(Elfproef.isValid(nummer)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"123456789", "111222334", "999993635", "11122233", "1112223330", "11122233a", "000000000", ""})
    void refusesMistypedNumbersAndOtherLengths(String nummer) {
        assertThat(Elfproef.isValid(nummer)).isFalse();
    }

    @Test
    void catchesEverySingleMistypedDigit() {
        String goed = "111222333";
        for (int i = 0; i < goed.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != goed.charAt(i)) {
                    String fout = goed.substring(0, i) + c + goed.substring(i + 1);
                    assertThat(Elfproef.isValid(fout)).as(fout).isFalse();
                }
            }
        }
    }
}
