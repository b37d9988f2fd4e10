package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuestRulesPropertiesTest {

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> nearly = Arbitraries.strings().withChars("a.@ \t\n\u000B\f\r\u001C\u00A0\u3000张Z-_").ofMaxLength(8);
        Arbitrary<String> shaped = Arbitraries.strings().withChars("ab.@ ").ofMinLength(3).ofMaxLength(12);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(10);
        return Arbitraries.oneOf(nearly, shaped, anything);
    }

    @Property(tries = 5000)
    void theEmailScanAcceptsExactlyWhatTheEmailPatternMatches(@ForAll("addresses") String text) {
        assertThat(GuestRules.isEmail(text)).isEqualTo(GuestRules.isEmailByPattern(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "zhang.san@example.com", "张三@例子.中国", "a@b.c.d", "a.b@c.d"})
    void addressesThePatternMatchesAreEmails(String text) {
        assertThat(GuestRules.isEmailByPattern(text)).isTrue();
        assertThat(GuestRules.isEmail(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@b.c", "a@", "a@b", "a@.c", "a@b.", "a@@b.c", "a b@c.d", "a@b.c\t", "a\u000B@b.c", "ab.c",
            "a@b.c.", "a@.b.c", "a@b..c"})
    void textsThePatternRefusesAreNotEmails(String text) {
        assertThat(GuestRules.isEmailByPattern(text)).isFalse();
        assertThat(GuestRules.isEmail(text)).isFalse();
    }
}
