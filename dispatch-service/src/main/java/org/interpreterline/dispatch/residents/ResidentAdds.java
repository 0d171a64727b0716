package org.interpreterline.dispatch.residents;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.intake.ResidentAddText;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.ResidentKey;
import org.interpreterline.platform.phone.PhoneMask;
import org.interpreterline.platform.sealing.NumberSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ADD <number>} from an officer whose request is connected: the line calls that number into the same
 * conference (notification-service dials it). The number is checked ({@link AddableNumbers}), sealed with a key of
 * its own, and from here on only its last four digits are written anywhere readable.
 */
@Component
public class ResidentAdds implements ResidentAddText {

    private static final Logger log = LoggerFactory.getLogger(ResidentAdds.class);

    private final RequestRecords records;
    private final NumberSeal seal;
    private final ResidentAddPublishing publishing;
    private final ResidentAddCounts counts;
    private final String rosterId;
    private final Clock clock = Clock.systemUTC();

    public ResidentAdds(RequestRecords records, NumberSeal seal, ResidentAddPublishing publishing,
            ResidentAddCounts counts, DispatchProperties props) {
        this.records = records;
        this.seal = seal;
        this.publishing = publishing;
        this.counts = counts;
        this.rosterId = props.rosterId();
    }

    @Override
    public String add(String typed, String messageSid, String from) {
        Optional<RequestRecord> open = records.openFor(from);
        if (open.isEmpty()) {
            return "You have no call in progress to add someone to. Once your interpreter is on the line, text ADD "
                    + "and the number.";
        }
        RequestRecord request = open.get();
        if (request.status() != RequestStatus.CONNECTED) {
            return "Request " + request.reference() + " is not connected yet. Once your interpreter is on the line, "
                    + "text ADD and the number.";
        }
        if (typed == null || typed.isBlank()) {
            return "Text ADD and the number to call into your call, such as ADD 412 555 0199.";
        }
        AddableNumbers.Verdict verdict = AddableNumbers.check(typed);
        if (verdict instanceof AddableNumbers.Refused refused) {
            counts.refused();
            log.info("Request {}: officer {} asked to add {}: refused ({})", request.reference(),
                    PhoneMask.mask(from), PhoneMask.mask(typed), refused.why());
            return refused.reason();
        }
        String number = ((AddableNumbers.Callable) verdict).e164();
        if (number.equals(from)) {
            counts.refused();
            return "That is your own number. Text ADD and the number of the person to call in.";
        }
        // a retried webhook makes the same add, which the call desk then drops
        UUID addId = RequestIds.id("resident-add:" + messageSid);
        String keyId = ResidentKey.idOf(request.requestId(), addId);
        NumberSeal.Sealed sealed = seal.seal(keyId, request.requestId(), number);
        String masked = PhoneMask.mask(number);
        boolean sent = publishing.publish(sealed.key(), new ResidentAddRequested(addId, clock.instant(), rosterId,
                request.requestId(), keyId, sealed.sealedNumber(), masked));
        if (!sent) {
            log.warn("Request {}: the add of {} did not reach Kafka", request.reference(), masked);
            return "Sorry, we could not add that number just now. Please text ADD again.";
        }
        log.info("Request {}: officer {} added {} (add {}): calling it into the conference", request.reference(),
                PhoneMask.mask(from), masked, addId);
        return "Calling the number ending " + lastFour(number) + " into your call. We will text you whether it "
                + "answers.";
    }

    static String lastFour(String number) {
        return number.substring(number.length() - 4);
    }
}
