package id.warta.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passage shown under a search result: the window of the body holding the most distinct
 * matched words, each marked. A word is matched when it is a query word or shares a query
 * word's stem. Only articles the index matched get here, so marking by stem alone is safe.
 */
final class Snippets {
    static final int WINDOW = 28;

    private Snippets() {
    }

    static String of(String body, Set<String> words, Set<String> stems) {
        if (body == null || body.isEmpty()) return "";
        List<IndexWords.Span> spans = IndexWords.spans(body);
        if (spans.isEmpty()) return body.strip();
        String[] matched = new String[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            String w = spans.get(i).folded();
            if (words.contains(w)) matched[i] = w;
            else if (!w.isEmpty() && stems.contains(StemmedText.stem(w))) matched[i] = StemmedText.stem(w);
        }
        int start = bestWindow(matched);
        int end = Math.min(spans.size(), start + WINDOW);
        return render(body, spans, matched, start, end);
    }

    /** The start of the window with the most distinct matches (the earliest such one). */
    private static int bestWindow(String[] matched) {
        int best = 0;
        int bestCount = -1;
        Map<String, Integer> inWindow = new HashMap<>();
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] != null) inWindow.merge(matched[i], 1, Integer::sum);
            int out = i - WINDOW;
            if (out >= 0 && matched[out] != null) inWindow.computeIfPresent(matched[out], (k, v) -> v == 1 ? null : v - 1);
            int start = Math.max(0, i - WINDOW + 1);
            if (inWindow.size() > bestCount) {
                bestCount = inWindow.size();
                // start the window a few words before its first match, for context
                best = firstMatch(matched, start, i);
            }
        }
        return Math.max(0, best - 4);
    }

    private static int firstMatch(String[] matched, int from, int to) {
        for (int i = from; i <= to; i++) if (matched[i] != null) return i;
        return from;
    }

    private static String render(String body, List<IndexWords.Span> spans, String[] matched, int start, int end) {
        StringBuilder out = new StringBuilder();
        if (start > 0) out.append('…');
        int from = spans.get(start).start();
        for (int i = start; i < end; i++) {
            IndexWords.Span s = spans.get(i);
            out.append(body, from, s.start());
            if (matched[i] != null) out.append(SearchHit.MARK_OPEN).append(body, s.start(), s.end()).append(SearchHit.MARK_CLOSE);
            else out.append(body, s.start(), s.end());
            from = s.end();
        }
        if (end < spans.size()) out.append('…');
        else out.append(body, from, body.length());
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
