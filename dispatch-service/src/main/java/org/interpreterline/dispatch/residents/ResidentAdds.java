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
 * {@code ADD <number>} from an officer whose request is connected, texted or keyed in after stepping out of the call
 * with {@code *}: the line calls that number into the same conference (notification-service dials it). The number is checked ({@link AddableNumbers}), sealed with a key of
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
        return switch (attempt(records.openFor(from), typed, "resident-add:" + messageSid, from)) {
            case NoCall n -> "You have no call in progress to add someone to. Once your interpreter is on the line, "
                    + "text ADD and the number.";
            case NotConnected n -> "Request " + n.reference() + " is not connected yet. Once your interpreter is on the "
                    + "line, text ADD and the number.";
            case NoNumber n -> "Text ADD and the number to call into your call, such as ADD 412 555 0199.";
            case RefusedNumber r -> r.refusal().reason();
            case OwnNumber o -> "That is your own number. Text ADD and the number of the person to call in.";
            case NotSent n -> "Sorry, we could not add that number just now. Please text ADD again.";
            case Calling c -> "Calling the number ending " + c.lastFour() + " into your call. We will text you whether "
                    + "it answers.";
        };
    }

    @Override
    public String addByKeypad(String requestId, String digits, String occasion, String from) {
        return switch (attempt(records.byId(requestId).filter(r -> !r.status().finished()), digits,
                "resident-add:" + occasion, from)) {
            case NoCall n -> "Your call is not connected any more.";
            case NotConnected n -> "Your interpreter is not on the line yet. You can add someone once they are.";
            case NoNumber n -> "";
            case RefusedNumber r -> switch (r.refusal().why()) {
                case SHORT_CODE -> "The line cannot add emergency numbers or short codes.";
                case NOT_A_NUMBER -> "That is not a full phone number. Enter it with its area code.";
                case PREMIUM -> "The line cannot call premium-rate numbers.";
            } + " To try again, press star.";
            case OwnNumber o -> "That is your own number. To try again, press star.";
            case NotSent n -> "Sorry, we could not add that number just now. To try again, press star.";
            case Calling c -> "Calling the number ending " + PhoneMask.spokenLastFour(c.lastFour())
                    + ". You will hear whether it answers.";
        };
    }

    /** What came of an officer's asking to add {@code typed}, however they asked. */
    private sealed interface Attempt {
    }

    private record NoCall() implements Attempt {
    }

    private record NotConnected(String reference) implements Attempt {
    }

    private record NoNumber() implements Attempt {
    }

    private record RefusedNumber(AddableNumbers.Refused refusal) implements Attempt {
    }

    private record OwnNumber() implements Attempt {
    }

    private record NotSent() implements Attempt {
    }

    private record Calling(String lastFour) implements Attempt {
    }

    /** @param occasion what asked, uniquely: a retried webhook makes the same add, which the call desk then drops */
    private Attempt attempt(Optional<RequestRecord> open, String typed, String occasion, String from) {
        if (open.isEmpty()) {
            return new NoCall();
        }
        RequestRecord request = open.get();
        if (request.status() != RequestStatus.CONNECTED) {
            return new NotConnected(request.reference());
        }
        if (typed == null || typed.isBlank()) {
            return new NoNumber();
        }
        AddableNumbers.Verdict verdict = AddableNumbers.check(typed);
        if (verdict instanceof AddableNumbers.Refused refused) {
            counts.refused();
            log.info("Request {}: officer {} asked to add {}: refused ({})", request.reference(),
                    PhoneMask.mask(from), PhoneMask.mask(typed), refused.why());
            return new RefusedNumber(refused);
        }
        String number = ((AddableNumbers.Callable) verdict).e164();
        if (number.equals(from)) {
            counts.refused();
            return new OwnNumber();
        }
        UUID addId = RequestIds.id(occasion);
        String keyId = ResidentKey.idOf(request.requestId(), addId);
        NumberSeal.Sealed sealed = seal.seal(keyId, request.requestId(), number);
        String masked = PhoneMask.mask(number);
        boolean sent = publishing.publish(sealed.key(), new ResidentAddRequested(addId, clock.instant(), rosterId,
                request.requestId(), keyId, sealed.sealedNumber(), masked));
        if (!sent) {
            log.warn("Request {}: the add of {} did not reach Kafka", request.reference(), masked);
            return new NotSent();
        }
        log.info("Request {}: officer {} added {} (add {}): calling it into the conference", request.reference(),
                PhoneMask.mask(from), masked, addId);
        return new Calling(PhoneMask.lastFour(number));
    }
}
