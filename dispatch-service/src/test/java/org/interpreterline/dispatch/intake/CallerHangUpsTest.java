package org.interpreterline.dispatch.intake;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hang-ups of calls no request knows yet are looked up again for a while, but never without bound: one look-up per
 * call, however often Twilio repeats its status, and past {@link CallerHangUps#MOST_LOOKED_UP_AGAIN} the request a
 * call would have opened is cancelled at once instead of waited for.
 */
class CallerHangUpsTest {

    private final RequestRecords records = mock(RequestRecords.class);
    private final RequestDesk desk = mock(RequestDesk.class);
    private final CallerHangUps hangUps = new CallerHangUps(records, desk);

    CallerHangUpsTest() {
        when(records.byCallSid(any())).thenReturn(Optional.empty());
        when(records.byId(any())).thenReturn(Optional.empty());
    }

    @AfterEach
    void stopLookingUp() {
        hangUps.destroy();
    }

    @Test
    void aFloodOfUnknownCallsIsLookedUpOnlyUpToTheBound_theRestAreCancelledAtOnce() {
        int beyond = 40;
        for (int i = 0; i < CallerHangUps.MOST_LOOKED_UP_AGAIN + beyond; i++) {
            hangUps.hungUp(callSid(i), "completed");
        }
        // the bounded ones are still being looked up (30 s); only those past the bound were decided already
        verify(desk, times(beyond)).cancel(any(), eq(RequestCancelled.Reason.REQUESTER_HUNG_UP), any());
        verify(desk).cancel(RequestIds.voice(callSid(CallerHangUps.MOST_LOOKED_UP_AGAIN)),
                RequestCancelled.Reason.REQUESTER_HUNG_UP, "hangup:" + callSid(CallerHangUps.MOST_LOOKED_UP_AGAIN));
        verify(desk, never()).cancel(eq(RequestIds.voice(callSid(0))), any(), any());
    }

    @Test
    void aStatusRepeatedForACallBeingLookedUpStartsNoSecondLookUp() {
        for (int i = 0; i < CallerHangUps.MOST_LOOKED_UP_AGAIN; i++) {
            hangUps.hungUp(callSid(0), "completed");
        }
        // had each repeat taken a place, the bound would be reached and this call cancelled at once
        hangUps.hungUp(callSid(1), "completed");
        verify(desk, never()).cancel(any(), any(), any());
    }

    private static String callSid(int i) {
        return "CA%032x".formatted(i);
    }
}
