package id.warta.ingest.feed;

/**
 * One entry of a feed, as Warta uses it.
 *
 * @param key       what identifies the item from one refresh to the next: its guid (RSS), id (Atom) or
 *                  rdf:about, else its link, else its title and date
 * @param link      the article's address (absolute http or https), or null
 * @param title     the title as plain text, or null
 * @param published ISO-8601 with the offset the feed printed, or null
 * @param content   the item's own text as HTML: the longest of content:encoded, Atom content and the
 *                  description; or null
 */
public record FeedItem(String key, String link, String title, String published, String content) {
}
