package org.interpreterline.simulator.events;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /sim/events}: a Server-Sent Events stream of phone, call, conference and message changes. A stream
 * never ends by itself, so the open ones are ended when the simulator stops, ahead of the web server's graceful
 * shutdown (a lower lifecycle phase), which would otherwise wait its whole time-out for them, for example for a
 * phones page whose browser has gone without the server noticing.
 */
@RestController
public class EventsController implements SmartLifecycle {

    private final SimEvents events;
    private volatile boolean running;

    public EventsController(SimEvents events) {
        this.events = events;
    }

    @GetMapping(path = "/sim/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events() {
        return events.subscribe();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        events.closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
