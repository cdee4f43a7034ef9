package id.warta.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * OpenGraph, Twitter-card, plain {@code <meta>} and microdata values of a page, keyed by lower-case
 * property/name/itemprop. The first value of a key wins (pages repeat og tags; the first is the one
 * crawlers read).
 */
final class MetaTags {
    private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
            "content_publisheddate", "dtk:publishdate"};
    private static final String[] TITLE_KEYS = {"og:title", "twitter:title", "title"};

    private final Map<String, String> values = new HashMap<>();
    private final String canonical;
    private final String documentTitle;

    private MetaTags(Document doc) {
        for (Element meta : doc.select("meta[content]")) {
            String key = firstPresent(meta, "property", "name", "itemprop");
            String content = meta.attr("content").strip();
            if (key != null && !content.isEmpty()) values.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        }
        for (Element dated : doc.select("[itemprop=datePublished][datetime], time[pubdate][datetime]")) {
            values.putIfAbsent("datepublished", dated.attr("datetime").strip());
        }
        Element itemUrl = doc.selectFirst("[itemprop=url][href]");
        if (itemUrl != null) values.putIfAbsent("itemprop:url", itemUrl.absUrl("href"));
        Element link = doc.selectFirst("link[rel=canonical][href]");
        canonical = link == null ? null : blankToNull(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
        documentTitle = blankToNull(doc.title());
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
