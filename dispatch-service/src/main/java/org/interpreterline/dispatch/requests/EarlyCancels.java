package org.interpreterline.dispatch.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.interpreterline.events.LineEvent;
import org.interpreterline.events.dispatch.CancelTexted;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.platform.phone.PhoneMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a {@link CancelTexted} (a CANCEL the record could not place yet) with the {@link RequestCancelled} of the
 * request that phone opened before the text: at once when the record shows it, else when its opening is read.
 * Runs after the record's processor on the same events, so a request's opening is on the record when it gets here.
 */
final class EarlyCancels implements Processor<String, LineEvent, String, DispatchEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyCancels.class);

    /** How long a CANCEL waits for its request's opening; far longer than the record ever lagged (24 s). */
    static final Duration WAIT = Duration.ofMinutes(2);

    private ProcessorContext<String, DispatchEvent> context;
    private KeyValueStore<String, CancelTexted> waiting;
    private KeyValueStore<String, String> openByPhone;
    private KeyValueStore<String, RequestRecord> requests;

    @Override
    public void init(ProcessorContext<String, DispatchEvent> context) {
        this.context = context;
        waiting = context.getStateStore(RequestRecordTopology.CANCELS_WAITING);
        openByPhone = context.getStateStore(RequestRecordTopology.OPEN_BY_PHONE);
        requests = context.getStateStore(RequestRecordTopology.REQUESTS);
        context.schedule(WAIT, PunctuationType.WALL_CLOCK_TIME, at -> forgetOlderThan(Instant.ofEpochMilli(at)));
    }

    @Override
    public void process(Record<String, LineEvent> record) {
        switch (record.value()) {
            case CancelTexted cancel -> {
                RequestRecord open = openOf(cancel.requesterPhone());
                if (open != null && !open.openedAt().isAfter(cancel.occurredAt())) {
                    cancel(open.requestId(), open.reference(), cancel, record);
                } else {
                    waiting.put(cancel.requesterPhone(), cancel);
                }
            }
            case RequestOpened opened when opened.requesterPhone() != null -> {
                CancelTexted cancel = waiting.get(opened.requesterPhone());
                if (cancel != null && !opened.occurredAt().isAfter(cancel.occurredAt())
                        && !opened.occurredAt().isBefore(cancel.occurredAt().minus(WAIT))) {
                    waiting.delete(opened.requesterPhone());
                    cancel(opened.requestId(), opened.reference(), cancel, record);
                }
            }
            case null, default -> {
                // nothing a waiting CANCEL is about
            }
        }
    }

    private RequestRecord openOf(String phone) {
        String id = openByPhone.get(phone);
        RequestRecord open = id == null ? null : requests.get(id);
        return open == null || open.openedAt() == null || open.status().finished() ? null : open;
    }

    private void cancel(String requestId, String reference, CancelTexted cancel, Record<String, LineEvent> cause) {
        RequestCancelled cancelled = new RequestCancelled(RequestIds.cancellation("sms:" + cancel.messageSid()),
                cancel.occurredAt(), cancel.rosterId(), requestId, RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL);
        context.forward(new Record<String, DispatchEvent>(cause.key(), cancelled, cause.timestamp()));
        log.info("Request {}: the CANCEL texted by {} before it was recorded applies to it", reference,
                PhoneMask.mask(cancel.requesterPhone()));
    }

    private void forgetOlderThan(Instant now) {
        List<String> stale = new ArrayList<>();
        try (var all = waiting.all()) {
            while (all.hasNext()) {
                KeyValue<String, CancelTexted> next = all.next();
                if (next.value == null || next.value.occurredAt().isBefore(now.minus(WAIT))) {
                    stale.add(next.key);
                }
            }
        }
        stale.forEach(waiting::delete);
    }
}
