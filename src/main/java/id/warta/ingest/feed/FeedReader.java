package id.warta.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import id.warta.ingest.InputException;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jsoup.Jsoup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a feed document (RSS 0.9x/2.0, RSS 1.0/RDF, Atom) into a {@link FeedDocument}, with Rome. Anything
 * else is refused in one line naming the feed: invalid XML (with the line), a web page, an XML document
 * that is no feed.
 */
public final class FeedReader {
    /** The date elements each format prints, in the order Rome prefers them. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "date", "updated", "modified");
    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf", "feed");

    /**
     * The feed in {@code body}. {@code address} names the feed in errors; {@code base} is where it was fetched
     * from, after redirects (relative links are resolved against it; null for a file); {@code headerCharset}
     * is the HTTP header's charset, or null.
     */
    public FeedDocument read(byte[] body, String headerCharset, String address, String base) throws InputException {
        if (body.length == 0) throw new InputException(address, "the feed is empty");
        if (FeedXml.looksLikeHtml(body)) throw new InputException(address, "a web page (HTML), not a feed");
        Document xml = FeedXml.parse(body, headerCharset, address);
        Element root = xml.getRootElement();
        String rootName = root.getName().toLowerCase(Locale.ROOT);
        if (rootName.equals("html")) throw new InputException(address, "a web page (XHTML), not a feed");
        if (!FEED_ROOTS.contains(rootName)) {
            throw new InputException(address, "not a feed (an XML document whose root is <" + root.getQualifiedName() + ">)");
        }
        SyndFeed feed = syndFeed(xml, address);
        List<Element> printed = itemElements(root);
        List<SyndEntry> entries = feed.getEntries();
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            // Rome keeps document order; the printed dates are matched by position when the counts agree.
            Element raw = printed.size() == entries.size() ? printed.get(i) : null;
            FeedItem item = item(entries.get(i), raw, base);
            if (item != null) items.add(item);
        }
        return new FeedDocument(text(feed.getTitle()), httpLink(feed.getLink(), base), items);
    }

    private static SyndFeed syndFeed(Document xml, String address) throws InputException {
        try {
            return new SyndFeedInput().build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException(address, "not a feed Warta can read (" + firstLine(e) + ")", e);
        } catch (RuntimeException e) {
            // Rome's converters are not hardened against every odd document; one odd feed is that feed's error.
            throw new InputException(address, "cannot be read as a feed (" + firstLine(e) + ")", e);
        }
    }

    private static FeedItem item(SyndEntry entry, Element raw, String base) {
        String link = httpLink(entry.getLink(), base);
        if (link == null) {
            for (SyndLink l : entry.getLinks()) {
                link = httpLink(l.getHref(), base);
                if (link != null) break;
            }
        }
        String title = text(entry.getTitle());
        String published = ItemDate.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate(),
                raw == null ? null : printedDate(raw));
        String content = longestContent(entry);
        String key = blankToNull(entry.getUri());
        // Without a guid Rome gives the link as printed: a relative one is known by its resolved form.
        if (key == null || link != null && key.equals(entry.getLink())) key = link;
        if (key == null && (title != null || published != null)) key = "title:" + title + "|" + published;
        return key == null ? null : new FeedItem(key.strip(), link, title, published, content);
    }

    /** The item's own text: the longest of its contents and its description (a teaser beside the full text). */
    private static String longestContent(SyndEntry entry) {
        String best = null;
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) candidates.add(entry.getDescription());
        for (SyndContent c : candidates) {
            String value = blankToNull(c.getValue());
            if (value != null && (best == null || value.length() > best.length())) best = value;
        }
        return best;
    }

    /** The items' elements: children of the root (RDF, Atom) or of its channel (RSS 0.9x/2.0). */
    private static List<Element> itemElements(Element root) {
        Element parent = root;
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel") && root.getName().equals("rss")) parent = child;
        }
        List<Element> out = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals("item") || child.getName().equals("entry")) out.add(child);
        }
        return out;
    }

    private static String printedDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) return child.getTextTrim();
            }
        }
        return null;
    }

    /** Titles are text in some feeds and escaped HTML in others; both become text. */
    private static String text(String value) {
        if (value == null || value.isBlank()) return null;
        String text = value.indexOf('<') < 0 && value.indexOf('&') < 0 ? value : Jsoup.parse(value).text();
        text = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** An absolute http(s) address for {@code link}, resolved against the feed's; null for anything else. */
    static String httpLink(String link, String base) {
        if (link == null || link.isBlank()) return null;
        try {
            URI uri = base == null ? URI.create(link.strip()) : URI.create(base).resolve(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) return null;
            return uri.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
