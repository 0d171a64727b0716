package org.interpreterline.simulator.rest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * What a recording's media URL serves: a valid WAV file (8 kHz, 16-bit, mono) of a quarter second of silence, so
 * a client that downloads a recording gets audio it can open. A simulated recording's content is its words, which
 * the control API and a {@code <Play>} of it give.
 */
final class SilentWav {

    private static final int SAMPLE_RATE = 8000;
    private static final short BITS_PER_SAMPLE = 16;
    private static final short CHANNELS = 1;
    private static final int DATA_BYTES = SAMPLE_RATE / 4 * CHANNELS * BITS_PER_SAMPLE / 8;
    private static final byte[] FILE = build();

    private SilentWav() {
    }

    static byte[] bytes() {
        return FILE.clone();
    }

    private static byte[] build() {
        int blockAlign = CHANNELS * BITS_PER_SAMPLE / 8;
        ByteBuffer wav = ByteBuffer.allocate(44 + DATA_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + DATA_BYTES)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1) // PCM
                .putShort(CHANNELS).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * blockAlign)
                .putShort((short) blockAlign).putShort(BITS_PER_SAMPLE)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(DATA_BYTES);
        return wav.array(); // the samples stay zero: silence
    }
}
