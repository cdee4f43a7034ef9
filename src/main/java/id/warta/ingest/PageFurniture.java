package id.warta.ingest;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What on a news page is not article text: scripts, navigation, ads, share widgets, related-article
 * boxes, captions, tags, comments. Judged by tag name and by the words in an element's class and id
 * (split at spaces, dashes and underscores), which is how every outlet names its furniture.
 */
final class PageFurniture {
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "iframe", "ins", "form",
            "button", "select", "input", "textarea", "svg", "canvas", "figure", "figcaption", "img", "picture",
            "video", "audio", "object", "embed", "nav", "aside", "footer", "template", "link", "meta", "head");
    private static final Set<String> FURNITURE_WORDS = Set.of("share", "sharing", "sharebox", "social", "sosmed",
            "socmed", "addthis", "related", "terkait", "bacajuga", "baca", "lihatjuga", "ads", "ad", "advert",
            "advertisement", "iklan", "banner", "adsbygoogle", "gpt", "sponsor", "promo", "caption", "comment",
            "comments", "komentar", "disqus", "tags", "tag", "breadcrumb", "breadcrumbs", "nav", "navbar", "menu",
            "footer", "sidebar", "widget", "popular", "populer", "terpopuler", "rekomendasi", "newsletter",
            "subscribe", "byline", "copyright", "credit", "credits", "tweet", "instagram", "pagination",
            "paging", "lainnya", "terbaru", "outbrain", "taboola", "mgid");
    private static final Pattern SPLIT = Pattern.compile("[\\s_\\-]+");
    /** Inserted reading links and ad labels, wherever they appear in a body. */
    static final Pattern INSERTED_LINE = Pattern.compile(
            "^(baca|lihat|simak|tonton|saksikan)\\s+(juga|pula|selengkapnya|video)\\b.*|^baca\\s*:.*|^advertisement$"
                    + "|^scroll to continue( with content)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Labels over related-article lists ("Jangan Lewatkan", "Berita Terkait"). */
    private static final Pattern LIST_LABEL = Pattern.compile(
            "^(jangan lewatkan|(berita|artikel|topik) (terkait|lainnya|pilihan|rekomendasi)|terpopuler|populer"
                    + "|rekomendasi|baca juga|lihat juga|simak juga|tag|tags)\\W{0,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Credit lines of the page, not of the article: reporter, editor, copyright. */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "^(editor|pewarta|penulis|reporter|redaktur|fotografer|penyunting|copyright|hak cipta)\\b\\s*:?.{0,80}$"
                    + "|^(©|\\(c\\)).{0,80}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PageFurniture() {
    }

    static boolean skippedTag(String tag) {
        return SKIPPED_TAGS.contains(tag);
    }

    /** True when the element's class or id names it as furniture, or it is hidden from readers. */
    static boolean named(Element e) {
        String style = e.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) return true;
        return hasWord(e.className()) || hasWord(e.id());
    }

    private static boolean hasWord(String attr) {
        if (attr.isEmpty()) return false;
        for (String word : SPLIT.split(attr.toLowerCase(Locale.ROOT))) {
            if (FURNITURE_WORDS.contains(word)) return true;
        }
        return false;
    }

    static boolean insertedLine(String text) {
        return INSERTED_LINE.matcher(text).matches();
    }

    static boolean listLabel(String text) {
        return LIST_LABEL.matcher(text).matches();
    }

    static boolean creditLine(String text) {
        return CREDIT_LINE.matcher(text).matches();
    }
}
