package org.interpreterline.dispatch.requests;

import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.LineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every event about a request onto its record, and keeps the look-ups the webhooks need: reference →
 * request, requester phone → their open request, requester CallSid → request. Runs exactly-once: a store
 * update and the input offsets commit together.
 */
final class RequestRecordProcessor implements Processor<String, LineEvent, Void, Void> {

    private static final Logger log = LoggerFactory.getLogger(RequestRecordProcessor.class);

    private final RequestStatusMachine lifecycle;
    private final RequestWatcher watcher;
    private KeyValueStore<String, RequestRecord> requests;
    private KeyValueStore<String, String> byReference;
    private KeyValueStore<String, String> openByPhone;
    private KeyValueStore<String, String> byCall;

    RequestRecordProcessor(RequestStatusMachine lifecycle, RequestWatcher watcher) {
        this.lifecycle = lifecycle;
        this.watcher = watcher;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        requests = context.getStateStore(RequestRecordTopology.REQUESTS);
        byReference = context.getStateStore(RequestRecordTopology.BY_REFERENCE);
        openByPhone = context.getStateStore(RequestRecordTopology.OPEN_BY_PHONE);
        byCall = context.getStateStore(RequestRecordTopology.BY_CALL);
    }

    @Override
    public void process(Record<String, LineEvent> record) {
        LineEvent event = record.value();
        if (event == null) {
            return;
        }
        String requestId = RequestStatusMachine.requestIdOf(event).orElse(null);
        if (requestId == null) {
            return; // presence and interpreter status: not about a request
        }
        RequestRecord before = requests.get(requestId);
        RequestRecord current = before == null ? RequestRecord.unknown(requestId) : before;
        RequestRecord after = lifecycle.apply(current, event);
        if (after == current) {
            return;
        }
        requests.put(requestId, after);
        index(current, after);
        watcher.changed(current, after);
        TimelineEntry entry = after.timeline().stream().filter(e -> event.eventId().equals(e.eventId()))
                .findFirst().orElseThrow();
        log.info("Request {} {}{}: {}", after.reference() == null ? requestId : after.reference(),
                current.status() == after.status() ? "" : current.status() + " -> ", after.status(),
                entry.summary());
    }

    /** Two open requests with one reference (two instances choosing at one moment): lookups by it refuse. */
    private void warnIfShared(RequestRecord opened) {
        List<String> open = ReferenceHolders.parse(byReference.get(opened.reference())).stream()
                .filter(id -> !id.equals(opened.requestId()))
                .filter(id -> requests.get(id) != null && !requests.get(id).status().finished()).toList();
        if (!open.isEmpty()) {
            log.warn("Request {} shares reference {} with open request(s) {}: look them up by id",
                    opened.requestId(), opened.reference(), open);
        }
    }

    private void index(RequestRecord before, RequestRecord after) {
        String id = after.requestId();
        if (!before.opened() && after.opened()) {
            byReference.put(after.reference(), ReferenceHolders.with(byReference.get(after.reference()), id));
            warnIfShared(after);
            if (after.requesterCallSid() != null) {
                byCall.put(after.requesterCallSid(), id);
            }
            if (after.requesterPhone() != null && !after.status().finished()) {
                openByPhone.put(after.requesterPhone(), id);
            }
        }
        if (after.status().finished() && after.requesterPhone() != null
                && Objects.equals(openByPhone.get(after.requesterPhone()), id)) {
            openByPhone.delete(after.requesterPhone());
        }
    }
}
