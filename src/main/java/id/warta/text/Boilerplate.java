package id.warta.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture that is never body text: inserted reading links ({@code Baca juga: …},
 * {@code ADVERTISEMENT}), credit lines that end an article ({@code Editor: …}, {@code Pewarta: …},
 * {@code Copyright © …}) and the trailing wire tag or reporter initials ({@code (ant)}, {@code (rvk/ega)}).
 */
public final class Boilerplate {
    private Boilerplate() {
    }

    /** Lines dropped wherever they stand: reading links and advertising slots. */
    private static final Pattern INSERT = Pattern.compile(
            "(?iu)^(?:(?:baca|lihat|simak|tonton|saksikan)\\s+(?:juga|pula|video|selengkapnya|berita)\\b.*"
                    + "|advertisement|iklan|scroll to continue with content|scroll untuk melanjutkan.*"
                    + "|\\[?gambas:.*|berita terkait\\s*:?.*|artikel terkait\\s*:?.*|ikuti berita.*di google news.*"
                    + "|dapatkan update berita.*|follow (?:us|kami)\\b.*)$");
    /** Lines that start the closing credits: they and everything after them leave the body. */
    private static final Pattern TAIL = Pattern.compile(
            "(?iu)^(?:(?:editor|pewarta|penulis|reporter|redaktur|penyunting|fotografer|sumber|tag|tags|topik|"
                    + "kata kunci|keyword)\\s*:.*|copyright\\s*(?:©|\\(c\\)).*|©.*|hak cipta.*"
                    + "|(?:\\(|\\[)?(?:ant|antara)(?:\\)|\\])\\s*$)");
    /** A wire tag or reporter initials closing the last paragraph: (ant), (Antara), (rvk/ega), (ant/mes). */
    private static final Pattern TRAILING_TAG = Pattern.compile("\\s*\\(([a-zA-Z]{2,8}(?:/[a-zA-Z*]{2,8}){0,3})\\)\\s*$");

    /** True for a reading link or advert line, dropped wherever it stands. */
    public static boolean isInsert(String line) {
        return INSERT.matcher(line.strip()).matches();
    }

    /** True for a credit line that closes the article; it and all that follows are furniture. */
    public static boolean startsTail(String line) {
        return TAIL.matcher(line.strip()).matches();
    }

    /** The paragraph without a closing wire tag or reporter initials. */
    public static String withoutTrailingTag(String paragraph) {
        Matcher m = TRAILING_TAG.matcher(paragraph);
        if (!m.find() || !isTag(m.group(1))) return paragraph;
        return paragraph.substring(0, m.start()).strip();
    }

    /** The outlet a closing tag names ({@code (ant)} → ANTARA), if any. */
    public static Optional<String> tagOutlet(String paragraph) {
        Matcher m = TRAILING_TAG.matcher(paragraph);
        if (!m.find()) return Optional.empty();
        String first = m.group(1).split("/")[0].toLowerCase();
        return first.equals("ant") || first.equals("antara") ? Optional.of("ANTARA") : Optional.empty();
    }

    /**
     * Initials are lower case ({@code rvk/ega}) or a known wire name; an upper-case word in brackets
     * ({@code (PBB)}) is an acronym in the text, not a tag.
     */
    private static boolean isTag(String inner) {
        String first = inner.split("/")[0];
        return first.equals(first.toLowerCase()) || first.equalsIgnoreCase("antara");
    }
}
