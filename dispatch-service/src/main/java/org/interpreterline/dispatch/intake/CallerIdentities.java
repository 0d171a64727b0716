package org.interpreterline.dispatch.intake;

import java.util.Optional;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.responders.ResponderDirectory;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.dispatch.Responder;
import org.springframework.stereotype.Component;

/**
 * Who is calling: a registered responder by their phone, or a caller whose agency PIN was right (the agency is in
 * the URL the line itself gave Twilio after the PIN, which Twilio signs). Fails closed: a number that cannot be
 * looked up is nobody the line knows.
 */
@Component
class CallerIdentities {

    private final ResponderDirectory responders;
    private final DispatchProperties props;
    private final DirectoryOutage outage;

    CallerIdentities(ResponderDirectory responders, DispatchProperties props, DirectoryOutage outage) {
        this.responders = responders;
        this.props = props;
        this.outage = outage;
    }

    /** @param agency the agency a right PIN named earlier in this call, else null */
    Identity of(String from, String agency) {
        if (agency != null && props.agencies().stream().anyMatch(a -> a.name().equals(agency))) {
            return Identity.of(new Caller(null, agency));
        }
        if (from == null || from.isBlank()) {
            return Identity.UNKNOWN;
        }
        try {
            Optional<Responder> responder = responders.byPhone(from);
            outage.ready();
            return responder.map(r -> Identity.of(new Caller(r.name(), r.agency()))).orElse(Identity.UNKNOWN);
        } catch (StoreUnavailable e) {
            outage.notReady(e);
            return Identity.UNKNOWABLE;
        }
    }
}
