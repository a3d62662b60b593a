package org.perfgrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.reference.CreditCode.Check;
import org.perfgrade.reference.CreditCode.Status;

class CreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"91410781694896138P", "91350200MA2YJ1XR9G"})
    void workedExamplesOfTheStandardPass(String code) {
        // given a worked example from domain.md §10
        // when it is checked
        Check check = CreditCode.check(code);
        // then it is valid with no message
        assertThat(check.status()).isEqualTo(Status.VALID);
        assertThat(check.isValid()).isTrue();
        assertThat(check.isError()).isFalse();
        assertThat(check.message()).isEmpty();
    }

    @Test
    void checkCharacterIsComputedFromTheFirstSeventeen() {
        // given the first 17 characters of the worked examples
        // when the check character is computed
        // then it is the one printed in the examples
        assertThat(CreditCode.checkCharacter("91410781694896138")).isEqualTo('P');
        assertThat(CreditCode.checkCharacter("91350200MA2YJ1XR9")).isEqualTo('G');
        assertThat(CreditCode.withCheckCharacter("91410781694896138")).isEqualTo("91410781694896138P");
    }

    @Test
    void aCheckValueOf31IsWrittenAsZero() {
        // given first 17 characters whose weighted sum is a multiple of 31 (all zeros)
        // when the check character is computed
        // then 31 becomes 0, and the code passes
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.check("000000000000000000").status()).isEqualTo(Status.VALID);
    }

    @Test
    void generatedCodesWithTheirCheckCharacterPass() {
        // given region-coded prefixes of Kaifeng counties
        for (String first17 : new String[] {"91410222MA3X4Y5Z6".replace('Z', 'Y'), "914102251234567X8",
                "91410271MA9TQ0W2K"}) {
            // when the check character is appended
            String code = CreditCode.withCheckCharacter(first17);
            // then the code passes
            assertThat(CreditCode.check(code).status()).as(code).isEqualTo(Status.VALID);
        }
    }

    @Test
    void aWrongCheckCharacterIsAWarningNamingTheExpectedOne() {
        // given a worked example with its check character changed from P to Q
        // when it is checked
        Check check = CreditCode.check("91410781694896138Q");
        // then it is a warning, not an error, and says which character was expected
        assertThat(check.status()).isEqualTo(Status.WRONG_CHECK_CHARACTER);
        assertThat(check.isError()).isFalse();
        assertThat(check.isWarning()).isTrue();
        assertThat(check.message()).isEqualTo("校验位应为“P”，实为“Q”，请核实");
    }

    @Test
    void aWrongLengthIsAnError() {
        // given codes one character too short and too long
        // when they are checked
        Check shortCode = CreditCode.check("91410781694896138");
        Check longCode = CreditCode.check("91410781694896138PP");
        // then both are errors that say how long they are
        assertThat(shortCode.status()).isEqualTo(Status.WRONG_LENGTH);
        assertThat(shortCode.isError()).isTrue();
        assertThat(shortCode.message()).isEqualTo("统一社会信用代码应为18位，实为17位");
        assertThat(longCode.message()).isEqualTo("统一社会信用代码应为18位，实为19位");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void lettersOutsideTheAlphabetAreErrors(char letter) {
        // given a code with a forbidden letter at position 5
        String code = "9141" + letter + "781694896138P";
        // when it is checked
        Check check = CreditCode.check(code);
        // then it is an error naming the position and the letter
        assertThat(check.status()).isEqualTo(Status.INVALID_CHARACTER);
        assertThat(check.isError()).isTrue();
        assertThat(check.message())
                .isEqualTo("第5位字符“" + letter + "”不是统一社会信用代码允许的字符（不含 I、O、Z、S、V）");
    }

    @Test
    void emptyAndBlankCodesAreErrors() {
        // given nothing, an empty string and full-width spaces
        // when they are checked
        // then each is EMPTY, an error
        for (String code : new String[] {null, "", "　　 "}) {
            Check check = CreditCode.check(code);
            assertThat(check.status()).isEqualTo(Status.EMPTY);
            assertThat(check.isError()).isTrue();
            assertThat(check.message()).isEqualTo("统一社会信用代码为空");
        }
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreAccepted() {
        // given a code in lower case with ordinary and full-width spaces around it
        String code = " \u3000 91350200ma2yj1xr9g\t\u3000";
        // when it is normalised and checked
        // then it is the upper-case code, and valid
        assertThat(CreditCode.normalize(code)).isEqualTo("91350200MA2YJ1XR9G");
        assertThat(CreditCode.check(code).status()).isEqualTo(Status.VALID);
    }

    @Test
    void fullWidthDigitsAndLettersAreMadeHalfWidth() {
        // given a code typed with a Chinese input method: full-width digits and letters, some lower case
        String code = "９１３５０２００ＭＡ２ＹＪ１ｘｒ９Ｇ";
        // when it is normalised and checked
        // then it is the half-width code, and valid
        assertThat(CreditCode.normalize(code)).isEqualTo("91350200MA2YJ1XR9G");
        assertThat(CreditCode.check(code).isValid()).isTrue();
        assertThat(CreditCode.normalize(null)).isEmpty();
    }

    @Test
    void errorsAndWarningsAreTold() {
        // given each status
        // when asked whether it is an error
        // then only the wrong check character is a mere warning
        assertThat(Status.VALID.isError()).isFalse();
        assertThat(Status.WRONG_CHECK_CHARACTER.isError()).isFalse();
        assertThat(Status.WRONG_LENGTH.isError()).isTrue();
        assertThat(Status.INVALID_CHARACTER.isError()).isTrue();
        assertThat(Status.EMPTY.isError()).isTrue();
    }

    @Test
    void checkCharacterRejectsBadInput() {
        // given first parts of the wrong length or with forbidden characters
        // when a check character is asked for
        // then the call fails with the reason
        assertThatThrownBy(() -> CreditCode.checkCharacter("9141078169489613"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17");
        assertThatThrownBy(() -> CreditCode.checkCharacter("9141078169489613I"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("“I”");
    }
}
