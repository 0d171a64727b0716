package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.dispatch.RequestOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Any text as an SMS body, a speech result or a CAD note, sent to the running service (signed webhooks, the admin
 * API): a webhook answers 200 with TwiML the SDK wrote and an XML parser reads; the admin API answers 202 or a 4xx;
 * a note that opens a request is clean by the time it is an event. The strings come from jqwik's generators with a
 * fixed seed, drawn here rather than in a jqwik property so that they meet the one running service every test of
 * this module shares.
 */
class HostileTextTest extends DispatchIntegrationTest {

    private static final long SEED = 20261205L;
    private static final int TRIES = 80;

    private String officer;

    @BeforeEach
    void registeredOfficer() throws Exception {
        officer = freshPhone();
        registerResponder("Officer Hostile", officer, "Pittsburgh\\u0000 Police"); // JSON-escaped: a NUL
    }

    @Test
    void anySmsBodyIsAnsweredWithTwiml() throws Exception {
        String stranger = freshPhone();
        List<String> bodies = overTheWire(hostile());
        for (int i = 0; i < bodies.size(); i++) {
            String body = i % 3 == 0 ? "Nepali x " + bodies.get(i) : bodies.get(i);
            HttpResponse<String> reply = webhook("/twilio/sms", form("MessageSid", freshSid("SM"),
                    "From", i % 5 == 0 ? stranger : officer, "Body", body));

            assertTwiml(reply, body);
            assertThat(reply.body()).as(body).contains("<Message>");
        }
    }

    @Test
    void anySpeechResultIsAnsweredWithTwiml() throws Exception {
        List<String> speech = overTheWire(hostile());
        for (int i = 0; i < speech.size(); i++) {
            String said = i % 3 == 0 ? "Nepali " + speech.get(i) : speech.get(i);
            HttpResponse<String> answer = webhook("/twilio/voice/language?attempt=" + (1 + i % 2),
                    form("CallSid", freshSid("CA"), "From", officer, "SpeechResult", said));

            assertTwiml(answer, said);
        }
    }

    @Test
    void anyCadNoteIsTakenOrRefusedAndOpensOnlyCleanRequests() throws Exception {
        List<String> opened = new ArrayList<>();
        for (String note : hostile()) {
            String json = JsonSerde.MAPPER.writeValueAsString(Map.of("language", "ne", "callbackNumber",
                    freshPhone(), "agency", note, "requesterName", note, "note", "Nepali x " + note));
            HttpResponse<String> answer = admin("POST", "/api/requests", json);

            assertThat(answer.statusCode()).as(json).isIn(202, 400);
            if (answer.statusCode() == 202) {
                opened.add(JsonSerde.MAPPER.readTree(answer.body()).path("id").asString());
            } else {
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(json)
                        .startsWith("application/problem+json");
            }
        }
        assertThat(opened).as("some notes are short enough to be taken").isNotEmpty();
        for (String id : opened) {
            RequestOpened event = (RequestOpened) LineTopicsTap.awaitDispatchEvent(
                    e -> e instanceof RequestOpened o && id.equals(o.requestId()), Duration.ofSeconds(15));
            for (String text : new String[] {event.note(), event.agency(), event.requesterName()}) {
                if (text != null) {
                    assertThat(text.codePoints().filter(HostileTextTest::unsayable)).as(text).isEmpty();
                }
            }
        }
    }

    /**
     * As Twilio can send them: a form body is UTF-8, which has no lone surrogates (the sender's encoder turns one
     * into '?'); left in, the test's own signature would be computed over text the service never receives.
     */
    private static List<String> overTheWire(List<String> texts) {
        return texts.stream().map(t -> new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .toList();
    }

    /** What XML cannot carry, or a voice should not read: controls, lone surrogates, invisible format marks. */
    private static boolean unsayable(int cp) {
        int type = Character.getType(cp);
        return cp != 0x200D && (type == Character.CONTROL || type == Character.SURROGATE
                || type == Character.FORMAT);
    }

    private static void assertTwiml(HttpResponse<String> answer, String text) throws Exception {
        // the text itself is unreadable in a report: its code points, and the answer
        String sent = text.codePoints().limit(40).mapToObj(Integer::toHexString).toList() + " -> "
                + answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length()));
        assertThat(answer.statusCode()).as(sent).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(sent).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                answer.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement().getNodeName())
                .as(sent).isEqualTo("Response");
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /** Any UTF-16 text (control characters, lone surrogates, format characters) and what a phone sends. */
    private static List<String> hostile() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(700);
        Arbitrary<String> pieces = Arbitraries.of("\uD83D\uDE00", "\uD83D", "\uDE00", "\u0000", "\u0007", "\u202E",
                "\u200D", "\uFEFF", "\uFFFF", "\u0301", "x", " ", "\u0645", "&", "<", "]]>").list().ofMaxSize(400)
                .map(parts -> String.join("", parts));
        Random random = new Random(SEED);
        List<String> samples = new ArrayList<>();
        JqwikSession.start();
        try {
            RandomGenerator<String> generator = Arbitraries.oneOf(any, pieces).generator(1000);
            for (int i = 0; i < TRIES; i++) {
                samples.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        return samples;
    }
}
