package org.rangekit.text;

/**
 * How many single-character edits (insert, delete, replace) turn one word into another: the one
 * measure behind every "did you mean" suggestion (unknown options and subcommands, unknown site
 * ids, unknown scenario keys). Each caller keeps its own rule for which names are close enough;
 * the distance itself is written here only.
 *
 * <p>Example: {@code between("--rang", "--range")} is 1.
 *
 * <p>Thread safety: stateless.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** Levenshtein distance between {@code a} and {@code b}, compared char by char as given. */
    public static int between(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
