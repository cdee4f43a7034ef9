package id.warta.ingest.layout;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of news furniture: text on a page or in a copy that is not the story. Inserted reading
 * links and ad slots ({@code Baca juga: …}, {@code ADVERTISEMENT}), labels over lists of other stories
 * ({@code Berita Terkait}), credit lines ({@code Editor: …}, {@code Pewarta: …}, {@code Copyright © …},
 * {@code Tags: …}) that close an article, the closing wire tag or reporter initials ({@code (ant)},
 * {@code (rvk/ega)}), and photo captions and credits ({@code FOTO: …}, {@code … (ANTARA FOTO/Hafidz
 * Mubarak A)}, {@code (REUTERS / Edgar Su)}). Every reader and the layout step use these lists; the HTML
 * reader's class-name judgement draws its shared words from {@link #CLASS_WORDS}.
 */
public final class Furniture {
    private Furniture() {
    }

    /** Verbs that open an inserted reading link: Baca juga, Lihat juga, Simak juga, Tonton juga, Saksikan juga. */
    private static final String LINK_VERBS = "baca|lihat|simak|tonton|saksikan";
    /** Lines dropped wherever they stand: reading links and advertising slots. */
    private static final Pattern INSERT = Pattern.compile(
            "^(?:(?:" + LINK_VERBS + ")\\s+(?:juga|pula|video|selengkapnya|berita)\\b.*"
                    + "|(?:" + LINK_VERBS + ")\\s*:.*|baca_juga\\b.*|pilihan editor\\s*:.*"
                    + "|advertisement|iklan|scroll to continue(?: with content)?|scroll untuk melanjutkan.*"
                    + "|\\[?gambas:.*|(?:berita|artikel) terkait\\s*:.*|ikuti berita.*di google news.*"
                    + "|dapatkan update berita.*|follow (?:us|kami)\\b.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Labels over lists of other stories ("Jangan Lewatkan", "Berita Terkait"). */
    private static final Pattern LIST_LABEL = Pattern.compile(
            "^(?:jangan lewatkan|(?:berita|artikel|topik) (?:terkait|lainnya|pilihan|rekomendasi)|terpopuler|populer"
                    + "|rekomendasi|baca juga|lihat juga|simak juga|tag|tags)\\W{0,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String CREDIT_LABELS = "editor|pewarta|penulis|reporter|redaktur|penyunting|fotografer"
            + "|kontributor|laporan|video editor|produser";
    /**
     * A credit line of the article's makers: a label and a colon ({@code Editor: Bonifasius Tamba}), a
     * label and a name alone ({@code Penulis Sri Wulandari}, at most four words after it), or the label
     * alone with the name in the next element ({@code Penulis} then {@code : Ferril Dennys}); copyright lines.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:(?:" + CREDIT_LABELS + ")\\s*(?::.{0,100})?"
                    + "|(?:" + CREDIT_LABELS + ")\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,4}"
                    + "|(?:copyright|hak cipta)\\b.{0,100}|(?:©|\\(c\\)).{0,100})$",
            Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_START = Pattern.compile(
            "^(?i:" + CREDIT_LABELS + "|copyright|hak cipta|©|\\(c\\))");
    /** Tag and keyword lists; they close an article. */
    private static final Pattern TAGS = Pattern.compile(
            "^(?:tag|tags|topik|kata kunci|keywords?)\\s*:.*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A bare wire tag on its own line: (ant), [Antara]. */
    private static final Pattern WIRE_LINE = Pattern.compile("^(?:\\(|\\[)?(?:ant|antara)(?:\\)|\\])\\s*$", Pattern.CASE_INSENSITIVE);
    /** A wire tag or reporter initials closing the last paragraph: (ant), (Antara), (rvk/ega), (ant/mes). */
    private static final Pattern TRAILING_TAG = Pattern.compile("\\s*\\(([a-zA-Z]{2,8}(?:/[a-zA-Z*]{2,8}){0,3})\\)\\s*$");

    /** A caption labelled as one: {@code Foto: …}, {@code Keterangan foto: …}, {@code Ilustrasi: …}. */
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "^(?:foto|keterangan foto|caption|photo|ilustrasi|infografis|grafis)\\s*:\\s*\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** A credit closing a caption, in brackets: {@code (ANTARA FOTO/Hafidz Mubarak A)}, {@code (Foto: Antara)}, {@code (Dok. IGI)}. */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "\\(\\s*(?:(?:foto|photo|dok|dokumentasi|ilustrasi)\\b\\.?\\s*:?\\s*([^()]{0,80})|([^()/]{2,40}?)\\s*/\\s*([^()]{2,60}?))\\s*\\)\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An unbracketed credit closing a caption: {@code … ANTARA FOTO/Sigid Kurniawan/foc.}, {@code … TEMPO/Hilman Fathurrahman W}. */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:^|\\s)(\\p{Lu}[\\p{Lu}\\p{N}.]+(?: FOTO)?|Foto)\\s*/\\s*(\\p{Lu}[\\p{L} .'’/-]{1,60}?)\\.?$");
    private static final int CAPTION_MAX_WORDS = 60;

    /**
     * Words that name furniture in a page element's class or id (split at spaces, dashes and underscores),
     * shared with the text lists above: reading links, related lists, ads, captions, credits, tags.
     */
    public static final Set<String> CLASS_WORDS = Set.of("bacajuga", "baca", "lihatjuga", "simakjuga", "terkait",
            "related", "ads", "ad", "advert", "advertisement", "iklan", "banner", "caption", "credit", "credits", "copyright",
            "tags", "tag", "popular", "populer", "terpopuler", "rekomendasi", "lainnya", "terbaru", "newsletter",
            "subscribe", "byline");

    /** True for a reading link or ad line, dropped wherever it stands. */
    public static boolean isInsert(String line) {
        return INSERT.matcher(line.strip()).matches();
    }

    /** True for a label over a list of other stories. */
    public static boolean isListLabel(String line) {
        return LIST_LABEL.matcher(line.strip()).matches();
    }

    /** True for a credit line of the article's makers or its copyright. */
    public static boolean isCredit(String line) {
        String s = line.strip();
        return CREDIT_START.matcher(s).find() && CREDIT.matcher(capitaliseLabel(s)).matches();
    }

    /**
     * True for a line that closes the article: a credit, a tag list, a source line ({@code Sumber: …}) or a
     * bare wire tag. Whether it really ends the body is for the layout step to judge: an embedded post's
     * credit may stand mid-story.
     */
    public static boolean closes(String line) {
        String s = line.strip();
        return isCredit(s) || TAGS.matcher(s).matches() || SourceLine.isSourceLine(s) || WIRE_LINE.matcher(s).matches();
    }

    /**
     * True for a paragraph that is a photo caption or a credit, not story: labelled ({@code Foto: …}),
     * closed by a photographer's credit ({@code … (ANTARA FOTO/Hafidz Mubarak A)}, {@code … (REUTERS / Edgar
     * Su)}, {@code … TEMPO/Hilman Fathurrahman W}), or a credit alone ({@code (Foto: Antara)}).
     */
    public static boolean isPhotoCaption(String paragraph) {
        String s = paragraph.strip();
        if (s.isEmpty() || words(s) > CAPTION_MAX_WORDS) return false;
        if (PHOTO_LABEL.matcher(s).matches()) return true;
        Matcher trailing = TRAILING_CREDIT.matcher(s);
        if (trailing.find() && isPhotoCredit(trailing.group(1), trailing.group(2))) return true;
        Matcher m = BRACKETED_CREDIT.matcher(s);
        if (!m.find()) return false;
        return m.group(2) == null || isPhotoCredit(m.group(2), m.group(3));
    }

    /**
     * {@code owner/photographer}: the owner says photo ({@code ANTARA FOTO}) or is an outlet the registry
     * knows ({@code REUTERS}, {@code TEMPO}); the photographer is a person, not an outlet, named in two words
     * or more unless the owner said photo. So {@code (Antara/Xinhua)} (a wire credit), {@code (rvk/ega)}
     * (initials) and {@code TNI/Polri} (two bodies in a sentence) are no photo credits.
     */
    private static boolean isPhotoCredit(String owner, String photographer) {
        String o = owner.strip();
        String p = photographer.strip();
        boolean photo = o.toUpperCase(Locale.ROOT).contains("FOTO");
        boolean outlet = Outlets.standard().byName(o).isPresent();
        if (!photo && !outlet || p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) return false;
        if (Outlets.standard().byName(p.split("/")[0]).isPresent()) return false;
        return photo || p.split("\\s+").length >= 2;
    }

    /** How many words (runs without white space) a text holds; counted, not split, since every paragraph is asked. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /** The paragraph without a closing wire tag or reporter initials. */
    public static String withoutTrailingTag(String paragraph) {
        Matcher m = TRAILING_TAG.matcher(paragraph);
        if (!m.find() || !isTag(m.group(1))) return paragraph;
        return paragraph.substring(0, m.start()).strip();
    }

    /** The outlet a closing tag names ({@code (ant)}, {@code (Antara)} → ANTARA), if any. */
    public static Optional<String> tagOutlet(String paragraph) {
        Matcher m = TRAILING_TAG.matcher(paragraph);
        if (!m.find()) return Optional.empty();
        String first = m.group(1).split("/")[0].toLowerCase(Locale.ROOT);
        return first.equals("ant") || first.equals("antara") ? Optional.of("ANTARA") : Optional.empty();
    }

    /**
     * Initials are lower case ({@code rvk/ega}) or a known wire name; an upper-case word in brackets
     * ({@code (PBB)}) is an acronym in the text, not a tag.
     */
    private static boolean isTag(String inner) {
        String first = inner.split("/")[0];
        return first.equals(first.toLowerCase(Locale.ROOT)) || first.equalsIgnoreCase("antara");
    }

    /** "EDITOR: …" and "editor: …" read as "Editor: …", so the name rule's capitals are the name's own. */
    private static String capitaliseLabel(String s) {
        Matcher m = CREDIT_START.matcher(s);
        if (!m.find()) return s;
        return s.substring(0, m.end()).toLowerCase(Locale.ROOT) + s.substring(m.end());
    }
}
