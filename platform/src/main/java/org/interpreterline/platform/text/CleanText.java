package org.interpreterline.platform.text;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Cleans text where it enters the line (SMS bodies, speech results, CAD notes, admin names): text from outside may
 * hold characters XML cannot carry (NUL, other controls, lone surrogates) which make the TwiML serializer throw, and
 * a plain substring can cut an emoji in half. Right-to-left text itself is kept; only invisible format characters
 * are dropped.
 */
public final class CleanText {

    private CleanText() {
    }

    /**
     * The text without control, format, unassigned or lone surrogate characters, whitespace runs as one space,
     * trimmed, and cut to at most {@code maxChars} UTF-16 units on a grapheme boundary. Null becomes "".
     */
    public static String of(String raw, int maxChars) {
        if (raw == null || maxChars <= 0) {
            return "";
        }
        StringBuilder kept = new StringBuilder(Math.min(raw.length(), maxChars * 2));
        boolean spacePending = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                spacePending = kept.length() > 0;
                continue;
            }
            if (!kept(cp)) {
                continue;
            }
            if (spacePending) {
                kept.append(' ');
                spacePending = false;
            }
            kept.appendCodePoint(cp);
            if (kept.length() > maxChars + 64) {
                break; // enough to cut from; the rest is never looked at
            }
        }
        return cutOnGrapheme(kept.toString(), maxChars);
    }

    private static boolean kept(int cp) {
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE -> cp == 0x200D; // keep the zero-width joiner that holds emoji sequences together
            default -> cp != 0xFFFE && cp != 0xFFFF;
        };
    }

    private static String cutOnGrapheme(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int end = graphemes.preceding(maxChars + 1);
        if (end == BreakIterator.DONE || end <= 0) {
            end = 0;
        }
        return text.substring(0, end).strip();
    }
}
