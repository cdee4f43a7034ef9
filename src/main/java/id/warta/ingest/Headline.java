package id.warta.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a page's headline. Metadata titles carry the site's name ("… - Kompas.com Regional",
 * "KapanLagi.com: …", "… | Republika Online"), so the page's own heading is preferred when one
 * matches the metadata title, and the site name is cut from the metadata title otherwise.
 */
final class Headline {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—:»«]|::)\\s+|(?<=\\S):\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private Headline() {
    }

    /** The page heading (h1, else h2) whose text matches the metadata title, or null. */
    static Element matchingHeading(Document doc, String metaTitle, String siteName) {
        if (metaTitle == null) return null;
        String full = key(metaTitle);
        String bare = key(withoutSiteName(metaTitle, siteName));
        for (String tag : new String[]{"h1", "h2"}) {
            Element best = null;
            for (Element h : doc.getElementsByTag(tag)) {
                String t = key(h.text());
                if (t.length() < 8) continue;
                boolean matches = t.equals(bare) || full.contains(t) && t.length() >= bare.length() * 0.8
                        || t.contains(bare);
                if (matches && (best == null || h.text().length() > best.text().length())) best = h;
            }
            if (best != null) return best;
        }
        return elementWithSegment(doc, metaTitle);
    }

    /**
     * Old layouts set the headline in a styled {@code <b>} or {@code <font>}: the element whose whole
     * text is one segment of the title (the longest that occurs), or null.
     */
    private static Element elementWithSegment(Document doc, String metaTitle) {
        String[] segments = SEPARATOR.split(normalise(metaTitle));
        if (segments.length < 2 || doc.body() == null) return null;
        java.util.Arrays.sort(segments, (a, b) -> b.length() - a.length());
        for (String segment : segments) {
            if (segment.length() < 8) continue;
            String wanted = key(segment);
            for (Element e : doc.body().getAllElements()) {
                if (e.childrenSize() <= 2 && key(e.text()).equals(wanted)) return e;
            }
        }
        return null;
    }

    /**
     * The title without segments that name the site: split at " - ", " | ", " :: ", ": "…, the
     * segments that mention the site (or look like a domain) are dropped.
     */
    static String withoutSiteName(String title, String siteName) {
        String clean = normalise(title);
        String site = siteName == null ? "" : siteWord(siteName);
        StringBuilder kept = new StringBuilder();
        java.util.regex.Matcher separator = SEPARATOR.matcher(clean);
        int start = 0;
        String gap = "";
        while (start <= clean.length()) {
            boolean found = separator.find();
            String part = clean.substring(start, found ? separator.start() : clean.length());
            if (!namesSite(part, site)) kept.append(kept.isEmpty() ? "" : gap).append(part);
            if (!found) break;
            gap = separator.group();
            start = separator.end();
        }
        String result = kept.toString().strip();
        return result.isEmpty() ? clean : result;
    }

    private static boolean namesSite(String part, String site) {
        String p = part.toLowerCase(Locale.ROOT);
        if (!site.isEmpty() && p.contains(site)) return true;
        return p.matches(".*\\b[a-z0-9-]+\\.(com|co\\.id|id|net|org|co)\\b.*") && p.split("\\s+").length <= 4
                || p.matches("(?i).*\\b(online|news|tv|com)$") && p.split("\\s+").length <= 3 && !site.isEmpty()
                && p.contains(site);
    }

    /** The distinctive word of a site name: "KapanLagi.com" → "kapanlagi", "Republika Online" → "republika". */
    static String siteWord(String siteName) {
        String s = siteName.strip().toLowerCase(Locale.ROOT);
        if (!s.contains(" ") && s.contains(".")) s = PageHost.domainLabel(s);
        else s = s.split("[\\s.]")[0];
        return s.length() >= 3 ? s : "";
    }

    static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String key(String text) {
        return normalise(text).toLowerCase(Locale.ROOT);
    }
}
