package id.warta.ingest.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds a web page names for itself, as browsers and feed readers find them: {@code <link
 * rel="alternate" type="application/rss+xml" href="…">} (or Atom, or RDF) in the page, in page order.
 * Nothing is guessed from ordinary links or from the address: a page that names no feed has none.
 */
final class FeedDiscovery {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/feed+xml", "application/x-rss+xml", "application/x-atom+xml");

    private FeedDiscovery() {
    }

    /** The absolute http(s) feed addresses the page at {@code pageUrl} names, without repeats. */
    static List<String> feeds(byte[] page, String charset, String pageUrl) {
        Document doc = parse(page, charset, pageUrl);
        List<String> out = new ArrayList<>();
        for (Element link : doc.select("link[rel][href][type]")) {
            boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = link.attr("type").split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!alternate || !FEED_TYPES.contains(type)) continue;
            String href = FeedReader.httpLink(link.attr("href"), pageUrl);
            if (href != null && !out.contains(href)) out.add(href);
        }
        return out;
    }

    /** The header's charset when Java knows it, else what the page itself declares (jsoup's detection). */
    private static Document parse(byte[] page, String charset, String pageUrl) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page), charset, pageUrl);
        } catch (IllegalArgumentException e) {
            return parse(page, null, pageUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }
}
