package id.warta.ingest.feed;

import java.util.List;

/**
 * A feed as read: its title, the site it belongs to, and its items in the order the feed lists them.
 *
 * @param title the feed's title as text, or null
 * @param site  the web site the feed belongs to (its channel link), or null
 * @param items the items, in document order
 */
public record FeedDocument(String title, String site, List<FeedItem> items) {
    public FeedDocument {
        items = List.copyOf(items == null ? List.of() : items);
    }
}
