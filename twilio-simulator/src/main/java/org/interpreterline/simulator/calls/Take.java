package org.interpreterline.simulator.calls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one {@code <Record>} has heard so far. A simulated recording's length comes from its words, at
 * {@value #WORDS_PER_SECOND} a second: it is full at {@code maxLength} seconds' worth of words, and whatever is said
 * beyond that is cut (so a test can show a note cut at its maximum without waiting an hour).
 */
final class Take {

    static final double WORDS_PER_SECOND = 2.5;

    private final String finishOnKey;
    private final int maxWords;
    private final List<String> words = new ArrayList<>();
    private Character finishedOnKey;

    Take(String finishOnKey, int maxLengthSeconds) {
        this.finishOnKey = finishOnKey;
        this.maxWords = Math.max(1, (int) Math.floor(maxLengthSeconds * WORDS_PER_SECOND));
    }

    /** Takes in what the phone said or pressed; keys other than finish keys are only sound on the recording. */
    void hear(RecorderInput input) {
        if (isOver()) {
            return;
        }
        switch (input) {
            case RecorderInput.Said said -> Arrays.stream(said.words().strip().split("\\s+"))
                    .filter(word -> !word.isEmpty())
                    .limit(maxWords - words.size())
                    .forEach(words::add);
            case RecorderInput.Pressed pressed -> {
                if (finishOnKey.indexOf(pressed.key()) >= 0) {
                    finishedOnKey = pressed.key();
                }
            }
        }
    }

    /** A finish key was pressed, or the recording is full. */
    boolean isOver() {
        return finishedOnKey != null || isFull();
    }

    boolean isFull() {
        return words.size() >= maxWords;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** the finish key pressed, or null */
    Character finishedOnKey() {
        return finishedOnKey;
    }

    String words() {
        return String.join(" ", words);
    }

    /** Whole seconds, rounded up, at least one; a full recording lasts exactly its maxLength. */
    int durationSeconds() {
        return Math.max(1, (int) Math.ceil(words.size() / WORDS_PER_SECOND));
    }
}
