package org.interpreterline.simulator.recordings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interpreterline.simulator.SimulatorProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where this simulator serves its recordings: Twilio's RecordingUrl shape
 * ({@code /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}}, no extension) under the simulator's own
 * address, {@code simulator.public-url} or else {@code http://127.0.0.1:<port it listens on>}. It also tells
 * whether a URL a {@code <Play>} names is one of them.
 */
@Component
public class RecordingUrls implements ApplicationListener<WebServerInitializedEvent> {

    private static final Pattern MEDIA_PATH =
            Pattern.compile("/2010-04-01/Accounts/AC[0-9a-fA-F]{32}/Recordings/(RE[0-9a-fA-F]{32})(?:\\.mp3|\\.wav)?");

    private final boolean configured;
    private volatile URI base;

    RecordingUrls(SimulatorProperties properties) {
        this.configured = properties.publicUrl() != null;
        this.base = configured ? withoutTrailingSlash(URI.create(properties.publicUrl())) : null;
    }

    /** The port is known only once the server listens (a test's port 0 becomes a real one). */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (!configured && event.getApplicationContext().getServerNamespace() == null) { // not the actuator's own
            base = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
        }
    }

    /** Twilio's RecordingUrl for a recording: its audio, without an extension. */
    public String mediaUrl(String accountSid, String recordingSid) {
        return base() + "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid;
    }

    /**
     * The recording a URL points at when it is one of this simulator's recording URLs (with or without
     * {@code .mp3} / {@code .wav}, with or without a query string), whether or not that recording exists.
     */
    public Optional<String> recordingSid(String url) {
        URI at;
        try {
            at = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        URI own = base();
        String prefix = own.getPath() == null ? "" : own.getPath();
        if (!sameOrigin(at, own) || at.getPath() == null || !at.getPath().startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher media = MEDIA_PATH.matcher(at.getPath().substring(prefix.length()));
        return media.matches() ? Optional.of(media.group(1)) : Optional.empty();
    }

    private URI base() {
        URI known = base;
        if (known == null) {
            throw new IllegalStateException("the simulator's address is not known before its web server listens");
        }
        return known;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
