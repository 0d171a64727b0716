package org.interpreterline.simulator.rest;

import org.interpreterline.simulator.AccountNumbers;
import org.springframework.stereotype.Component;

/**
 * The {@code From} of a call, participant or text the REST API places: Twilio sends only from the account's own
 * numbers, so any other is refused as Twilio refuses it (21212), rather than ringing a phone with a caller the
 * line could never have used.
 */
@Component
class AccountSender {

    static final int INVALID_FROM = 21212;

    private final AccountNumbers numbers;

    AccountSender(AccountNumbers numbers) {
        this.numbers = numbers;
    }

    /**
     * @return {@code from}, one of the account's numbers
     * @throws TwilioApiException 400 with code 21212 when it is not one of them
     */
    String checked(String from) {
        if (!numbers.owns(from)) {
            throw TwilioApiException.badRequest(INVALID_FROM,
                    "The 'From' number " + from + " is not a valid phone number, shortcode, or alphanumeric sender ID.");
        }
        return from;
    }
}
