package id.warta.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OpenGraph, Twitter-card, plain {@code <meta>} and microdata values of a page, keyed by lower-case
 * property/name/itemprop. The first value of a key wins (pages repeat og tags; the first is the one
 * crawlers read). Gathered in one walk over the page, which also picks up the JSON-LD scripts and
 * the signs of a login form or of article markup.
 */
final class MetaTags {
    private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
            "content_publisheddate", "dtk:publishdate"};
    private static final String[] TITLE_KEYS = {"og:title", "twitter:title", "title"};

    private final Map<String, String> values = new HashMap<>();
    private final List<String> jsonLdScripts = new ArrayList<>();
    private String canonical;
    private String documentTitle;
    private boolean loginForm;
    private boolean articleBodyMarkup;

    private MetaTags(Document doc) {
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "meta" -> meta(e);
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = blankToNull(href(e));
                }
                case "title" -> {
                    if (documentTitle == null) documentTitle = blankToNull(e.text());
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) jsonLdScripts.add(e.data());
                }
                case "input" -> loginForm |= e.attr("type").equalsIgnoreCase("password");
                default -> {
                }
            }
            if (e.hasAttr("itemprop")) microdata(e);
            if (e.hasAttr("pubdate") && e.hasAttr("datetime")) values.putIfAbsent("datepublished", e.attr("datetime").strip());
        }
    }

    private void meta(Element meta) {
        String key = firstPresent(meta, "property", "name", "itemprop");
        String content = meta.attr("content").strip();
        if (key != null && !content.isEmpty()) values.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
    }

    private void microdata(Element e) {
        String prop = e.attr("itemprop");
        if (prop.equals("articleBody")) articleBodyMarkup = true;
        if (prop.equals("datePublished") && e.hasAttr("datetime")) values.putIfAbsent("datepublished", e.attr("datetime").strip());
        if (prop.equals("url") && e.hasAttr("href")) values.putIfAbsent("itemprop:url", href(e));
    }

    private static String href(Element e) {
        String abs = e.absUrl("href");
        return abs.isEmpty() ? e.attr("href") : abs;
    }

    List<String> jsonLdScripts() {
        return jsonLdScripts;
    }

    boolean hasLoginForm() {
        return loginForm;
    }

    boolean hasArticleBodyMarkup() {
        return articleBodyMarkup;
    }

    static MetaTags of(Document doc) {
        return new MetaTags(doc);
    }

    String get(String key) {
        return values.get(key);
    }

    /** The page's own address: canonical link, og:url, or the microdata url. */
    String pageUrl() {
        if (canonical != null && canonical.startsWith("http")) return canonical;
        String og = values.get("og:url");
        if (og != null && og.startsWith("http")) return og;
        String item = values.get("itemprop:url");
        return item != null && item.startsWith("http") ? item : null;
    }

    String published() {
        for (String key : PUBLISHED_KEYS) {
            String v = values.get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** The title as metadata gives it, site name and all; the document title last. */
    String title() {
        for (String key : TITLE_KEYS) {
            String v = values.get(key);
            if (v != null) return v;
        }
        return documentTitle;
    }

    String siteName() {
        return values.get("og:site_name");
    }

    String type() {
        String t = values.get("og:type");
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    private static String firstPresent(Element e, String... attrs) {
        for (String a : attrs) {
            if (e.hasAttr(a)) return e.attr(a);
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
