package org.interpreterline.dispatch.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestStatus;
import org.interpreterline.dispatch.requests.TimelineEntry;
import org.interpreterline.events.dispatch.ResidentAddRequested;
import org.interpreterline.events.dispatch.ResidentKey;
import org.junit.jupiter.api.Test;

/** The keys of a request's added residents are destroyed when it ends, and not before. */
class ResidentKeyShredderTest {

    private final List<String> destroyed = new ArrayList<>();
    private final ResidentKeyShredder shredder = new ResidentKeyShredder(new ResidentAddPublishing() {
        @Override
        public boolean publish(ResidentKey key, ResidentAddRequested add) {
            throw new AssertionError("the shredder publishes no adds");
        }

        @Override
        public void destroy(Collection<String> keyIds) {
            destroyed.addAll(keyIds);
        }
    });

    private final UUID add = UUID.randomUUID();
    private final RequestRecord connected = RequestRecord.unknown("r-1").change().status(RequestStatus.CONNECTED)
            .log(new TimelineEntry(Instant.EPOCH, "ResidentAddRequested", "the officer added ***0199", add))
            .log(new TimelineEntry(Instant.EPOCH, "ParticipantJoined", "added resident joined", UUID.randomUUID()))
            .done();

    @Test
    void whileTheCallLastsNothingIsDestroyed_atItsEndEveryAddsKeyIs() {
        shredder.changed(RequestRecord.unknown("r-1"), connected);
        assertThat(destroyed).isEmpty();

        RequestRecord ended = connected.change().status(RequestStatus.ENDED).done();
        shredder.changed(connected, ended);
        assertThat(destroyed).containsExactly(ResidentKey.idOf("r-1", add));

        // later events on an ended request destroy nothing again
        shredder.changed(ended, ended.change().log(new TimelineEntry(Instant.EPOCH, "MessageSent", "text sent",
                UUID.randomUUID())).done());
        assertThat(destroyed).hasSize(1);
    }

    @Test
    void anAddReadAfterTheEndIsDestroyedAtOnce_andARequestWithoutAddsDestroysNothing() {
        RequestRecord endedEmpty = RequestRecord.unknown("r-2").change().status(RequestStatus.CANCELLED).done();
        shredder.changed(RequestRecord.unknown("r-2"), endedEmpty);
        assertThat(destroyed).isEmpty();

        UUID late = UUID.randomUUID();
        shredder.changed(endedEmpty, endedEmpty.change().log(new TimelineEntry(Instant.EPOCH, "ResidentAddRequested",
                "the officer added ***0142", late)).done());
        assertThat(destroyed).containsExactly(ResidentKey.idOf("r-2", late));
    }

    @Test
    void anOpenRequestWhoseEndWasNotHeardInTimeHasItsKeysDestroyedOnce() {
        RequestRecord outlived = connected.change().log(new TimelineEntry(Instant.EPOCH.plusSeconds(14_500),
                TimelineEntry.RESIDENT_KEYS_DESTROYED, "its key destroyed", UUID.randomUUID())).done();
        shredder.changed(connected, outlived);
        assertThat(destroyed).containsExactly(ResidentKey.idOf("r-1", add));

        shredder.changed(outlived, outlived.change().log(new TimelineEntry(Instant.EPOCH, "MessageSent", "text sent",
                UUID.randomUUID())).done());
        assertThat(destroyed).as("not again for a later change").hasSize(1);
    }
}
