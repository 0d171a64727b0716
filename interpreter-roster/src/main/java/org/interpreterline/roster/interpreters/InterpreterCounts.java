package org.interpreterline.roster.interpreters;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.routing.RosterOwner;
import org.interpreterline.roster.allocation.Interpreter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code roster_interpreters{language, status}}: how many interpreters of each language are in each status,
 * read from the allocator's own store every two seconds by the instance that serves the roster (the others report
 * zeros). An interpreter who speaks two languages counts in
 * both. Every status of the standard menu's languages is always there (zeros too), so an alert sees Spanish
 * coverage drop to zero rather than a series vanish; other languages appear once someone on the roster speaks
 * them.
 *
 * <p>Where the line serves several agencies' rosters, {@code roster_interpreters_by_roster{roster, language, status}}
 * counts the same per roster: an interpreter of two rosters counts in each, so that one is not summed over rosters
 * (the line-wide {@code roster_interpreters} counts everyone once).
 */
@Component
public class InterpreterCounts implements DisposableBean {

    private static final Duration RECOUNT_EVERY = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(InterpreterCounts.class);
    /** The standard phone menu's languages (es, ar, zh, ne, sw): an alert watches them even when nobody is on. */
    private static final Set<String> ALWAYS_SHOWN = LanguageMenu.standard(LanguageCatalog.standard())
            .languagesByDigit().values().stream().map(Language::tag).collect(Collectors.toCollection(TreeSet::new));

    private final RosterView roster;
    private final RosterOwner owner;
    private final LineRosters rosters;
    private final MultiGauge gauge;
    private final MultiGauge byRoster;
    private final ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("interpreter-counts").factory());

    public InterpreterCounts(RosterView roster, RosterOwner owner, LineRosters rosters, MeterRegistry registry) {
        this.roster = roster;
        this.owner = owner;
        this.rosters = rosters;
        this.gauge = MultiGauge.builder("roster_interpreters")
                .description("Interpreters on the roster by language and status")
                .register(registry);
        this.byRoster = MultiGauge.builder("roster_interpreters_by_roster")
                .description("Interpreters of each agency's roster by language and status")
                .register(registry);
        publish(List.of());
        counter.scheduleWithFixedDelay(this::recount, 0, RECOUNT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void recount() {
        try {
            publish(roster.interpreters());
        } catch (ResponseStatusException e) {
            // the allocator is starting or rebalancing: keep the last counts, unless another instance serves the
            // roster now (dashboards add the instances up: each interpreter is counted by one of them)
            if (owner.now() instanceof RosterOwner.Owner.There) {
                publish(List.of());
            }
        } catch (RuntimeException e) {
            log.warn("Could not count interpreters: {}", e.toString());
        }
    }

    static Map<String, Map<InterpreterStatus, Integer>> count(List<Interpreter> interpreters) {
        Map<String, Map<InterpreterStatus, Integer>> counts = new TreeMap<>();
        ALWAYS_SHOWN.forEach(language -> counts.put(language, zeros()));
        for (Interpreter i : interpreters) {
            for (String language : i.languages()) {
                counts.computeIfAbsent(language, l -> zeros()).merge(i.status(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The same per agency's roster: an interpreter counts in each roster they belong to. */
    static Map<String, Map<String, Map<InterpreterStatus, Integer>>> countByRoster(List<Interpreter> interpreters,
            List<String> lineRosters) {
        Map<String, Map<String, Map<InterpreterStatus, Integer>>> counts = new TreeMap<>();
        for (String r : lineRosters) {
            counts.put(r, count(interpreters.stream().filter(i -> i.belongsTo(r)).toList()));
        }
        return counts;
    }

    private void publish(List<Interpreter> interpreters) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        count(interpreters).forEach((language, byStatus) -> byStatus.forEach((status, n) -> rows.add(
                MultiGauge.Row.of(Tags.of("language", language, "status", status.name().toLowerCase(Locale.ROOT)),
                        n))));
        gauge.register(rows, true);
        List<MultiGauge.Row<?>> perRoster = new ArrayList<>();
        countByRoster(interpreters, rosters.all()).forEach((r, byLanguage) -> byLanguage.forEach((language, byStatus) ->
                byStatus.forEach((status, n) -> perRoster.add(MultiGauge.Row.of(Tags.of("roster", r, "language",
                        language, "status", status.name().toLowerCase(Locale.ROOT)), n)))));
        byRoster.register(perRoster, true);
    }

    private static Map<InterpreterStatus, Integer> zeros() {
        Map<InterpreterStatus, Integer> zeros = new EnumMap<>(InterpreterStatus.class);
        for (InterpreterStatus status : InterpreterStatus.values()) {
            zeros.put(status, 0);
        }
        return zeros;
    }

    @Override
    public void destroy() {
        counter.shutdownNow();
    }
}
