package id.warta.store;

import id.warta.text.IndonesianStemmer;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second text the index holds for each article: every word replaced by its Indonesian stem
 * (memulihkan, pemulihan → pulih), one stem per word so it lines up with the original text.
 * Names are never stemmed: a word that is part of one of the article's entity names, or a
 * capitalised word inside a sentence, stays as it is.
 * Stems are cached: news vocabulary repeats, and the stemmer tries many readings per word.
 */
final class StemmedText {
    /** Written in place of a word that folds to nothing; not a word to FTS5, so it indexes nothing. */
    static final String BLANK = "_";
    private static final int CACHE_SIZE = 200_000;
    private static final IndonesianStemmer STEMMER = new IndonesianStemmer();
    /** Emptied when full: simpler and faster than LRU, and a news vocabulary refills it in moments. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>(1 << 16);

    private StemmedText() {
    }

    /**
     * Identifies the stemmer's behaviour: a hash of its class file and its root list. The stemmer
     * is developed separately; when it changes, stems in the index no longer match query stems, so
     * the library rebuilds its index (see {@link SearchIndex#VERSION}).
     */
    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : new String[]{"IndonesianStemmer.class", "known-roots.txt"}) {
                try (InputStream in = IndonesianStemmer.class.getResourceAsStream(resource)) {
                    if (in != null) sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }

    /** The stem of one folded word. */
    static String stem(String folded) {
        if (folded.isEmpty()) return folded;
        String cached = CACHE.get(folded);
        if (cached != null) return cached;
        String stem = STEMMER.stem(folded);
        if (CACHE.size() >= CACHE_SIZE) CACHE.clear();
        CACHE.put(folded, stem);
        return stem;
    }

    /**
     * {@code text} as stems, words separated by single spaces, one per word of {@link IndexWords#spans}.
     *
     * @param names        folded words of the article's entity names: never stemmed
     * @param titleCase    true for headlines and headings, where capitals do not mark names
     */
    static String of(String text, Set<String> names, boolean titleCase) {
        List<IndexWords.Span> spans = IndexWords.spans(text);
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
        for (int i = 0; i < spans.size(); i++) {
            IndexWords.Span span = spans.get(i);
            if (i > 0) out.append(' ');
            String word = span.folded();
            if (word.isEmpty()) out.append(BLANK);
            else if (names.contains(word) || !titleCase && isNameLike(text, span)) out.append(word);
            else out.append(stem(word));
        }
        return out.toString();
    }

    /** A capitalised word that does not open a sentence (or the text) is taken for a name. */
    private static boolean isNameLike(String text, IndexWords.Span span) {
        if (!Character.isUpperCase(text.charAt(span.start()))) return false;
        for (int i = span.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '“' || c == '"' || c == '(' || c == '‘' || c == '\'') continue;
            return !(c == '.' || c == '!' || c == '?' || c == ':' || c == '–' || c == '—' || c == '-');
        }
        return false;
    }
}
