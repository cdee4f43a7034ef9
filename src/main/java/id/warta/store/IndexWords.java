package id.warta.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How text is cut into words for searching: runs of letters, digits and combining marks, as
 * FTS5's unicode61 tokenizer cuts them, so words found here are words the index holds.
 */
final class IndexWords {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One word of a text: where it stands and its folded form. */
    record Span(int start, int end, String folded) {
    }

    private IndexWords() {
    }

    /** The words of {@code text} in order. A hand-written scan: a regex with Unicode classes was the slowest part of snippets. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null) return out;
        for (Span s = next(text, 0); s != null; s = next(text, s.end())) out.add(s);
        return out;
    }

    /** The first word of {@code text} at or after {@code from}, or null: for readers that may stop early. */
    static Span next(String text, int from) {
        return next(text, from, 0);
    }

    /**
     * As {@link #next(String, int)}, with the span's positions moved by {@code offset}: for a reader that
     * reads a text block by block, each block a String (a growing StringBuilder is slower to scan).
     */
    static Span next(String text, int from, int offset) {
        int n = text.length();
        int i = from;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) break;
            i += Character.charCount(c);
        }
        int start = i;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) break;
            i += Character.charCount(c);
        }
        if (i == start) return null;
        String folded = foldWord(text.substring(start, i));
        return new Span(start + offset, i + offset, folded);
    }

    private static boolean isWordChar(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The folded words of a text, in order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : spans(text)) if (!s.folded().isEmpty()) out.add(s.folded());
        return out;
    }

    /** A word folded (no diacritics, lower case) with anything that is not a letter or digit dropped. */
    static String foldWord(String word) {
        if (isAsciiAlphanumeric(word)) return Folding.asciiLower(word);   // most words: skip Unicode folding
        return NOT_WORD.matcher(Folding.fold(word)).replaceAll("");
    }

    private static boolean isAsciiAlphanumeric(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }
}
