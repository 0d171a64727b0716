package org.interpreterline.dispatch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.interpreterline.dispatch.DispatchIntegrationTest;
import org.interpreterline.dispatch.LineTopicsTap;
import org.interpreterline.events.JsonSerde;
import org.interpreterline.events.Topics;
import org.interpreterline.events.audit.AdminRequestServed;
import org.interpreterline.events.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** Who looked at the request history is written to line.audit, on the real broker. */
class AuditTrailTest extends DispatchIntegrationTest {

    private static final Duration KAFKA = Duration.ofSeconds(15);

    @Test
    void aReadOfTheHistoryIsWrittenWithWhoTheFilterAndTheRows_andPhoneNumbersInItAreMasked() throws Exception {
        String phone = freshPhone();
        HttpResponse<String> read = admin("GET", "/api/requests?language=es&from=2026-01-01T00:00:00Z", null);
        assertThat(read.statusCode()).isEqualTo(200);
        int rows = JsonSerde.MAPPER.readTree(read.body()).size();

        AuditEvent entry = LineTopicsTap.awaitOn(Topics.LINE_AUDIT, e -> e instanceof AdminRequestServed s
                && "/api/requests".equals(s.path()) && "language=es&from=2026-01-01T00:00:00Z".equals(s.query()),
                KAFKA);
        AdminRequestServed served = (AdminRequestServed) entry;
        assertThat(served.user()).isEqualTo(ADMIN_USER);
        assertThat(served.service()).isEqualTo("dispatch-service");
        assertThat(served.method()).isEqualTo("GET");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.rows()).isEqualTo(rows);

        admin("GET", "/api/requests?callback=" + phone.replace("+", "%2B"), null);
        AdminRequestServed masked = (AdminRequestServed) LineTopicsTap.awaitOn(Topics.LINE_AUDIT,
                e -> e instanceof AdminRequestServed s && s.query() != null && s.query().startsWith("callback="),
                KAFKA);
        assertThat(masked.query()).isEqualTo("callback=***" + phone.substring(phone.length() - 4))
                .doesNotContain(phone.substring(2));
    }

    @Test
    void aRequestWithoutCredentialsWritesNothing() throws Exception {
        HttpResponse<String> refused = anonymous("GET", "/api/requests?language=ar&audit=anonymous", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        List<AuditEvent> written = LineTopicsTap.readFor(Topics.LINE_AUDIT, e -> e instanceof AdminRequestServed s
                && s.query() != null && s.query().contains("audit=anonymous"), Duration.ofSeconds(3));
        assertThat(written).isEmpty();
    }
}
