package org.interpreterline.dispatch.intake;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestIds;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A caller hung up: a request they opened and that was never connected is cancelled, so nobody is offered (or
 * bridged into) a call that is over; the conference of one that is connected is ended. The record can lag the webhook that opened the request by a moment (it is
 * written from Kafka), so a call whose request is not in it yet is looked up again in the background for a while,
 * without holding up Twilio's webhook. Those look-ups are bounded: one per call however often Twilio repeats its
 * status, and at most {@value #MOST_LOOKED_UP_AGAIN} at once.
 */
@Component
public class CallerHangUps implements DisposableBean {

    /** The chaos run on a loaded machine saw the record 12 s behind a caller who hung up while holding. */
    static final Duration RECORD_LAG = Duration.ofSeconds(30);
    private static final Duration LOOK_AGAIN = Duration.ofMillis(200);
    /**
     * A burst of hang-ups for calls no request knows yet (a flood, a restart's backlog of status callbacks) must not
     * grow threads and store reads without end. Past this many, a hang-up is decided at once, as during a restart:
     * its request, if there is one, is cancelled (cancelling one that does not exist is harmless).
     */
    static final int MOST_LOOKED_UP_AGAIN = 256;
    private static final Logger log = LoggerFactory.getLogger(CallerHangUps.class);

    private final RequestRecords records;
    private final RequestDesk desk;
    private final ExecutorService lookingAgain = Executors.newVirtualThreadPerTaskExecutor();
    private final Bulkhead lookUps = Bulkhead.of("caller-hang-ups", BulkheadConfig.custom()
            .maxConcurrentCalls(MOST_LOOKED_UP_AGAIN).maxWaitDuration(Duration.ZERO).build());
    private final Set<String> lookedUp = ConcurrentHashMap.newKeySet();

    public CallerHangUps(RequestRecords records, RequestDesk desk) {
        this.records = records;
        this.desk = desk;
    }

    void hungUp(String callSid, String callStatus) {
        Optional<RequestRecord> request;
        try {
            request = requestOf(callSid);
        } catch (StoreUnavailable e) {
            // restarting: cancelling a request that may not exist is harmless, leaving one open is not
            log.warn("Call {} {} while the request record is not ready: cancelling its request if any", callSid,
                    callStatus);
            cancel(RequestIds.voice(callSid), callSid);
            return;
        }
        if (request.isPresent()) {
            decide(request.get(), callSid, callStatus);
        } else if (!lookedUp.add(callSid)) {
            log.info("Call {} {}: already being looked up", callSid, callStatus);
        } else if (lookUps.tryAcquirePermission()) {
            lookingAgain.execute(() -> {
                try {
                    lookAgain(callSid, callStatus);
                } finally {
                    lookedUp.remove(callSid);
                    lookUps.onComplete();
                }
            });
        } else {
            lookedUp.remove(callSid);
            log.warn("Call {} {}: {} calls are being looked up already; cancelling its request if any", callSid,
                    callStatus, MOST_LOOKED_UP_AGAIN);
            cancel(RequestIds.voice(callSid), callSid);
        }
    }

    private void lookAgain(String callSid, String callStatus) {
        long giveUp = System.nanoTime() + RECORD_LAG.toNanos();
        while (System.nanoTime() < giveUp) {
            try {
                Thread.sleep(LOOK_AGAIN);
                Optional<RequestRecord> request = requestOf(callSid);
                if (request.isPresent()) {
                    decide(request.get(), callSid, callStatus);
                    return;
                }
            } catch (StoreUnavailable e) {
                // rebalancing: look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("Call {} {}: no request was opened", callSid, callStatus);
    }

    private Optional<RequestRecord> requestOf(String callSid) {
        return records.byCallSid(callSid).or(() -> records.byId(RequestIds.voice(callSid)))
                .filter(RequestRecord::opened);
    }

    private void decide(RequestRecord request, String callSid, String callStatus) {
        if (neverConnected(request)) {
            cancel(request.requestId(), callSid);
        } else if (request.status() == RequestStatus.CONNECTED && callSid.equals(request.requesterCallSid())) {
            // the officer's seat lets them step out with * and so does not end the conference when they leave it
            desk.requesterHungUp(request.requestId(), callSid);
        } else {
            log.info("Call {} {}: request {} already {}", callSid, callStatus, request.reference(), request.status());
        }
    }

    /**
     * Still waiting for an interpreter, or its conference already reported over with nobody bridged: the
     * conference's end often reaches the record before this webhook does, and the roster must hear the caller is
     * gone all the same, or it would bridge an interpreter into an empty conference.
     */
    private static boolean neverConnected(RequestRecord request) {
        return request.status().awaitingInterpreter()
                || (request.status() == RequestStatus.ENDED && request.connectedAt() == null);
    }

    private void cancel(String requestId, String callSid) {
        desk.cancel(requestId, RequestCancelled.Reason.REQUESTER_HUNG_UP, "hangup:" + callSid);
    }

    @Override
    public void destroy() {
        lookingAgain.shutdownNow();
    }
}
