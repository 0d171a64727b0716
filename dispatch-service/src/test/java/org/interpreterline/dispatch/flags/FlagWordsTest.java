package org.interpreterline.dispatch.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interpreterline.events.CallFlag;
import org.junit.jupiter.api.Test;

class FlagWordsTest {

    @Test
    void theDocumentedWordsFlagACall() {
        assertThat(FlagWords.in("Spanish DV at 5th and Main")).containsExactly(CallFlag.DOMESTIC_VIOLENCE);
        assertThat(FlagWords.in("arabic child")).containsExactly(CallFlag.CHILD);
        assertThat(FlagWords.in("Nepali, death in the family")).containsExactly(CallFlag.DEATH);
        assertThat(FlagWords.in("somali domestic, kids present, one DOA"))
                .containsExactly(CallFlag.DOMESTIC_VIOLENCE, CallFlag.CHILD, CallFlag.DEATH);
    }

    @Test
    void ordinaryNotesFlagNothing() {
        assertThat(FlagWords.in("Spanish, minor injuries, car accident")).isEmpty();
        assertThat(FlagWords.in("spanish no kids involved")).isEmpty();
        assertThat(FlagWords.in("Arabic, not a child matter")).isEmpty();
        assertThat(FlagWords.in("swahili deadline for the court form")).isEmpty();
        assertThat(FlagWords.in("Childress Street, traffic stop")).isEmpty();
        assertThat(FlagWords.in(null)).isEmpty();
    }

    @Test
    void aCadSystemNamesAFlagByNameOrWord() {
        assertThat(FlagWords.named("DOMESTIC_VIOLENCE")).contains(CallFlag.DOMESTIC_VIOLENCE);
        assertThat(FlagWords.named("dv")).contains(CallFlag.DOMESTIC_VIOLENCE);
        assertThat(FlagWords.named("Child")).contains(CallFlag.CHILD);
        assertThat(FlagWords.named("fire")).isEmpty();
    }

    @Test
    void saysTheFlagsAsASentence() {
        assertThat(FlagWords.spoken(List.of(CallFlag.DEATH, CallFlag.CHILD))).isEqualTo("a child and a death");
        assertThat(FlagWords.spoken(List.of())).isEmpty();
    }
}
