package org.interpreterline.simulator.rest;

import java.util.List;
import java.util.Map;
import org.interpreterline.simulator.recordings.Recording;
import org.interpreterline.simulator.recordings.Recordings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's Recordings: list (optionally of one call), fetch, delete, and each one's audio at its RecordingUrl
 * (without an extension, {@code .wav} or {@code .mp3}: a WAV file either way). A deleted recording is gone: 404
 * like one that never existed.
 */
@RestController
@RequestMapping("/2010-04-01/Accounts/{accountSid}")
class RecordingsApi {

    private static final MediaType WAV = MediaType.parseMediaType("audio/x-wav");

    private final Recordings recordings;

    RecordingsApi(Recordings recordings) {
        this.recordings = recordings;
    }

    @GetMapping(path = "/Recordings.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> list(@PathVariable String accountSid, @RequestParam MultiValueMap<String, String> params) {
        Form form = new Form(params);
        List<RecordingResource> records = recordings.all().reversed().stream()
                .filter(recording -> !recording.isDeleted())
                .filter(recording -> form.get("CallSid") == null || form.get("CallSid").equals(recording.callSid()))
                .map(this::resource)
                .toList();
        return ResourcePage.of("recordings", records, "/2010-04-01/Accounts/" + accountSid + "/Recordings.json");
    }

    @GetMapping(path = "/Recordings/{recordingSid}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    RecordingResource fetch(@PathVariable String accountSid, @PathVariable String recordingSid) {
        return resource(find(accountSid, recordingSid, ".json"));
    }

    @DeleteMapping(path = "/Recordings/{recordingSid}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> delete(@PathVariable String accountSid, @PathVariable String recordingSid) {
        if (!recordings.delete(recordingSid)) {
            throw TwilioApiException.notFound(path(accountSid, recordingSid, ".json"));
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/Recordings/{recordingSid}", "/Recordings/{recordingSid}.wav", "/Recordings/{recordingSid}.mp3"})
    ResponseEntity<byte[]> audio(@PathVariable String accountSid, @PathVariable String recordingSid) {
        find(accountSid, recordingSid, "");
        return ResponseEntity.ok().contentType(WAV).body(SilentWav.bytes());
    }

    private Recording find(String accountSid, String recordingSid, String extension) {
        return recordings.find(recordingSid)
                .orElseThrow(() -> TwilioApiException.notFound(path(accountSid, recordingSid, extension)));
    }

    private RecordingResource resource(Recording recording) {
        return RecordingResource.of(recording, recordings.url(recording));
    }

    private static String path(String accountSid, String recordingSid, String extension) {
        return "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid + extension;
    }
}
