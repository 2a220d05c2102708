package dev.presync.compiler.diag;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for misspelt names: the closest candidate by edit distance, if close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate nearest to {@code input}, or null when none is plausibly what was meant. */
    public static String closest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = input.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, input.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** ", did you mean 'X'?" or the empty string. */
    public static String didYouMean(String input, Collection<String> candidates) {
        String s = closest(input, candidates);
        return s == null ? "" : "; did you mean '" + s + "'?";
    }

    /** Levenshtein distance, two rows; names are short. */
    public static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return a.equals(b) ? 0 : Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
