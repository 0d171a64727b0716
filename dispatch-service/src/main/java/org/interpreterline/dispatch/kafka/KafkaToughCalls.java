package org.interpreterline.dispatch.kafka;

import org.interpreterline.dispatch.flags.ToughCallLine;
import org.interpreterline.dispatch.publishing.DispatchPublisher;
import org.interpreterline.events.dispatch.ToughCallReported;
import org.springframework.stereotype.Component;

/** TOUGH texts onto {@code dispatch.events}, for the roster. */
@Component
class KafkaToughCalls implements ToughCallLine {

    private final DispatchPublisher publisher;

    KafkaToughCalls(DispatchPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public boolean report(ToughCallReported reported) {
        return !publisher.publish(reported).failed();
    }
}
