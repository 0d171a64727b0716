package org.interpreterline.dispatch.board;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestWatcher;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.rosters.LineRosters;
import org.springframework.stereotype.Component;

/**
 * The requests on the live board, kept from the request record: every change the record processor writes,
 * plus a scan of the record now and then for what was restored at start-up (or, should it ever happen, a
 * change not seen). Without the scans the board would have to read the whole history every second.
 *
 * <p>A scan and a change can cross: whichever copy of a request has the longer timeline is the newer one
 * (a timeline only grows), and a request that left the board is remembered until the next scan so that an
 * older copy read by that scan cannot bring it back.
 */
@Component
public class ActiveRequests implements RequestWatcher {

    private static final Comparator<BoardRow> BOARD_ORDER = Comparator.comparing(BoardRow::waiting).reversed()
            .thenComparing(BoardRow::openedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BoardRow::requestId);

    private final ConcurrentMap<String, RequestRecord> known = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final LanguageCatalog catalog;
    private final String home;

    public ActiveRequests(LanguageCatalog catalog, LineRosters rosters) {
        this.catalog = catalog;
        this.home = rosters.home();
    }

    @Override
    public void changed(RequestRecord before, RequestRecord after) {
        if (after.opened()) {
            known.merge(after.requestId(), after, ActiveRequests::newer);
            version.incrementAndGet();
        }
    }

    /**
     * Brings the board in line with the record.
     *
     * @param onBoardInStore reads the record's requests that belong on the board; may throw while Streams start
     */
    public synchronized void reconcile(Supplier<List<RequestRecord>> onBoardInStore) {
        Map<String, RequestRecord> before = Map.copyOf(known);
        List<RequestRecord> scanned = onBoardInStore.get();
        Set<String> seen = new HashSet<>();
        for (RequestRecord r : scanned) {
            seen.add(r.requestId());
            known.merge(r.requestId(), r, ActiveRequests::newer);
        }
        // not on the board in the record, and not changed while we read it: it is over
        before.forEach((id, r) -> {
            if (!seen.contains(id)) {
                known.remove(id, r);
            }
        });
        known.values().removeIf(r -> !BoardRow.shows(r));
        version.incrementAndGet();
    }

    /** Changes with every update, so a reader can tell whether there is anything new to send. */
    public long version() {
        return version.get();
    }

    /** Waiting requests first, longest waiting first; then calls, longest running first. */
    public List<BoardRow> rows() {
        return rows(null);
    }

    /** The rows of one agency's roster; null for every roster. */
    public List<BoardRow> rows(String roster) {
        return known.values().stream().filter(BoardRow::shows)
                .filter(r -> roster == null || roster.equals(r.rosterOr(home)))
                .map(r -> BoardRow.of(r, catalog.englishName(r.language())))
                .sorted(BOARD_ORDER)
                .toList();
    }

    private static RequestRecord newer(RequestRecord a, RequestRecord b) {
        return b.timeline().size() >= a.timeline().size() ? b : a;
    }
}
