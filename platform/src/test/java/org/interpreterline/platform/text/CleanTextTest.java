package org.interpreterline.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void removesNulAndControlCharacters() {
        assertThat(CleanText.of("spa\u0000nish\u0007\u001b", 100)).isEqualTo("spanish");
    }

    @Test
    void neverCutsInsideAnEmoji() {
        String note = "Nepali x " + "\uD83D\uDE00".repeat(150);
        String cleaned = CleanText.of(note, 300);
        assertThat(cleaned.length()).isLessThanOrEqualTo(300);
        assertThat(Character.isHighSurrogate(cleaned.charAt(cleaned.length() - 1))).isFalse();
    }

    @Test
    void keepsRightToLeftTextReadable() {
        assertThat(CleanText.of("\u200Fمرحبا\u202E", 50)).isEqualTo("مرحبا");
    }

    @Property(tries = 2000)
    void anyStringComesOutXmlSafeAndBounded(@ForAll String raw, @ForAll @IntRange(min = 1, max = 400) int max) {
        String cleaned = CleanText.of(raw, max);
        assertThat(cleaned.length()).isLessThanOrEqualTo(max);
        cleaned.codePoints().forEach(cp -> assertThat(cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp < 0xD800
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000).as("code point %x", cp).isTrue());
    }
}
