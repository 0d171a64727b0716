package org.interpreterline.simulator.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Twilio writes dates in resources and webhooks as RFC 2822 in UTC: "Mon, 23 Nov 2026 02:15:30 +0000". */
public final class TwilioTime {

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private TwilioTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }
}
