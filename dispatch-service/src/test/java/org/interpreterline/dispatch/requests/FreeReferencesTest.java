package org.interpreterline.dispatch.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a new request's reference is chosen among its candidates. */
class FreeReferencesTest {

    /** reference → holders, as the record's index keeps it */
    private final Map<String, List<FreeReferences.Holder>> index = new HashMap<>();

    @Test
    void aRequestGetsItsFirstCandidateWhenNobodyHoldsIt() {
        String id = UUID.randomUUID().toString();

        assertThat(choose(id)).isEqualTo(SpokenReference.of(id));
    }

    @Test
    void aCandidateHeldByAnOpenRequestIsPassedOver_deterministically() {
        String id = UUID.randomUUID().toString();
        hold(SpokenReference.of(id, 0), "other", true);

        SpokenReference chosen = choose(id);

        assertThat(chosen).isEqualTo(SpokenReference.of(id, 1)).isEqualTo(choose(id));
    }

    @Test
    void aCandidateNobodyEverHeldIsPreferredToOneAFinishedRequestHeld_whichBeatsSharingWithAnOpenOne() {
        String id = UUID.randomUUID().toString();
        hold(SpokenReference.of(id, 0), "old", false);
        assertThat(choose(id)).isEqualTo(SpokenReference.of(id, 1));

        for (int variant = 1; variant < FreeReferences.CANDIDATES; variant++) {
            hold(SpokenReference.of(id, variant), "open-" + variant, true);
        }
        assertThat(choose(id)).as("free of open requests").isEqualTo(SpokenReference.of(id, 0));
    }

    @Test
    void theRequestItselfDoesNotBlockItsReference() {
        String id = UUID.randomUUID().toString();
        hold(SpokenReference.of(id, 0), id, true);

        assertThat(choose(id)).isEqualTo(SpokenReference.of(id, 0));
    }

    /**
     * With the first candidate only, 1,000 requests share a reference about 38 % of the time (birthday bound on 32^4
     * codes), and among 20,000 open at once many do; chosen here, none ever does.
     */
    @Test
    void twentyThousandRequestsOpenAtOnceNeverShareAReference() {
        Set<String> firstCandidates = new HashSet<>();
        int firstCandidateCollisions = 0;
        for (int i = 0; i < 20_000; i++) {
            String id = UUID.randomUUID().toString();
            if (!firstCandidates.add(SpokenReference.of(id).code())) {
                firstCandidateCollisions++;
            }
            SpokenReference chosen = choose(id);
            assertThat(index.get(chosen.code())).as("request " + i).isNull();
            hold(chosen, id, true);
        }
        assertThat(firstCandidateCollisions).as("what the first candidate alone would have given").isPositive();
    }

    private SpokenReference choose(String id) {
        return FreeReferences.choose(id, reference -> index.getOrDefault(reference, List.of()));
    }

    private void hold(SpokenReference reference, String requestId, boolean open) {
        index.computeIfAbsent(reference.code(), r -> new ArrayList<>()).add(new FreeReferences.Holder(requestId, open));
    }
}
