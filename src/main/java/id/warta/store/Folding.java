package id.warta.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The form names are compared in: diacritics removed, lower case, whitespace collapsed, so that
 * "Zaporizhzhia", "zaporizhzhia" and "Zapórizhzhia" are one key. FTS5's unicode61 tokenizer with
 * remove_diacritics folds the same way, so keys and index terms agree.
 */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Folding() {
    }

    /** Names repeat across articles: folded keys are kept (emptied when full, as stems are). */
    private static final int CACHE_SIZE = 50_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    static String fold(String text) {
        if (text == null) return "";
        String cached = CACHE.get(text);
        if (cached != null) return cached;
        String folded = foldUncached(text);
        if (CACHE.size() >= CACHE_SIZE) CACHE.clear();
        CACHE.put(text, folded);
        return folded;
    }

    private static String foldUncached(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Lower case for a string known to be ASCII: what {@link #fold} returns for it, without the Unicode work. */
    static String asciiLower(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'A' && c <= 'Z') return ascii.toLowerCase(Locale.ROOT);
        }
        return ascii;
    }

    /** The smallest string greater than every string starting with {@code prefix}, for range scans. */
    static String afterPrefix(String prefix) {
        return prefix + Character.MAX_VALUE;
    }
}
