package org.interpreterline.simulator.events;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /sim/events}: a Server-Sent Events stream of phone, call, conference and message changes. */
@RestController
public class EventsController implements DisposableBean {

    private final SimEvents events;

    public EventsController(SimEvents events) {
        this.events = events;
    }

    @GetMapping(path = "/sim/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events() {
        return events.subscribe();
    }

    @Override
    public void destroy() {
        events.closeAll();
    }
}
