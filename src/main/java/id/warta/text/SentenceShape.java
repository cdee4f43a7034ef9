package id.warta.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence's shape says, read once per sentence by {@link SentenceReading}: whether it is an aside
 * (bracketed, shouted), whether it is finished, carries a speech attribution or teases. Pure functions.
 */
final class SentenceShape {
    private SentenceShape() {
    }

    private static final Pattern BRACKETED = Pattern.compile("^[\\[(].*[\\])][.\\s]*$");
    /**
     * Speech attributions (kata, ujarnya, tegasnya …), matched as whole words of the lower-cased sentence:
     * what {@code \b(?:(?:kata|ujar|…|tandas)(?:nya)?|(?:tambah|…|sebut)nya)\b} matched, found by a scan
     * because the regex was run on every sentence of every article.
     */
    private static final Set<String> SPEECH_WORDS = speechWords();
    private static final Pattern TEASER_TAIL = Pattern.compile("[”\"’')\\]\\s]+$");
    private static final Pattern FINISHED = Pattern.compile("[.?!…][”\"’')\\]]*$");
    private static final String TERMINATORS = ".?!…";
    private static final String CLOSERS = "”\"’')]";
    /** Line ends: {@code $} may match before a last one, so such rare texts are left to the patterns. */
    private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";

    /**
     * A bracketed note or a line without a lower-case letter (shouting, a label): no sentence to read out.
     * Reading links, credits and datelines never get this far: the layout step removed them.
     */
    static boolean isAside(String text) {
        if (BRACKETED.matcher(text).matches()) return true;
        for (int i = 0; i < text.length(); i++) if (Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }

    /** Ends in sentence punctuation, perhaps followed by closing quotes or brackets. */
    static boolean isFinished(String text) {
        if (endsWithLineEnd(text)) return FINISHED.matcher(text).find();
        int k = text.length();
        while (k > 0 && CLOSERS.indexOf(text.charAt(k - 1)) >= 0) k--;
        return k > 0 && TERMINATORS.indexOf(text.charAt(k - 1)) >= 0;
    }

    /** Carries a speech attribution (katanya, ujar, tegasnya …). */
    static boolean isAttributed(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && isRegexWordChar(lower.codePointAt(i))) i += Character.charCount(lower.codePointAt(i));
            if (i > start && SPEECH_WORDS.contains(lower.substring(start, i))) return true;
            if (i == start) i += Character.charCount(lower.codePointAt(i));
        }
        return false;
    }

    /** What {@code \w} is with Unicode character classes: the run a {@code \b} ends. */
    private static boolean isRegexWordChar(int c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (Character.isAlphabetic(c) || Character.isDigit(c) || c == 0x200C || c == 0x200D) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static Set<String> speechWords() {
        Set<String> words = new HashSet<>();
        for (String verb : List.of("kata", "ujar", "ucap", "tutur", "ungkap", "imbuh", "papar", "pungkas", "tandas")) {
            words.add(verb);
            words.add(verb + "nya");
        }
        for (String verb : List.of("tambah", "jelas", "tegas", "terang", "lanjut", "sebut")) words.add(verb + "nya");
        return Set.copyOf(words);
    }

    /** Ends in a question or a colon: it voices or teases rather than reports. */
    static boolean isTeaser(String text) {
        if (endsWithLineEnd(text)) {
            String end = TEASER_TAIL.matcher(text).replaceAll("");
            return end.endsWith("?") || end.endsWith(":");
        }
        int k = text.length();
        while (k > 0 && (CLOSERS.indexOf(text.charAt(k - 1)) >= 0 || " \t\n\u000B\f\r".indexOf(text.charAt(k - 1)) >= 0)) k--;
        return k > 0 && (text.charAt(k - 1) == '?' || text.charAt(k - 1) == ':');
    }

    /** The rare text where {@code $} could match before a last line end: left to the patterns themselves. */
    private static boolean endsWithLineEnd(String text) {
        return !text.isEmpty() && LINE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
