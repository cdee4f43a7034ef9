package id.warta.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which site a page belongs to, from its address or, for a saved page without one, from its own links. */
final class PageHost {
    /** Second-level labels under which Indonesian (and other) domains are registered: example.co.id. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "or", "go", "ac", "web", "my", "sch", "net", "com");

    private PageHost() {
    }

    static String of(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The registrable domain: news.detik.com → detik.com, nasional.republika.co.id → republika.co.id. */
    static String domain(String host) {
        if (host == null) return null;
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) return host;
        boolean secondLevel = SECOND_LEVEL.contains(labels[n - 2]) && labels[n - 1].length() == 2;
        int keep = secondLevel ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /** The name label of a domain: lifestyle.okezone.com → okezone, republika.co.id → republika. */
    static String domainLabel(String host) {
        String d = domain(host);
        return d == null ? "" : d.split("\\.")[0];
    }

    /** The domain most of the page's absolute links point to: a site links to itself more than to others. */
    static String dominantLinkDomain(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element a : doc.select("a[href^=http]")) {
            String d = domain(of(a.attr("href")));
            if (d != null) counts.merge(d, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
