package org.interpreterline.dispatch.flags;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An interpreter texts TOUGH after (or during) a call that was hard on them: the roster counts it toward their
 * exposure and gives them the longer wrap-up. The event id follows from the text's MessageSid, so a text Twilio
 * sends again is counted once.
 */
@Component
public class ToughTexts {

    static final String THANKS = "Thank you for telling us. That call counts as a hard one: you get more time "
            + "before your next call, and fewer such calls for a while. Text ON when you are ready, OFF to stop.";
    static final String NOT_TAKEN = "Sorry, the line could not record that just now. Please text TOUGH again "
            + "in a minute.";

    private static final Logger log = LoggerFactory.getLogger(ToughTexts.class);

    private final ToughCallLine line;
    private final String rosterId;
    private final Clock clock = Clock.systemUTC();

    public ToughTexts(ToughCallLine line, DispatchProperties props) {
        this.line = line;
        this.rosterId = props.rosterId();
    }

    public String reported(InterpreterSnapshot interpreter, String messageSid) {
        UUID id = UUID.nameUUIDFromBytes(("tough:" + messageSid).getBytes(StandardCharsets.UTF_8));
        boolean taken = line.report(new ToughCallReported(id, clock.instant(), rosterId, interpreter.interpreterId()));
        log.info("Interpreter {} ({}) texted TOUGH ({})", interpreter.interpreterId(),
                PhoneMask.mask(interpreter.phone()), taken ? "passed to the roster" : "not taken");
        return taken ? THANKS : NOT_TAKEN;
    }
}
