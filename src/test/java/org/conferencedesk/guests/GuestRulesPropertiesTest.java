package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import org.conferencedesk.shared.property.Gen;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuestRulesPropertiesTest {

    /**
     * Nearly addresses (dots, @, every kind of blank), address-shaped text, any text at all, and good
     * addresses with one odd character put in anywhere (a blank, a dot, an @, any UTF-16 unit).
     */
    private static Gen<String> addresses() {
        String nearlyAlphabet = "a.@ \t\n\u000B\f\r\u001C\u00A0\u3000张Z-_";
        Gen<String> nearly = Gens.strings(nearlyAlphabet, 0, 8);
        Gen<String> shaped = Gens.strings("ab.@ ", 3, 12);
        Gen<String> anything = Gens.strings(Gens.anyUnit(), 0, 10);
        Gen<String> part = Gens.strings("ab张", 1, 3);
        Gen<String> odd = Gens.oneOf(Gens.unitsOf(nearlyAlphabet), Gens.anyUnit());
        Gen<String> oneOdd = Gen.of(r -> {
            String good = part.next(r) + "@" + part.next(r) + "." + part.next(r);
            int at = r.nextInt(good.length() + 1);
            return good.substring(0, at) + odd.next(r) + good.substring(at);
        });
        return Gens.oneOf(nearly, shaped, anything, oneOdd);
    }

    @Test
    void theEmailScanAcceptsExactlyWhatTheEmailPatternMatches() {
        Property.check(5000, addresses(), text -> assertThat(GuestRules.isEmail(text)).isEqualTo(GuestRules.isEmailByPattern(text)));
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
