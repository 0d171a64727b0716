package org.interpreterline.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.interpreterline.events.dispatch.ResidentKey;
import org.junit.jupiter.api.Test;

class NumberSealTest {

    private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_MASTER = Base64.getEncoder().encodeToString("another key, thirty-two bytes!!!"
            .getBytes());

    private final NumberSeal seal = new NumberSeal(new SealingProperties(MASTER));

    @Test
    void aSealedNumberOpensWithItsKey_andTheSealedTextDoesNotShowIt() {
        NumberSeal.Sealed sealed = seal.seal("req-1/add-1", "req-1", "+14125550199");

        assertThat(sealed.sealedNumber()).doesNotContain("4125550199");
        assertThat(sealed.key().wrapped()).isTrue();
        assertThat(seal.open(sealed.key(), sealed.sealedNumber())).contains("+14125550199");
    }

    @Test
    void itOpensWithNoOtherKey_noOtherMasterKey_andNotUnderAnotherKeysName() {
        NumberSeal.Sealed one = seal.seal("req-1/add-1", "req-1", "+14125550199");
        NumberSeal.Sealed two = seal.seal("req-1/add-2", "req-1", "+14125550199");

        assertThat(seal.open(two.key(), one.sealedNumber())).isEmpty();
        assertThat(new NumberSeal(new SealingProperties(OTHER_MASTER)).open(one.key(), one.sealedNumber())).isEmpty();
        assertThat(new NumberSeal(new SealingProperties(null)).open(one.key(), one.sealedNumber())).isEmpty();
        ResidentKey renamed = new ResidentKey("req-1/add-2", "req-1", one.key().wrappedKey(), true);
        assertThat(seal.open(renamed, one.sealedNumber())).isEmpty();
        assertThat(seal.open(null, one.sealedNumber())).isEmpty();
        assertThat(seal.open(one.key(), "not sealed at all")).isEmpty();
    }

    @Test
    void withoutAMasterKeyTheKeyTravelsUnwrapped_andStillOpensOnlyItsNumber() {
        NumberSeal plain = new NumberSeal(new SealingProperties(""));
        NumberSeal.Sealed sealed = plain.seal("req-2/add-1", "req-2", "+14125550199");

        assertThat(sealed.key().wrapped()).isFalse();
        assertThat(plain.open(sealed.key(), sealed.sealedNumber())).contains("+14125550199");
        assertThat(seal.open(sealed.key(), sealed.sealedNumber())).contains("+14125550199");
    }

    @Test
    void aMasterKeyMustBeAnAesKey() {
        assertThat(new SealingProperties(MASTER).isMasterKeyUsable()).isTrue();
        assertThat(new SealingProperties("c2hvcnQ=").isMasterKeyUsable()).isFalse();
        assertThat(new SealingProperties("not base64 at all!").isMasterKeyUsable()).isFalse();
        assertThat(new SealingProperties(null).isMasterKeyUsable()).isTrue();
    }
}
