package org.interpreterline.roster.interpreters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.roster.allocation.Interpreter;
import org.junit.jupiter.api.Test;

/** {@code roster_interpreters{language, status}}: counted per language, the menu's languages always there. */
class InterpreterCountsTest {

    @Test
    void anInterpreterCountsInEachOfTheirLanguagesAndTheMenusLanguagesShowZeros() {
        Map<String, Map<InterpreterStatus, Integer>> counts = InterpreterCounts.count(List.of(
                interpreter("ana", InterpreterStatus.AVAILABLE, "es", "pt"),
                interpreter("bea", InterpreterStatus.ON_CALL, "es"),
                interpreter("omar", InterpreterStatus.OFFLINE, "ar")));

        assertThat(counts).containsOnlyKeys("es", "ar", "zh", "ne", "sw", "pt");
        assertThat(counts.get("es")).containsEntry(InterpreterStatus.AVAILABLE, 1)
                .containsEntry(InterpreterStatus.ON_CALL, 1).containsEntry(InterpreterStatus.OFFLINE, 0)
                .hasSize(InterpreterStatus.values().length);
        assertThat(counts.get("pt")).containsEntry(InterpreterStatus.AVAILABLE, 1);
        assertThat(counts.get("ar")).containsEntry(InterpreterStatus.OFFLINE, 1)
                .containsEntry(InterpreterStatus.AVAILABLE, 0);
        assertThat(counts.get("sw").values()).containsOnly(0);
    }

    /** {@code roster_interpreters_by_roster}: an interpreter of two rosters counts in each; each roster shows zeros. */
    @Test
    void perRoster_anInterpreterOfTwoRostersCountsInEach_andEveryRosterOfTheLineShowsTheMenusLanguages() {
        List<Interpreter> line = List.of(
                interpreter("ana", InterpreterStatus.AVAILABLE, List.of("default", "ems"), "es"),
                interpreter("bob", InterpreterStatus.AVAILABLE, List.of("default"), "es"));
        Map<String, Map<String, Map<InterpreterStatus, Integer>>> counts = InterpreterCounts.countByRoster(line,
                List.of("default", "ems", "fire"));

        assertThat(counts).containsOnlyKeys("default", "ems", "fire");
        assertThat(counts.get("default").get("es")).containsEntry(InterpreterStatus.AVAILABLE, 2);
        assertThat(counts.get("ems").get("es")).containsEntry(InterpreterStatus.AVAILABLE, 1);
        assertThat(counts.get("fire").get("es").values()).containsOnly(0);
        assertThat(counts.get("fire")).containsKeys("es", "ar", "zh", "ne", "sw");
        assertThat(InterpreterCounts.count(line).get("es")).as("line-wide, Ana counts once")
                .containsEntry(InterpreterStatus.AVAILABLE, 2);
    }

    private static Interpreter interpreter(String id, InterpreterStatus status, String... languages) {
        return interpreter(id, status, List.of("default"), languages);
    }

    private static Interpreter interpreter(String id, InterpreterStatus status, List<String> rosters,
            String... languages) {
        return new Interpreter(id, "default", id, "+14125550000", List.of(languages), 1, status, Instant.EPOCH, 0,
                null, null, null, null, Instant.EPOCH, rosters);
    }
}
