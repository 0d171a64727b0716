package org.interpreterline.simulator.events;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interpreterline.simulator.support.SerialExecutor;
import org.interpreterline.simulator.support.Workers;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans state changes out to every open {@code /sim/events} stream, in order, on a background thread: a slow
 * page never holds up a call.
 */
@Component
public class SimEvents {

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final SerialExecutor outbox;

    public SimEvents(Workers workers) {
        this.outbox = workers.serial();
    }

    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(0L); // no timeout: the page keeps it open
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        try {
            emitter.send(SseEmitter.event().name("hello").data(Map.of("at", Instant.now().toString())));
        } catch (IOException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    /** @param details alternating names and values; nulls are left out */
    public void publish(String kind, String id, Object... details) {
        if (emitters.isEmpty()) {
            return;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                map.put(String.valueOf(details[i]), details[i + 1]);
            }
        }
        SimEvent event = new SimEvent(kind, id, Instant.now(), map);
        outbox.execute(() -> {
            for (SseEmitter emitter : emitters) {
                try {
                    emitter.send(SseEmitter.event().name(kind).data(event));
                } catch (IOException | IllegalStateException e) {
                    emitters.remove(emitter);
                }
            }
        });
    }

    public void closeAll() {
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }
}
