package org.interpreterline.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void acceptsE164AndUsNumbersAsTheyAreWritten() {
        assertThat(PhoneNumber.normalise("+14125550123")).hasValue("+14125550123");
        assertThat(PhoneNumber.normalise("(412) 555-0123")).hasValue("+14125550123");
        assertThat(PhoneNumber.normalise("412.555.0123")).hasValue("+14125550123");
        assertThat(PhoneNumber.normalise("1 412 555 0123")).hasValue("+14125550123");
        assertThat(PhoneNumber.normalise("+44 20 7946 0958")).hasValue("+442079460958");
    }

    @Test
    void refusesWhatIsNoPhoneNumber() {
        assertThat(PhoneNumber.normalise("call me")).isEmpty();
        assertThat(PhoneNumber.normalise("555-0123")).isEmpty();
        assertThat(PhoneNumber.normalise("0412 555 0123")).isEmpty();
        assertThat(PhoneNumber.normalise(null)).isEmpty();
    }
}
