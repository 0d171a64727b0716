package org.interpreterline.dispatch.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.rosters.LineRosters;
import org.springframework.stereotype.Component;

/** Puts the board's figures together from today's requests, the interpreters now and the alerts. */
@Component
class WallFigures {

    private final TodaysRequests todays;
    private final InterpretersNow interpreters;
    private final FiringAlerts alerts;
    private final LanguageCatalog catalog;
    private final String home;

    WallFigures(TodaysRequests todays, InterpretersNow interpreters, FiringAlerts alerts, LanguageCatalog catalog,
            LineRosters rosters) {
        this.todays = todays;
        this.interpreters = interpreters;
        this.alerts = alerts;
        this.catalog = catalog;
        this.home = rosters.home();
    }

    /** Empty while the interpreters' table starts. */
    Optional<BoardFigures> at(Instant now) {
        return at(now, null);
    }

    /**
     * One agency's roster's figures: its requests today and its interpreters (alerts are the line's); null for every
     * roster. Empty while the interpreters' table starts.
     */
    Optional<BoardFigures> at(Instant now, String roster) {
        return interpreters.byLanguage(roster).map(cover -> figures(now, todays.at(now).stream()
                .filter(r -> roster == null || roster.equals(r.rosterOr(home))).toList(), cover));
    }

    BoardFigures figures(Instant now, List<RequestRecord> today, Map<String, LanguageCover> cover) {
        Map<String, List<RequestRecord>> byLanguage = today.stream().filter(r -> r.language() != null)
                .collect(Collectors.groupingBy(RequestRecord::language));
        Set<String> languages = new TreeSet<>(cover.keySet());
        languages.addAll(byLanguage.keySet());
        List<BoardFigures.LanguageLine> lines = new ArrayList<>();
        for (String language : languages) {
            lines.add(new BoardFigures.LanguageLine(language, catalog.englishName(language),
                    cover.getOrDefault(language, LanguageCover.NOBODY),
                    DayCount.of(byLanguage.getOrDefault(language, List.of()))));
        }
        lines.sort(Comparator.comparing(BoardFigures.LanguageLine::languageName)
                .thenComparing(BoardFigures.LanguageLine::language));
        return new BoardFigures(todays.day(now), todays.zone().getId(), DayCount.of(today), List.copyOf(lines),
                alerts.latest());
    }
}
