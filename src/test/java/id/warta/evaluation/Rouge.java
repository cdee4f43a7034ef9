package id.warta.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE as the IndoSum paper reports it: F1 of ROUGE-1, ROUGE-2 and ROUGE-L; text lower-cased and
 * split on anything not a-z or 0-9; no stemming, no stopword removal; both candidate and reference cut
 * to their first {@value #WORD_LIMIT} words.
 */
final class Rouge {
    static final int WORD_LIMIT = 100;

    record Scores(double r1, double r2, double rl) {
    }

    private Rouge() {
    }

    static Scores score(String candidate, String reference) {
        List<String> c = words(candidate);
        List<String> r = words(reference);
        return new Scores(f1(overlap(c, r, 1), c.size(), r.size()),
                f1(overlap(c, r, 2), c.size() - 1, r.size() - 1),
                f1(lcs(c, r), c.size(), r.size()));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) out.add(w);
            if (out.size() == WORD_LIMIT) break;
        }
        return out;
    }

    private static double f1(int hits, int candidateCount, int referenceCount) {
        if (hits == 0 || candidateCount <= 0 || referenceCount <= 0) return 0;
        double p = (double) hits / candidateCount;
        double r = (double) hits / referenceCount;
        return 2 * p * r / (p + r);
    }

    /** Clipped n-gram matches. */
    private static int overlap(List<String> c, List<String> r, int n) {
        Map<String, Integer> ref = grams(r, n);
        int hits = 0;
        for (Map.Entry<String, Integer> e : grams(c, n).entrySet()) {
            hits += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return hits;
    }

    private static Map<String, Integer> grams(List<String> words, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) out.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        return out;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                cur[j + 1] = x.equals(b.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            }
            prev = cur;
        }
        return prev[b.size()];
    }

    /** Running means of the three scores. */
    static final class Mean {
        private final double[] sum = new double[3];
        private int count;

        void add(Scores s) {
            sum[0] += s.r1();
            sum[1] += s.r2();
            sum[2] += s.rl();
            count++;
        }

        double r1() {
            return 100 * sum[0] / count;
        }

        double r2() {
            return 100 * sum[1] / count;
        }

        double rl() {
            return 100 * sum[2] / count;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-58s R-1 %6.2f  R-2 %6.2f  R-L %6.2f  (n=%d)", name, r1(), r2(), rl(), count);
        }
    }
}
