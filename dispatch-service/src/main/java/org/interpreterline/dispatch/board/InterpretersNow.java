package org.interpreterline.dispatch.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.springframework.stereotype.Component;

/** The roster's interpreters per language: who is available, busy, on a break or paused. */
@Component
class InterpretersNow {

    private final RosterInterpreters roster;

    InterpretersNow(RosterInterpreters roster) {
        this.roster = roster;
    }

    /** By language tag: every language someone of this roster speaks who is not off duty; empty while starting. */
    Optional<Map<String, LanguageCover>> byLanguage() {
        return byLanguage(null);
    }

    /** The same for the interpreters of one agency's roster; null for every roster. */
    Optional<Map<String, LanguageCover>> byLanguage(String agencyRoster) {
        return roster.now().map(all -> cover(agencyRoster == null ? all
                : all.stream().filter(i -> i.rosters().contains(agencyRoster)).toList()));
    }

    static Map<String, LanguageCover> cover(List<InterpreterSnapshot> interpreters) {
        Map<String, List<InterpreterSnapshot>> byLanguage = new TreeMap<>();
        for (InterpreterSnapshot i : interpreters) {
            if (i.status() != InterpreterStatus.OFFLINE) {
                i.languages().forEach(l -> byLanguage.computeIfAbsent(l, any -> new ArrayList<>()).add(i));
            }
        }
        return byLanguage.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> coverOf(e.getValue()), (a, b) -> a, TreeMap::new));
    }

    private static LanguageCover coverOf(List<InterpreterSnapshot> speakers) {
        List<String> available = new ArrayList<>();
        List<String> onBreak = new ArrayList<>();
        List<String> paused = new ArrayList<>();
        int busy = 0;
        for (InterpreterSnapshot i : speakers) {
            String name = i.name() == null || i.name().isBlank() ? "(no name)" : i.name();
            switch (i.status()) {
                case AVAILABLE -> available.add(name);
                case OFFERED, ON_CALL, WRAP_UP -> busy++;
                case BREAK -> onBreak.add(name);
                case PAUSED -> paused.add(name);
                case OFFLINE -> {
                    // off duty: not on the board
                }
            }
        }
        Function<List<String>, List<String>> sorted = names -> names.stream()
                .sorted(Comparator.naturalOrder()).toList();
        return new LanguageCover(sorted.apply(available), busy, sorted.apply(onBreak), sorted.apply(paused));
    }
}
