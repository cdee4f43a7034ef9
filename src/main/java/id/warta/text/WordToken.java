package id.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a line, with its offsets. Names are built from these, so hyphens and
 * dashes stand alone ({@code Rusia–AS}, {@code Putin-Trump} give two names each) and apostrophes stay
 * inside words ({@code Ma'ruf}); a web address stays whole ({@code Tribunnews.com}, {@code VIVA.co.id}).
 */
record WordToken(String text, int start, int end) {
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:\\.(?:com|co|id|net|org|tv|news))+\\b|(?:al|el|Al|El|as|ad)-\\p{Lu}\\p{L}+|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    static List<WordToken> split(String line) {
        List<WordToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) out.add(new WordToken(m.group(), m.start(), m.end()));
        return out;
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
