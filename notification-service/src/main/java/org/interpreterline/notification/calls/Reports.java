package org.interpreterline.notification.calls;

import java.time.Instant;
import org.interpreterline.events.notification.NotificationEvent;

/** The call desk's output: events on {@code notification.events}, committed with the input that caused them. */
public interface Reports {

    void report(NotificationEvent event);

    /** The desk's clock (wall clock; a test driver's in tests). */
    Instant now();
}
