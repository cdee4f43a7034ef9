package id.warta.text;

import java.util.Locale;
import java.util.Set;

/**
 * Indonesian words that say nothing about an article's topic (yang, dan, di, mereka, katanya …),
 * from the hand-written list {@code stopwords-id.txt}. Used to leave them out of similarity and search.
 */
public final class Stopwords {
    private static final Set<String> WORDS = WordList.load("stopwords-id.txt");

    private Stopwords() {
    }

    /** Whether {@code word} (any case) is a stopword. */
    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The whole list, lower case. */
    public static Set<String> all() {
        return WORDS;
    }
}
