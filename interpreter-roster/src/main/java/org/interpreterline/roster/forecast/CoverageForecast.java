package org.interpreterline.roster.forecast;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The forecast itself, from the ledger's aggregates: per language × hour of the week, the requests a week and the
 * interpreters usually on the line then, averaged over the complete weeks of the look-back that have history, and
 * whether the hour is a gap (README "Coverage forecast" states the rule).
 *
 * @param from          the Monday of the first week averaged
 * @param to            the Monday after the last one (the current week, not counted: it is not over)
 * @param weeks         complete weeks averaged over: the look-back's, from the first week with any history
 * @param thinHistory   fewer weeks than {@code LINE_FORECAST_THIN_HISTORY}: declared hours count too
 */
public record CoverageForecast(String timeZone, LocalDate from, LocalDate to, int lookBackWeeks, int weeks,
        boolean thinHistory, List<Row> rows) {

    /** Fewer interpreters than this on the line in an hour, on average, is "usually nobody". */
    static final double NOBODY_BELOW = 0.5;

    /**
     * @param requestsPerWeek   requests opened in that hour, per week
     * @param onLine            interpreters of the language on the line in that hour, on average (from presence)
     * @param declared          interpreters who declared that hour as usual
     * @param usualAvailable    what the forecast counts: {@code onLine}, or the larger of both while history is thin
     * @param gap               requests are expected and usually nobody is on the line
     */
    public record Row(String language, int hourOfWeek, DayOfWeek day, int hour, double requestsPerWeek,
            double onLine, int declared, double usualAvailable, boolean gap) {
    }

    static CoverageForecast of(Map<String, HourTally> hours, Collection<PresenceTrack> tracks, Instant now,
            ForecastSettings settings) {
        LineWeek week = new LineWeek(settings.timeZone());
        LocalDate to = week.weekOf(now);
        LocalDate lookBackFrom = to.minusWeeks(settings.lookBackWeeks());
        // what each language had in each hour of the look-back, the time still running of those on the line too
        Map<String, HourTally[]> byLanguage = new TreeMap<>();
        LocalDate first = null;
        for (Map.Entry<String, HourTally> e : hours.entrySet()) {
            LocalDate monday = CoverageLedger.weekOf(e.getKey());
            if (monday.isBefore(lookBackFrom) || !monday.isBefore(to)) {
                continue;
            }
            first = first == null || monday.isBefore(first) ? monday : first;
            HourTally[] tallies = tallies(byLanguage, CoverageLedger.languageOf(e.getKey()));
            int hour = CoverageLedger.hourOf(e.getKey());
            tallies[hour] = tallies[hour].plus(e.getValue());
        }
        Instant countFrom = week.startOf(lookBackFrom);
        Instant countTo = week.startOf(to);
        for (PresenceTrack track : tracks) {
            track.languages().forEach(language -> tallies(byLanguage, language));
            if (track.onLineSince() == null || !track.onLineSince().isBefore(countTo)) {
                continue;
            }
            Instant since = track.onLineSince().isAfter(countFrom) ? track.onLineSince() : countFrom;
            LocalDate sinceWeek = week.weekOf(since);
            first = first == null || sinceWeek.isBefore(first) ? sinceWeek : first;
            week.split(since, countTo, (monday, hourOfWeek, millis) -> track.languages().forEach(language -> {
                HourTally[] tallies = byLanguage.get(language);
                tallies[hourOfWeek] = tallies[hourOfWeek].plusOnLine(millis);
            }));
        }
        int weeks = first == null ? 0 : (int) ChronoUnit.WEEKS.between(first, to);
        boolean thin = weeks < settings.thinHistoryWeeks();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, HourTally[]> e : byLanguage.entrySet()) {
            String language = e.getKey();
            for (int h = 0; h < LineWeek.HOURS; h++) {
                HourTally tally = e.getValue()[h];
                double requests = weeks == 0 ? 0 : (double) tally.requests() / weeks;
                double onLine = weeks == 0 ? 0 : tally.onLineMillis() / 3_600_000.0 / weeks;
                int declared = declared(tracks, language, h);
                double usual = thin ? Math.max(onLine, declared) : onLine;
                rows.add(new Row(language, h, DayOfWeek.of(h / 24 + 1), h % 24, round(requests), round(onLine),
                        declared, round(usual), requests > 0 && usual < NOBODY_BELOW));
            }
        }
        return new CoverageForecast(settings.timeZone().getId(), first != null ? first : to, to,
                settings.lookBackWeeks(), weeks, thin, rows);
    }

    /** The languages in the forecast, in order. */
    public List<String> languages() {
        return new ArrayList<>(new TreeSet<>(rows.stream().map(Row::language).toList()));
    }

    public List<Row> gaps() {
        return rows.stream().filter(Row::gap).toList();
    }

    CoverageForecast only(String language) {
        return new CoverageForecast(timeZone, from, to, lookBackWeeks, weeks, thinHistory,
                rows.stream().filter(r -> r.language().equals(language)).toList());
    }

    private static int declared(Collection<PresenceTrack> tracks, String language, int hourOfWeek) {
        return (int) tracks.stream().filter(t -> t.languages().contains(language) && t.usuallyOn(hourOfWeek))
                .count();
    }

    private static HourTally[] tallies(Map<String, HourTally[]> byLanguage, String language) {
        return byLanguage.computeIfAbsent(language, l -> {
            HourTally[] none = new HourTally[LineWeek.HOURS];
            Arrays.fill(none, HourTally.NONE);
            return none;
        });
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
