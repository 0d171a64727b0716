package org.interpreterline.simulator.recordings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.interpreterline.simulator.support.Sids;
import org.interpreterline.simulator.twiml.AudioFiles;
import org.springframework.stereotype.Component;

/**
 * Every recording of this simulator instance, oldest first. A {@code <Play>} of one of their URLs is heard as the
 * words recorded; a deleted or unknown one as Twilio failing to fetch it.
 */
@Component
public class Recordings implements AudioFiles {

    /** how a phone's transcript shows a recording played to it, before its words */
    public static final String HEARD = "[recording] ";
    /** how a phone's transcript shows a recording that cannot be fetched (deleted, or never made) */
    public static final String UNAVAILABLE = "[recording unavailable]";

    private final RecordingUrls urls;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Recording> bySid = new LinkedHashMap<>();

    Recordings(RecordingUrls urls) {
        this.urls = urls;
    }

    public Recording store(String accountSid, String callSid, String words, int durationSeconds) {
        Recording recording = new Recording(Sids.next(Sids.RECORDING), accountSid, callSid, words, durationSeconds,
                Instant.now(), null);
        lock.lock();
        try {
            bySid.put(recording.sid(), recording);
        } finally {
            lock.unlock();
        }
        return recording;
    }

    /** A recording that exists (not deleted). */
    public Optional<Recording> find(String sid) {
        lock.lock();
        try {
            return Optional.ofNullable(bySid.get(sid)).filter(r -> !r.isDeleted());
        } finally {
            lock.unlock();
        }
    }

    /** @return false when there is no such recording, or it was deleted already */
    public boolean delete(String sid) {
        lock.lock();
        try {
            Recording recording = bySid.get(sid);
            if (recording == null || recording.isDeleted()) {
                return false;
            }
            bySid.put(sid, recording.deletedAt(Instant.now()));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** All of them, deleted ones included, oldest first. */
    public List<Recording> all() {
        lock.lock();
        try {
            return List.copyOf(bySid.values());
        } finally {
            lock.unlock();
        }
    }

    /** Its RecordingUrl. */
    public String url(Recording recording) {
        return urls.mediaUrl(recording.accountSid(), recording.sid());
    }

    public RecordingView view(Recording recording) {
        return new RecordingView(recording.sid(), recording.callSid(), recording.words(), recording.durationSeconds(),
                url(recording), recording.createdAt(), recording.isDeleted());
    }

    @Override
    public Optional<String> heardAs(String url) {
        return urls.recordingSid(url).map(sid -> find(sid).map(r -> HEARD + r.words()).orElse(UNAVAILABLE));
    }

    public void reset() {
        lock.lock();
        try {
            bySid.clear();
        } finally {
            lock.unlock();
        }
    }
}
