package org.interpreterline.dispatch.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.interpreterline.platform.phone.E164;

/**
 * No emergency number, short code or premium-rate number is ever dialled, however the officer types it; an ordinary
 * number, however typed, is dialled in E.164.
 */
class AddableNumbersTest {

    @Property(tries = 2000)
    void anEmergencyNumberOrShortCodeIsNeverCallable(@ForAll("shortCodes") String typed) {
        assertThat(AddableNumbers.check(typed)).isInstanceOf(AddableNumbers.Refused.class);
    }

    @Property(tries = 2000)
    void aPremiumRateNumberIsNeverCallable(@ForAll("premiumNumbers") String typed) {
        assertThat(AddableNumbers.check(typed)).isInstanceOf(AddableNumbers.Refused.class);
    }

    @Property(tries = 2000)
    void whateverIsTyped_whatIsCallableIsAFullE164NumberOutsideTheRefusedRanges(@ForAll String typed) {
        if (AddableNumbers.check(typed) instanceof AddableNumbers.Callable(String number)) {
            assertThat(E164.valid(number)).isTrue();
            assertThat(number.length()).isGreaterThan(AddableNumbers.SHORT_CODE_MAX_DIGITS + 1);
            assertThat(AddableNumbers.PREMIUM_PREFIXES).noneMatch(number::startsWith);
        }
    }

    @Property(tries = 1000)
    void anOrdinaryUsNumberIsCalledInE164_howeverItIsWritten(@ForAll("ordinaryUsNumbers") String typed) {
        assertThat(AddableNumbers.check(typed)).isInstanceOf(AddableNumbers.Callable.class);
    }

    @Example
    void theNumbersOfTheIssue() {
        assertThat(AddableNumbers.check("+1 412 555 0199")).isEqualTo(new AddableNumbers.Callable("+14125550199"));
        assertThat(AddableNumbers.check("(412) 555-0199")).isEqualTo(new AddableNumbers.Callable("+14125550199"));
        for (String refused : List.of("911", "112", "999", "+1 911", "*67", "#31#", "61212", "1-900-555-0123",
                "+1 976 555 0123", "+44 909 879 0000", "412 911 0199x", "call my wife", "")) {
            assertThat(AddableNumbers.check(refused)).as(refused).isInstanceOf(AddableNumbers.Refused.class);
        }
        assertThat(((AddableNumbers.Refused) AddableNumbers.check("911")).reason()).contains("emergency");
        assertThat(((AddableNumbers.Refused) AddableNumbers.check("1-900-555-0123")).reason()).contains("premium");
    }

    @Provide
    Arbitrary<String> shortCodes() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> famous = Arbitraries.of("911", "112", "999", "000", "110", "119", "311", "988", "211");
        return Combinators.combine(Arbitraries.oneOf(digits, famous), Arbitraries.of("", "+", "+1", "*", "#", "00"),
                Arbitraries.of("", " ", "-", ".", "  "))
                .as((code, prefix, gap) -> prefix + String.join(gap, code.split("")));
    }

    @Provide
    Arbitrary<String> premiumNumbers() {
        Arbitrary<String> prefix = Arbitraries.of("+1 900", "1-900", "900", "(900)", "+1 976", "976", "+44 9",
                "0044 9", "+49 900", "+33 89", "+61 190");
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(7);
        return Combinators.combine(prefix, rest, Arbitraries.of(" ", "-", ""))
                .as((p, r, gap) -> p + gap + r.substring(0, 3) + gap + r.substring(3));
    }

    @Provide
    Arbitrary<String> ordinaryUsNumbers() {
        // area codes and exchanges that are neither N11 nor premium
        Arbitrary<Integer> area = Arbitraries.integers().between(200, 899).filter(a -> a % 100 != 11);
        Arbitrary<Integer> exchange = Arbitraries.integers().between(200, 999);
        Arbitrary<Integer> line = Arbitraries.integers().between(0, 9999);
        Arbitrary<String> format = Arbitraries.of("+1 %d %d %04d", "(%d) %d-%04d", "%d-%d-%04d", "1 %d %d %04d",
                "+1%d%d%04d");
        return Combinators.combine(format, area, exchange, line).as((f, a, e, l) -> String.format(f, a, e, l));
    }
}
