package id.warta.ingest.feed;

import java.util.List;

/**
 * What one refresh of one feed did.
 *
 * @param url          the feed
 * @param added        items stored as new articles
 * @param seen         items already in the library (stored before, or the same article under another
 *                     address or from another feed); for an unchanged feed (304), the items it listed then
 * @param error        why the feed itself could not be read (one line, without the address), or null
 * @param itemFailures one line per item that yielded no article this time (its page failed and it had no
 *                     text of its own), naming the item
 */
public record FeedResult(String url, int added, int seen, String error, List<String> itemFailures) {
    public FeedResult {
        itemFailures = List.copyOf(itemFailures == null ? List.of() : itemFailures);
    }

    static FeedResult failed(String url, String error) {
        return new FeedResult(url, 0, 0, error, List.of());
    }

    public boolean failed() {
        return error != null;
    }
}
