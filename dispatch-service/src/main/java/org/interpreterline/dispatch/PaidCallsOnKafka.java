package org.interpreterline.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.interpreterline.dispatch.reports.PaidCallRecord;
import org.interpreterline.dispatch.requests.PaidCall;
import org.interpreterline.dispatch.requests.RequestRecordTopology;
import org.interpreterline.dispatch.stores.DispatchStores;
import org.springframework.stereotype.Component;

/** The minutes report's record, read from the request record's {@code paid-calls} store on this instance. */
@Component
class PaidCallsOnKafka implements PaidCallRecord {

    private final DispatchStores stores;

    PaidCallsOnKafka(DispatchStores stores) {
        this.stores = stores;
    }

    @Override
    public List<PaidCall> all() {
        List<PaidCall> found = new ArrayList<>();
        try (KeyValueIterator<String, PaidCall> all = stores.<PaidCall>store(RequestRecordTopology.PAID_CALLS).all()) {
            all.forEachRemaining(kv -> {
                if (kv.value != null) {
                    found.add(kv.value);
                }
            });
        }
        return found;
    }
}
