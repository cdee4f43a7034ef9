package id.warta.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passage shown under a search result: the window of the body holding the most distinct
 * matched query words, each marked. A body word matches a query word when it is that word or
 * shares its stem; only articles the index matched get here, so marking by stem alone is safe.
 * The body is read only until a window holds every query word: cutting snippets for 20 results
 * by reading each whole body was a fifth of a search's time.
 */
final class Snippets {
    static final int WINDOW = 28;
    /** Words shown before the first match, for context. */
    private static final int LEAD = 4;

    private Snippets() {
    }

    /**
     * @param words query words (folded), each with its stem
     * @param stems the stems of the query words
     */
    static String of(String body, Map<String, String> words, Set<String> stems) {
        if (body == null || body.isEmpty()) return "";
        List<IndexWords.Span> spans = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        Map<String, Integer> inWindow = new HashMap<>();
        int best = 0;
        int bestCount = -1;
        int pos = 0;
        for (IndexWords.Span s = IndexWords.next(body, pos); s != null; s = IndexWords.next(body, pos)) {
            pos = s.end();
            int i = spans.size();
            spans.add(s);
            matched.add(match(s.folded(), words, stems));
            if (matched.get(i) != null) inWindow.merge(matched.get(i), 1, Integer::sum);
            int out = i - WINDOW;
            if (out >= 0 && matched.get(out) != null) {
                inWindow.computeIfPresent(matched.get(out), (k, v) -> v == 1 ? null : v - 1);
            }
            if (inWindow.size() > bestCount) {
                bestCount = inWindow.size();
                best = firstMatch(matched, Math.max(0, i - WINDOW + 1), i);
                if (bestCount >= stems.size()) break;   // no window can hold more
            }
        }
        if (spans.isEmpty()) return body.strip();
        int start = Math.max(0, best - LEAD);
        int end = start + WINDOW;
        IndexWords.Span s = IndexWords.next(body, pos);
        for (; s != null && spans.size() < end; s = IndexWords.next(body, pos)) {
            pos = s.end();
            spans.add(s);
            matched.add(match(s.folded(), words, stems));
        }
        boolean more = spans.size() > end || s != null;
        return render(body, spans, matched, start, Math.min(end, spans.size()), more);
    }

    /** The query word's stem this body word matches, or null. */
    private static String match(String word, Map<String, String> words, Set<String> stems) {
        String exact = words.get(word);
        if (exact != null) return exact;
        if (word.isEmpty()) return null;
        String stem = StemmedText.stem(word);
        return stems.contains(stem) ? stem : null;
    }

    private static int firstMatch(List<String> matched, int from, int to) {
        for (int i = from; i <= to; i++) if (matched.get(i) != null) return i;
        return from;
    }

    private static String render(String body, List<IndexWords.Span> spans, List<String> matched, int start, int end,
                                 boolean more) {
        StringBuilder out = new StringBuilder();
        if (start > 0) out.append('…');
        int from = spans.get(start).start();
        for (int i = start; i < end; i++) {
            IndexWords.Span s = spans.get(i);
            out.append(body, from, s.start());
            if (matched.get(i) != null) out.append(SearchHit.MARK_OPEN).append(body, s.start(), s.end()).append(SearchHit.MARK_CLOSE);
            else out.append(body, s.start(), s.end());
            from = s.end();
        }
        if (more) out.append('…');
        else out.append(body, from, body.length());
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
