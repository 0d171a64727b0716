package org.interpreterline.dispatch.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interpreterline.dispatch.requests.OfferTaken;
import org.interpreterline.dispatch.requests.RequestOutcome;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.dispatch.requests.TimelineEntry;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.rosters.LineRosters;
import org.junit.jupiter.api.Test;

/** The live board's requests: kept from the record's changes, set right by a scan now and then. */
class ActiveRequestsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final ActiveRequests board = new ActiveRequests(LanguageCatalog.standard(),
            LineRosters.of("default", "+14125550100", List.of("ems=+14125550101")));

    /** A board of one agency's roster shows its requests; one from before several rosters is the deployment's. */
    @Test
    void aRostersBoardShowsItsRequestsOnly() {
        RequestRecord ems = opened("r1", "K7Q2", "es", T0).change().roster("ems").done();
        RequestRecord older = opened("r2", "M3X9", "es", T0);
        board.changed(RequestRecord.unknown("r1"), ems);
        board.changed(RequestRecord.unknown("r2"), older);

        assertThat(board.rows("ems")).extracting(BoardRow::requestId).containsExactly("r1");
        assertThat(board.rows("default")).extracting(BoardRow::requestId).containsExactly("r2");
        assertThat(board.rows()).extracting(BoardRow::requestId).containsExactlyInAnyOrder("r1", "r2");
    }

    @Test
    void aRequestIsOnTheBoardFromItsOpeningToTheEndOfItsCall() {
        RequestRecord opened = opened("r1", "K7Q2", "es", T0);
        board.changed(RequestRecord.unknown("r1"), opened);
        RequestRecord ringing = next(opened, "OfferMade").status(RequestStatus.OFFERED)
                .offer(new OfferTaken("o1", "int-ana", "Ana Ruiz", 1)).done();
        board.changed(opened, ringing);

        assertThat(board.rows()).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo("K7Q2");
            assertThat(row.languageName()).isEqualTo("Spanish");
            assertThat(row.stage()).isEqualTo("ringing");
            assertThat(row.interpreter()).isEqualTo("Ana Ruiz");
            assertThat(row.waiting()).isTrue();
            assertThat(row.offers()).isOne();
        });

        RequestRecord onCall = next(ringing, "ParticipantJoined").status(RequestStatus.CONNECTED)
                .interpreter("int-ana", "Ana Ruiz").connectedAt(T0.plusSeconds(9)).outcome(RequestOutcome.CONNECTED)
                .done();
        board.changed(ringing, onCall);
        assertThat(board.rows()).singleElement().satisfies(row -> {
            assertThat(row.stage()).isEqualTo("on_call");
            assertThat(row.waiting()).isFalse();
            assertThat(row.connectedAt()).isEqualTo(T0.plusSeconds(9));
        });

        board.changed(onCall, next(onCall, "ConferenceEnded").status(RequestStatus.ENDED).done());
        assertThat(board.rows()).isEmpty();
    }

    @Test
    void waitingRequestsComeFirstLongestWaitingFirst() {
        RequestRecord older = opened("r1", "AAAA", "ar", T0);
        RequestRecord newer = opened("r2", "BBBB", "es", T0.plusSeconds(30));
        RequestRecord onCall = next(opened("r3", "CCCC", "ne", T0.minusSeconds(60)), "ParticipantJoined")
                .status(RequestStatus.CONNECTED).connectedAt(T0).done();
        for (RequestRecord r : List.of(onCall, newer, older)) {
            board.changed(RequestRecord.unknown(r.requestId()), r);
        }

        assertThat(board.rows()).extracting(BoardRow::reference).containsExactly("AAAA", "BBBB", "CCCC");
    }

    @Test
    void aScanThatReadAnOlderCopyDoesNotBringAFinishedRequestBack() {
        RequestRecord waiting = opened("r1", "K7Q2", "es", T0);
        board.changed(RequestRecord.unknown("r1"), waiting);

        board.reconcile(() -> {
            // while the scan reads the old copy, the officer cancels
            board.changed(waiting, next(waiting, "RequestCancelled").status(RequestStatus.CANCELLED).done());
            return List.of(waiting);
        });

        assertThat(board.rows()).isEmpty();
    }

    @Test
    void aScanFindsWhatWasRestoredAndDropsWhatEndedUnseen() {
        RequestRecord restored = opened("r1", "K7Q2", "es", T0);
        RequestRecord gone = opened("r2", "ZZZZ", "ar", T0);
        board.changed(RequestRecord.unknown("r2"), gone);

        board.reconcile(() -> List.of(restored)); // r2 is no longer on the board in the record

        assertThat(board.rows()).extracting(BoardRow::reference).containsExactly("K7Q2");
    }

    @Test
    void theVersionMovesWithEveryChangeSoTheStreamKnowsWhenToSend() {
        long before = board.version();
        board.changed(RequestRecord.unknown("r1"), opened("r1", "K7Q2", "es", T0));
        assertThat(board.version()).isGreaterThan(before);
    }

    private static RequestRecord opened(String id, String reference, String language, Instant at) {
        return RequestRecord.unknown(id).change().details(reference, language, Channel.VOICE, Priority.EMERGENCY,
                        "Pittsburgh Police", "Officer Diaz", "+14125550111", "CA-" + id, null, "req-" + id, at)
                .log(new TimelineEntry(at, "RequestOpened", "opened", UUID.randomUUID())).done();
    }

    /** A change with one more timeline entry, as every applied event adds one. */
    private static RequestRecord.Change next(RequestRecord r, String event) {
        return r.change().log(new TimelineEntry(T0.plusSeconds(r.timeline().size()), event, event,
                UUID.randomUUID()));
    }
}
