package org.interpreterline.dispatch.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.junit.jupiter.api.Test;

/** Who interprets which language now: by name, off-duty interpreters left out, never a phone number. */
class InterpretersNowTest {

    @Test
    void eachLanguageListsWhoIsAvailableOnBreakOrPausedAndCountsTheBusy() {
        Map<String, LanguageCover> cover = InterpretersNow.cover(List.of(
                interpreter("Ana Ruiz", List.of("es"), InterpreterStatus.AVAILABLE),
                interpreter("Beto Paz", List.of("es", "pt"), InterpreterStatus.ON_CALL),
                interpreter("Carla Soto", List.of("es"), InterpreterStatus.BREAK),
                interpreter("Dora Lima", List.of("pt"), InterpreterStatus.PAUSED),
                interpreter("Eva Gil", List.of("es"), InterpreterStatus.WRAP_UP),
                interpreter("Fei Wang", List.of("zh"), InterpreterStatus.OFFLINE)));

        assertThat(cover).containsOnlyKeys("es", "pt");
        assertThat(cover.get("es")).isEqualTo(new LanguageCover(List.of("Ana Ruiz"), 2, List.of("Carla Soto"),
                List.of()));
        assertThat(cover.get("pt")).isEqualTo(new LanguageCover(List.of(), 1, List.of(), List.of("Dora Lima")));
        assertThat(cover.toString()).doesNotContain("+1412");
    }

    private static InterpreterSnapshot interpreter(String name, List<String> languages, InterpreterStatus status) {
        return new InterpreterSnapshot("int-" + name.charAt(0), "pittsburgh", name, "+1412555020" + name.length(),
                languages, 1, status, Instant.parse("2026-12-06T15:00:00Z"), 0, Instant.parse("2026-12-06T15:00:00Z"));
    }
}
