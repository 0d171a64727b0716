package org.interpreterline.simulator.calls;

/** What a phone sends into a {@code <Record>} while it listens, in the order it was said or pressed. */
sealed interface RecorderInput {

    record Said(String words) implements RecorderInput {
    }

    record Pressed(char key) implements RecorderInput {
    }
}
