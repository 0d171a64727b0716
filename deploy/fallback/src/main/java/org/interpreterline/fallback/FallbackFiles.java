package org.interpreterline.fallback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code voice.xml} and {@code sms.xml} for a fallback number into a folder, for a static host (a bucket,
 * the Kubernetes overlays' fallback ConfigMap, a test's file server).
 *
 * <pre>FALLBACK_NUMBER=+18005550199 ./mvnw -q -pl deploy/fallback compile exec:java -Dexec.args=DIR</pre>
 * or {@code exec:java -Dexec.args="DIR +18005550199"}.
 */
public final class FallbackFiles {

    public static final String VOICE = "voice.xml";
    public static final String SMS = "sms.xml";

    private FallbackFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: FallbackFiles DIR [FALLBACK_NUMBER]   (the number defaults to $FALLBACK_NUMBER)");
            System.exit(2);
        }
        String number = args.length == 2 ? args[1] : System.getenv("FALLBACK_NUMBER");
        FallbackTwiml twiml;
        try {
            twiml = new FallbackTwiml(number);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path dir = write(twiml, Path.of(args[0]));
        System.out.println("Wrote " + dir.resolve(VOICE) + " and " + dir.resolve(SMS) + " for " + number);
    }

    /** @return the folder, absolute */
    public static Path write(FallbackTwiml twiml, Path dir) throws IOException {
        Path target = Files.createDirectories(dir.toAbsolutePath());
        Files.writeString(target.resolve(VOICE), twiml.voice() + "\n", StandardCharsets.UTF_8);
        Files.writeString(target.resolve(SMS), twiml.sms() + "\n", StandardCharsets.UTF_8);
        return target;
    }
}
