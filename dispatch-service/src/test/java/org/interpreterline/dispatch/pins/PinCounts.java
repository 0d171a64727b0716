package org.interpreterline.dispatch.pins;

import java.time.Instant;
import org.interpreterline.dispatch.stores.DispatchStores;

/** For tests: what the {@code pin-attempts} store says about a number now. */
public final class PinCounts {

    private PinCounts() {
    }

    /** Wrong PINs of {@code phone} that still count, or -1 while it is locked out. */
    public static int of(DispatchStores stores, String authToken, String phone) {
        PinAttempts attempts = stores.<PinAttempts>store(PinAttemptsTopology.STORE)
                .get(new CallerKeys(authToken).of(phone));
        if (attempts == null) {
            return 0;
        }
        return attempts.lockedAt(Instant.now()) ? -1 : attempts.wrong().size();
    }
}
