package id.warta.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The passage shown under a search result: the window of the body holding the most distinct
 * matched query words, each marked. A body word matches a query word when it is that word or
 * shares its stem; only articles the index matched get here, so marking by stem alone is safe.
 * The body is read block by block (caption, heading, paragraph) and only until a window holds
 * every query word and the words to show after it are read: cutting snippets for 20 results by
 * reading each whole body was a fifth of a search's time, and reading the blocks from the
 * database half of what remained. Where no window holds every query word (words joined by OR,
 * or words that never stand close), reading stops after the first {@link #READ_LIMIT} words (or
 * at the first match, if they hold none) and the best window among them is shown: reading such
 * bodies to the end made snippets half the time of the slowest searches at 100,000 articles
 * (docs/search.md), and a news article states its subject in its opening.
 */
final class Snippets {
    static final int WINDOW = 28;
    /** Words shown before the first match, for context. */
    private static final int LEAD = 4;
    /** Words read, at most, in search of a better window (a body has 300–1,200). */
    static final int READ_LIMIT = 400;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Marks marks;
    /** The blocks read so far, joined by blank lines. */
    private final StringBuilder body = new StringBuilder();
    private boolean empty = true;
    private final List<IndexWords.Span> spans = new ArrayList<>();
    /** Per span, the query word's stem it matches, or null. */
    private final List<String> matched = new ArrayList<>();
    /** Per stem, how often it is matched in the last {@link #WINDOW} spans. */
    private final Map<String, Integer> inWindow = new HashMap<>();
    private int best = 0;
    private int bestCount = -1;
    /** Set once a window holds every query word (no later window can hold more), or after {@link #READ_LIMIT} words. */
    private boolean settled;

    Snippets(Marks marks) {
        this.marks = marks;
    }

    /** The snippet of a whole body. */
    static String of(String body, Map<String, String> words, Set<String> stems) {
        if (body == null || body.isEmpty()) return "";
        Snippets snippet = new Snippets(new Marks(words, stems));
        snippet.add(body);
        return snippet.snippet();
    }

    /**
     * Which body words to mark, for all the snippets of one search: a body word matches a query word
     * when it is that word or shares its stem (stems are cached by {@link StemmedText}). Keeping each
     * word's verdict per search as well measured no faster (within the noise of a loaded machine).
     */
    static final class Marks {
        private final Map<String, String> words;
        private final Set<String> stems;

        /**
         * @param words query words (folded), each with its stem
         * @param stems the stems of the query words
         */
        Marks(Map<String, String> words, Set<String> stems) {
            this.words = words;
            this.stems = stems;
        }

        /** The query word's stem this body word matches, or null. */
        String match(String word) {
            String exact = words.get(word);
            if (exact != null) return exact;
            if (word.isEmpty()) return null;
            String stem = StemmedText.stem(word);
            return stems.contains(stem) ? stem : null;
        }

        int size() {
            return stems.size();
        }
    }

    /** Adds the body's next block; false once no later block can change the snippet (the caller may stop reading). */
    boolean add(String block) {
        if (!empty) body.append("\n\n");
        empty = false;
        int offset = body.length();
        body.append(block);
        for (IndexWords.Span s = IndexWords.next(block, 0, offset); s != null && !complete();
             s = IndexWords.next(block, s.end() - offset, offset)) {
            take(s);
        }
        return !complete();
    }

    private void take(IndexWords.Span s) {
        int i = spans.size();
        spans.add(s);
        String m = marks.match(s.folded());
        matched.add(m);
        if (settled) return;   // a word read only to be shown
        if (m != null) inWindow.merge(m, 1, Integer::sum);
        int out = i - WINDOW;
        if (out >= 0 && matched.get(out) != null) {
            inWindow.computeIfPresent(matched.get(out), (k, v) -> v == 1 ? null : v - 1);
        }
        if (inWindow.size() > bestCount) {
            bestCount = inWindow.size();
            best = firstMatch(matched, Math.max(0, i - WINDOW + 1), i);
            settled = bestCount >= marks.size();   // no window can hold more
        }
        if (i + 1 >= READ_LIMIT && bestCount > 0) settled = true;   // the best window so far will do
    }

    /** Settled, and one word past the shown window read (so it is known whether "…" follows). */
    private boolean complete() {
        return settled && spans.size() > end();
    }

    private int start() {
        return Math.max(0, best - LEAD);
    }

    private int end() {
        return start() + WINDOW;
    }

    /** The snippet of the blocks added. */
    String snippet() {
        if (spans.isEmpty()) return body.toString().strip();
        boolean more = spans.size() > end();
        return render(body, spans, matched, start(), Math.min(end(), spans.size()), more);
    }

    private static int firstMatch(List<String> matched, int from, int to) {
        for (int i = from; i <= to; i++) if (matched.get(i) != null) return i;
        return from;
    }

    private static String render(CharSequence body, List<IndexWords.Span> spans, List<String> matched, int start, int end,
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
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
