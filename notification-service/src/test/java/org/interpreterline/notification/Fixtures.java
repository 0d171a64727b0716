package org.interpreterline.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.dispatch.RequestOpened;
import org.interpreterline.events.roster.OfferMade;
import org.interpreterline.events.roster.RequestAssigned;
import org.interpreterline.platform.twilio.TwilioProperties;

/** Events and settings for unit tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String PUBLIC_URL = "https://notify.example";
    public static final String LINE = "+14125550100";

    private Fixtures() {
    }

    public static NotificationProperties props() {
        return new NotificationProperties("default", Duration.ofSeconds(20), Duration.ofSeconds(8), 1, true,
                Duration.ofHours(2), 10, Duration.ofMillis(250), Duration.ofSeconds(3), Duration.ofSeconds(5), 8,
                Duration.ofHours(1));
    }

    public static TwilioProperties twilio() {
        return new TwilioProperties("AC00000000000000000000000000000000", "token", LINE, "http://127.0.0.1:1",
                PUBLIC_URL);
    }

    public static OfferMade offer(String requestId, String offerId, Channel channel) {
        return new OfferMade(UUID.randomUUID(), NOW, "default", requestId, offerId, "int-ana", "Ana Rodriguez",
                "+14125550111", "es", "Pittsburgh Police", Priority.EMERGENCY, null, channel,
                "+14125550122", channel == Channel.VOICE ? "CA-officer" : null, "req-" + requestId,
                NOW.plusSeconds(40), 1);
    }

    /** {@code relayId}: a second interpreter (K'iche') for {@code hostId}'s call, in that call's conference. */
    public static RequestOpened relayOpened(String relayId, String hostId) {
        return new RequestOpened(UUID.randomUUID(), NOW.minusSeconds(5), "default", relayId, "M3X9", "quc",
                Channel.VOICE, Priority.EMERGENCY, "Pittsburgh Police", "Officer Lee", "+14125550122", null, null,
                "req-" + hostId);
    }

    public static OfferMade relayOffer(String relayId, String hostId, String offerId) {
        return new OfferMade(UUID.randomUUID(), NOW, "default", relayId, offerId, "int-tum", "Rosa Tum",
                "+14125550133", "quc", "Pittsburgh Police", Priority.EMERGENCY, null, Channel.VOICE,
                "+14125550122", null, "req-" + hostId, NOW.plusSeconds(40), 1);
    }

    public static RequestAssigned relayAssigned(String relayId, String hostId, String offerId) {
        return new RequestAssigned(UUID.randomUUID(), NOW, "default", relayId, offerId, "int-tum", "Rosa Tum",
                "quc", Channel.VOICE, "+14125550122", "req-" + hostId);
    }

    public static RequestOpened opened(String requestId, Channel channel) {
        return new RequestOpened(UUID.randomUUID(), NOW.minusSeconds(5), "default", requestId, "K7Q2", "es",
                channel, Priority.EMERGENCY, "Pittsburgh Police", "Officer Lee", "+14125550122",
                channel == Channel.VOICE ? "CA-officer" : null, null, "req-" + requestId);
    }

    public static RequestAssigned assigned(String requestId, String offerId, Channel channel) {
        return new RequestAssigned(UUID.randomUUID(), NOW, "default", requestId, offerId, "int-ana", "Ana Rodriguez",
                "es", channel, "+14125550122", "req-" + requestId);
    }
}
