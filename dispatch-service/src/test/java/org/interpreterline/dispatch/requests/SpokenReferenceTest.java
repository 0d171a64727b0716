package org.interpreterline.dispatch.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpokenReferenceTest {

    @Test
    void isFourUnambiguousCharactersTheSameForTheSameRequest() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = UUID.randomUUID().toString();
            SpokenReference reference = SpokenReference.of(id);
            assertThat(reference.code()).hasSize(4).doesNotContain("0", "O", "1", "I");
            assertThat(SpokenReference.of(id)).isEqualTo(reference);
            seen.add(reference.code());
        }
        assertThat(seen).hasSizeGreaterThan(1900); // 32^4 codes: few collisions among 2000
    }

    @Test
    void eachRequestHasFurtherCandidates_fixedByItsId_theFirstBeingTheOldReference() {
        String id = UUID.randomUUID().toString();
        Set<String> candidates = new HashSet<>();
        for (int variant = 0; variant < 8; variant++) {
            SpokenReference candidate = SpokenReference.of(id, variant);
            assertThat(candidate.code()).hasSize(4).matches("[2-9A-HJ-NP-Z]{4}");
            assertThat(SpokenReference.of(id, variant)).isEqualTo(candidate);
            candidates.add(candidate.code());
        }
        assertThat(candidates).hasSizeGreaterThan(6);
        assertThat(SpokenReference.of(id, 0)).isEqualTo(SpokenReference.of(id));
    }

    @Test
    void isSpokenCharacterByCharacter() {
        assertThat(new SpokenReference("K7Q2").spoken()).isEqualTo("K 7 Q 2");
    }
}
