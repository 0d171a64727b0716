package org.interpreterline.dispatch.board;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.interpreterline.dispatch.canary.CanaryResult;
import org.interpreterline.dispatch.canary.CanaryResults;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.dispatch.stores.StoreUnavailable;
import org.interpreterline.platform.admin.RosterLimit;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.routing.RosterOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /board/events}: the live board as Server-Sent Events. Every board open gets the whole board at once
 * and again whenever it changes (checked twice a second, so a burst of events sends one update); a comment
 * every 15 s keeps proxies from closing a quiet stream. The page ticks the ages itself. With several instances,
 * the board is the one of the instance that serves the roster (its request record sees every change): the others
 * forward {@code /board/**} there and stream its updates through.
 */
@RestController
public class BoardEvents implements DisposableBean {

    /**
     * What one update carries: the server's time (the page corrects its own clock by it), the rows, the latest
     * canary of each tested language, and the figures (today, interpreters per language, alerts); null while the
     * stores start. {@code roster} is the agency's roster the board shows, null for every roster.
     */
    public record Board(Instant at, List<BoardRow> rows, List<CanaryResult> canaries, BoardFigures figures,
            String roster) {
    }

    /** What a screen watches: every roster ({@code ""}) or one agency's. */
    private static final String EVERY_ROSTER = "";

    private static final Logger log = LoggerFactory.getLogger(BoardEvents.class);
    private static final Duration PUSH_EVERY = Duration.ofMillis(500);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Duration RECONCILE_EVERY = Duration.ofMinutes(5);
    /** The browser's EventSource reconnects by itself when a stream ends; an end now and then frees old ones. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final ActiveRequests board;
    private final RequestRecords records;
    private final RosterOwner owner;
    private final CanaryResults canaries;
    private final TodaysRequests todays;
    private final WallFigures figures;
    private final LineRosters rosters;
    private final Clock clock = Clock.systemUTC();
    /** Each open screen and the roster it watches. */
    private final Map<SseEmitter, String> screens = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("board-events").factory());
    private long sentVersion = -1;
    private long sentCanaries = -1;
    private Map<String, BoardFigures> sentFigures = Map.of();
    private Instant sentAt = Instant.EPOCH;
    private Instant reconciledAt;

    BoardEvents(ActiveRequests board, RequestRecords records, RosterOwner owner, CanaryResults canaries,
            TodaysRequests todays, WallFigures figures, LineRosters rosters) {
        this.board = board;
        this.rosters = rosters;
        this.records = records;
        this.owner = owner;
        this.canaries = canaries;
        this.todays = todays;
        this.figures = figures;
        pusher.scheduleWithFixedDelay(this::push, PUSH_EVERY.toMillis(), PUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @param roster one agency's roster; unset for all (a roster's supervisor always gets theirs) */
    @GetMapping(path = "/board/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe(@RequestParam(required = false) String roster) {
        String watched = Objects.requireNonNullElse(RosterLimit.scoped(roster, rosters), EVERY_ROSTER);
        SseEmitter screen = new SseEmitter(STREAM_LIFETIME.toMillis());
        screen.onCompletion(() -> screens.remove(screen));
        screen.onTimeout(screen::complete);
        screen.onError(e -> screens.remove(screen));
        screens.put(screen, watched);
        pusher.execute(() -> send(screen, current(watched)));
        return screen;
    }

    private void push() {
        try {
            Instant now = clock.instant();
            if (owner.now() instanceof RosterOwner.Owner.There) {
                handOver();
                return;
            }
            if (reconciledAt == null || Duration.between(reconciledAt, now).compareTo(RECONCILE_EVERY) >= 0) {
                reconcile(now);
            }
            long version = board.version();
            long canaryVersion = canaries.version();
            // presence and alerts carry no version: the figures of each roster watched are compared (a few hundred
            // lines at most), and only worked out while a screen watches
            Map<String, BoardFigures> latest = new HashMap<>();
            new HashSet<>(screens.values()).forEach(watched -> latest.put(watched, figures(now, watched)));
            if (version != sentVersion || canaryVersion != sentCanaries || !latest.equals(sentFigures)) {
                sentVersion = version;
                sentCanaries = canaryVersion;
                sentFigures = latest;
                sentAt = now;
                Map<String, Board> updates = new HashMap<>();
                screens.forEach((screen, watched) -> send(screen, updates.computeIfAbsent(watched,
                        w -> new Board(now, board.rows(rosterOf(w)), canaries.latest(), latest.get(w), rosterOf(w)))));
            } else if (Duration.between(sentAt, now).compareTo(KEEP_ALIVE) >= 0) {
                sentAt = now;
                screens.keySet().forEach(this::keepAlive);
            }
        } catch (RuntimeException e) {
            log.warn("Board update failed: {}", e.toString()); // the next tick tries again
        }
    }

    /**
     * Another instance serves the roster now: its board is the live one. Open streams end (the browser reconnects,
     * and its request is forwarded to the owner), and should this instance serve the roster again, it reads the
     * record afresh first.
     */
    private void handOver() {
        reconciledAt = null;
        if (!screens.isEmpty()) {
            screens.keySet().forEach(SseEmitter::complete);
            screens.clear();
        }
    }

    private void reconcile(Instant now) {
        try {
            // one pass over the history serves both: the rows on the board and the requests opened today
            List<RequestRecord> scanned = new ArrayList<>();
            Instant startOfToday = todays.startOfToday(now);
            board.reconcile(() -> {
                scanned.addAll(records.matching(r -> BoardRow.shows(r) || openedSince(r, startOfToday)));
                return scanned.stream().filter(BoardRow::shows).toList();
            });
            todays.reconcile(now, since -> scanned.stream().filter(r -> openedSince(r, since)).toList());
            reconciledAt = now;
        } catch (StoreUnavailable e) {
            // the request record is starting: try again on the next tick
        }
    }

    private static boolean openedSince(RequestRecord r, Instant since) {
        return r.openedAt() != null && !r.openedAt().isBefore(since);
    }

    private Board current(String watched) {
        Instant now = clock.instant();
        return new Board(now, board.rows(rosterOf(watched)), canaries.latest(), figures(now, watched),
                rosterOf(watched));
    }

    /** Null while the global tables start: the page keeps what it showed. */
    private BoardFigures figures(Instant now, String watched) {
        return figures.at(now, rosterOf(watched)).orElse(null);
    }

    private static String rosterOf(String watched) {
        return EVERY_ROSTER.equals(watched) ? null : watched;
    }

    private void send(SseEmitter screen, Board update) {
        try {
            screen.send(SseEmitter.event().name("board").data(update, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            screens.remove(screen); // the screen went away
        }
    }

    private void keepAlive(SseEmitter screen) {
        try {
            screen.send(SseEmitter.event().comment("still here"));
        } catch (IOException | IllegalStateException e) {
            screens.remove(screen);
        }
    }

    @Override
    public void destroy() {
        pusher.shutdownNow();
        screens.keySet().forEach(SseEmitter::complete);
    }
}
