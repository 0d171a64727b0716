package org.interpreterline.events.language;

/**
 * How many typing slips separate two words: a letter inserted, deleted, replaced, or two neighbours swapped
 * (Damerau-Levenshtein, optimal string alignment variant). Swaps count as one slip because thumbs on a phone
 * make them all the time: {@code SPANSIH} is one slip from {@code spanish}, not two.
 */
final class TypoDistance {

    private TypoDistance() {
    }

    /**
     * The distance between {@code a} and {@code b}, or {@code limit + 1} as soon as it is certain to exceed
     * {@code limit} (callers only care about small distances, and most candidates are far away).
     */
    static int between(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] twoRowsUp = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, twoRowsUp[j - 2] + 1);
                }
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] recycled = twoRowsUp;
            twoRowsUp = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
