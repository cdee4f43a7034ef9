package id.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word tokens the way Indonesian news prints them: a token is a run of letters and
 * digits that may be joined inside by one of {@code . , : ' ’ -} — so 3.016, 08.00, Rp3,5, S.H, A.S,
 * kata-kata, Ma'ruf and Kompas.com each stay one token, while a trailing dot or comma does not belong
 * to the word. Everything else (quote marks, brackets, dashes between spaces) is dropped.
 */
public final class Tokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[.,:'’\\-][\\p{L}\\p{N}\\p{M}]+)*");

    private Tokens() {
    }

    /** One token with its place in the text ({@code end} exclusive). */
    public record Token(String text, int start, int end) {
        /** Whether the token has a letter in it (so 2017 and 3.016 are not words, Rp3,5 is). */
        public boolean isWord() {
            return text.codePoints().anyMatch(Character::isLetter);
        }

        /** Whether the token starts with a capital letter. */
        public boolean isCapitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /** Every token of {@code text} in order, with offsets. */
    public static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end()));
        return out;
    }

    /** The lower-cased tokens that contain a letter: the words of {@code text}. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : of(text)) if (t.isWord()) out.add(t.text().toLowerCase(Locale.ROOT));
        return out;
    }
}
