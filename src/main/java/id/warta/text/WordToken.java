package id.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A word or punctuation mark of a line, with its offsets. Names are built from these, so hyphens and
 * dashes stand alone ({@code Rusia–AS}, {@code Putin-Trump} give two names each) and apostrophes stay
 * inside words ({@code Ma'ruf}); a web address stays whole ({@code Tribunnews.com}, {@code VIVA.co.id}).
 */
record WordToken(String text, int start, int end) {
    private static final String[] WEB_ENDINGS = {"com", "co", "id", "net", "org", "tv", "news"};
    private static final String[] ARTICLES = {"al", "el", "Al", "El", "as", "ad"};

    /**
     * Splits a line by this grammar, tried in order at each position (a character scan: the regex was a
     * seventh of all ingest CPU; {@code WordTokenTest} holds the scan to it on random text):
     * {@code [\p{L}\p{N}]+(?:\.(?:com|co|id|net|org|tv|news))+\b | (?:al|el|Al|El|as|ad)-\p{Lu}\p{L}+
     * | [\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)* | \S}.
     */
    static List<WordToken> split(String line) {
        List<WordToken> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (isRegexSpace(c)) {
                i++;
                continue;
            }
            int end = webAddressEnd(line, i);
            if (end < 0) end = arabicArticleNameEnd(line, i);
            if (end < 0) end = wordEnd(line, i);
            if (end < 0) end = i + Character.charCount(line.codePointAt(i));
            out.add(new WordToken(line.substring(i, end), i, end));
            i = end;
        }
        return out;
    }

    /** {@code [\p{L}\p{N}]+(?:\.(?:com|co|…))+\b}: Tribunnews.com, VIVA.co.id. */
    private static int webAddressEnd(String line, int from) {
        int i = runEnd(line, from, WordToken::isLetterOrNumber);
        return i == from ? -1 : webEndingsEnd(line, i);
    }

    /** One or more web endings from {@code at}, as many as still end at a word boundary (greedy, then back off). */
    private static int webEndingsEnd(String line, int at) {
        if (at >= line.length() || line.charAt(at) != '.') return -1;
        for (String ending : WEB_ENDINGS) {
            if (!line.startsWith(ending, at + 1)) continue;
            int end = at + 1 + ending.length();
            int longer = webEndingsEnd(line, end);
            if (longer >= 0) return longer;
            if (isBoundaryAfterLetter(line, end)) return end;
        }
        return -1;
    }

    /** {@code (?:al|el|Al|El|as|ad)-\p{Lu}\p{L}+}: al-Assad, el-Sisi. */
    private static int arabicArticleNameEnd(String line, int from) {
        if (from + 3 >= line.length() || line.charAt(from + 2) != '-') return -1;
        boolean article = false;
        for (String a : ARTICLES) article |= line.startsWith(a, from);
        if (!article) return -1;
        int i = from + 3;
        int cp = line.codePointAt(i);
        if (Character.getType(cp) != Character.UPPERCASE_LETTER) return -1;
        i += Character.charCount(cp);
        int end = runEnd(line, i, Character::isLetter);
        return end == i ? -1 : end;
    }

    /** {@code [\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*}: words, Ma'ruf. */
    private static int wordEnd(String line, int from) {
        int i = runEnd(line, from, WordToken::isWordPart);
        if (i == from) return -1;
        while (i + 1 < line.length() && (line.charAt(i) == '\'' || line.charAt(i) == '’')) {
            int next = runEnd(line, i + 1, WordToken::isWordPart);
            if (next == i + 1) break;
            i = next;
        }
        return i;
    }

    /** Where the run of code points that {@code part} accepts, starting at {@code from}, ends. */
    private static int runEnd(String line, int from, IntPredicate part) {
        int i = from;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (!part.test(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWordPart(int cp) {
        return isLetterOrNumber(cp) || isMark(cp);
    }

    private static boolean isLetterOrNumber(int cp) {
        return Character.isLetter(cp) || isNumber(cp);
    }

    private static boolean isNumber(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /**
     * Java's {@code \b} just after a letter: the next character is not a word character (letter, digit,
     * underscore, or a non-spacing mark, which joins the letter before it).
     */
    private static boolean isBoundaryAfterLetter(String line, int at) {
        if (at >= line.length()) return true;
        int cp = line.codePointAt(at);
        return !(cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    /** What the regex {@code \s} matches (ASCII only): a no-break space is a token of its own, as before. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with an upper-case letter: Putin, AS, McDonald. */
    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0)) || isArabicArticleName();
    }

    /** al-Assad, el-Sisi: the lower-case article is part of a capitalised name. */
    private boolean isArabicArticleName() {
        int dash = text.indexOf('-');
        return dash == 2 && text.length() > 3 && Character.isUpperCase(text.charAt(3))
                && (text.startsWith("al") || text.startsWith("el") || text.startsWith("as") || text.startsWith("ad"));
    }

    /** Two or more letters, all upper case (digits allowed): NATO, PBB, G20. */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    boolean isLowerCase() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
