package id.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Indonesian news text into sentences.
 *
 * <p>A sentence ends at {@code . ? ! …} (plus any closing quote marks or brackets) when white space
 * and then something that can open a sentence follow: a capital, a digit, an opening quote or bracket.
 * So a quote that ends mid-sentence ({@code …negeri,” kata Kuzmarov.}, {@code “Siapa?” tanya dia.})
 * and numbers (3.016, pukul 08.00, 1.5 persen, Rp3,5) never split. A single dot is then weighed by the
 * word before it:
 * <ul>
 *   <li>titles and abbreviations that always precede more text (Dr., Prof., Ir., H., No., Jl., PT.,
 *       a.n., a.l., s.d.) never end a sentence;</li>
 *   <li>list endings (dll., dsb., dst., dkk.) end one whenever a capital follows;</li>
 *   <li>initials and dotted degrees (J. Kuzmarov, A.S., S.H., M.Si.) and company suffixes (Tbk.) end one
 *       only when the next word is an ordinary function word (Dia, Namun, Menurut …), not a name;</li>
 *   <li>a lone list number at the start of a sentence ("1.") does not end it.</li>
 * </ul>
 * A blank line always ends a sentence. Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private static final String TERMINATORS = ".?!…";
    private static final String CLOSERS = "”\"’')]»";
    private static final String OPENERS = "“\"‘'([«";
    private static final Set<String> TITLES = Set.of(
            "dr", "drs", "dra", "drg", "prof", "ir", "h", "hj", "kh", "k.h", "moh", "muh", "moch", "mochd", "abd",
            "no", "nomor", "jl", "jln", "gg", "kav", "kab", "kec", "kel", "prov", "ds", "rt", "rw", "pt", "cv", "ud",
            "tn", "ny", "nn", "sdr", "sdri", "bpk", "yth", "mr", "mrs", "ms", "st", "sta",
            "kol", "letkol", "mayjen", "brigjen", "jend", "kapt", "lettu", "letda", "serka", "bripka", "ipda",
            "iptu", "akp", "kompol", "pol", "rp", "pkl", "hlm", "tel", "telp", "tgl", "vol", "vs",
            "sp", "rep", "kep", "kp", "dsn", "gd", "lt", "tk",
            "a.n", "a.l", "u.p", "s.d", "u.b", "d.a");
    private static final Set<String> LIST_ENDS = Set.of("dll", "dsb", "dst", "dkk", "etc", "cs");
    private static final Set<String> SUFFIX_ABBREVIATIONS = Set.of("tbk", "co", "inc", "ltd", "corp", "jr", "sr");

    /** A sentence's place in the text: {@code text.substring(start, end)}, trimmed. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /** The sentences of {@code text}, trimmed, in order. */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : spans(text)) out.add(s.of(text));
        return out;
    }

    /** Where the sentences of {@code text} are. */
    public List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && isBlankLineAt(text, i)) {
                add(out, text, start, i);
                start = skipSpace(text, i);
                i = start;
                continue;
            }
            if (TERMINATORS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && TERMINATORS.indexOf(text.charAt(j)) >= 0) j++;
            int k = j;
            while (k < n && CLOSERS.indexOf(text.charAt(k)) >= 0) k++;
            int next = skipSpace(text, k);
            if (next == n) break;
            if (k < n && isSpace(text.charAt(k)) && opensSentence(text.charAt(next))
                    && endsSentence(text, start, i, j, next)) {
                add(out, text, start, k);
                start = next;
                i = next;
            } else {
                i = Math.max(k, i + 1);
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean endsSentence(String text, int sentenceStart, int i, int j, int next) {
        String run = text.substring(i, j);
        if (run.indexOf('?') >= 0 || run.indexOf('!') >= 0 || run.indexOf('…') >= 0 || run.length() > 1) {
            return true;                                            // question, exclamation, ellipsis
        }
        String word = wordBefore(text, i);
        if (word.isEmpty()) return true;
        String lower = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower)) return false;
        if (LIST_ENDS.contains(lower)) return true;
        if (isInitials(word) || SUFFIX_ABBREVIATIONS.contains(lower)) return functionWordAt(text, next);
        boolean listNumber = word.chars().allMatch(Character::isDigit) && i - word.length() == sentenceStart;
        return !listNumber;
    }

    /** J, A.S, S.H, M.Si, Ph.D: one capital, or short letter groups joined by dots. */
    private static boolean isInitials(String word) {
        String[] parts = word.split("\\.", -1);
        if (parts.length == 1) return word.length() == 1 && Character.isLetter(word.charAt(0));
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isLetter)) return false;
        }
        return true;
    }

    /** The word ending just before position {@code i}: letters, digits and inner dots (S.H, 08.00). */
    private static String wordBefore(String text, int i) {
        int b = i;
        while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) b--;
        while (b < i && text.charAt(b) == '.') b++;
        return text.substring(b, i);
    }

    /** Whether the word at {@code at} (after any opening quote) is a function word such as Dia or Namun. */
    private static boolean functionWordAt(String text, int at) {
        int a = at;
        while (a < text.length() && OPENERS.indexOf(text.charAt(a)) >= 0) a++;
        int b = a;
        while (b < text.length() && Character.isLetter(text.charAt(b))) b++;
        return b > a && Stopwords.contains(text.substring(a, b));
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static boolean isBlankLineAt(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '\n' && isSpace(text.charAt(j))) j++;
        return j < text.length() && text.charAt(j) == '\n';
    }

    /** White space, including the no-break space web pages are full of. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        return i;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        int s = skipSpace(text, start);
        int e = end;
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e));
    }
}
