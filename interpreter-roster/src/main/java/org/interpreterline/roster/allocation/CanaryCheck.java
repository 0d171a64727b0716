package org.interpreterline.roster.allocation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.interpreterline.events.dispatch.CanaryRequested;
import org.interpreterline.events.roster.CanaryChecked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the line's self-test: runs the same matching a new request of the language would get and says whom it
 * found, changing nothing (no request, no offer, no presence). The answer's id follows from the canary's, so a
 * repeated canary is answered with the same event.
 */
final class CanaryCheck {

    private static final Logger log = LoggerFactory.getLogger(CanaryCheck.class);

    private final Candidates candidates;
    private final Announcer out;

    CanaryCheck(RosterStores stores, Announcer out, AllocationPolicy policy) {
        this.candidates = new Candidates(stores, policy.wellbeing());
        this.out = out;
    }

    void check(CanaryRequested canary, String rosterId) {
        // a request nobody has tried yet, as RequestOpened would make it: the matching sees no difference
        Request probe = Request.opened(new RequestDetails("canary-" + canary.canaryId(), rosterId, null,
                canary.language(), null, null, null, null, null, null, null, out.now(), canary.occurredAt(), null));
        List<Interpreter> found = candidates.forRequest(probe, out.now());
        int speakers = candidates.speakers(rosterId, probe.roster(), canary.language());
        String first = found.isEmpty() ? null : found.getFirst().interpreterId();
        log.info("Line canary {} ({}): {} could be offered, {} speak it{}", canary.canaryId(), canary.language(),
                found.size(), speakers, first == null ? "" : ", first " + first);
        out.publish(rosterId, new CanaryChecked(
                UUID.nameUUIDFromBytes(("canary-checked:" + canary.canaryId()).getBytes(StandardCharsets.UTF_8)),
                out.now(), rosterId, canary.canaryId(), canary.language(), found.size(), speakers, first));
    }
}
