package id.warta.ingest;

import id.warta.ingest.layout.Furniture;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What on a news page is not article text: scripts, navigation, ads, share widgets, related-article
 * boxes, captions, tags, comments. Judged by tag name and by the words in an element's class and id
 * (split at spaces, dashes and underscores), which is how every outlet names its furniture. The words that
 * also name text furniture (reading links, related lists, ads, captions, credits, tags) come from the one
 * furniture list, {@link Furniture#CLASS_WORDS}; what a furniture line says is judged there too.
 */
final class PageFurniture {
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "iframe", "ins", "form",
            "button", "select", "input", "textarea", "svg", "canvas", "figure", "figcaption", "img", "picture",
            "video", "audio", "object", "embed", "nav", "aside", "footer", "template", "link", "meta", "head");
    /** Class and id words for page furniture with no counterpart in text; the shared ones are in {@link Furniture}. */
    private static final Set<String> PAGE_WORDS = Set.of("share", "sharing", "sharebox", "social", "sosmed",
            "socmed", "addthis", "adsbygoogle", "gpt", "sponsor", "promo", "comment", "comments", "komentar", "disqus",
            "breadcrumb", "breadcrumbs", "nav", "navbar", "menu", "footer", "sidebar", "widget", "tweet", "instagram",
            "pagination", "paging", "outbrain", "taboola", "mgid");
    private static final Pattern SPLIT = Pattern.compile("[\\s_\\-]+");

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
            if (PAGE_WORDS.contains(word) || Furniture.CLASS_WORDS.contains(word)) return true;
        }
        return false;
    }
}
