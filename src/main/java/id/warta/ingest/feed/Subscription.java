package id.warta.ingest.feed;

/**
 * A feed the reader follows, as the sidebar and {@code warta feeds list} show it.
 *
 * @param url          the feed's address (its identity)
 * @param title        the reader's name for it, else the feed's own title, else null
 * @param site         the web site the feed belongs to, or null
 * @param validators   the last full answer's ETag and Last-Modified (for the next conditional GET)
 * @param itemsStored  how many items of its last full answer are in the library
 * @param lastChecked  when it was last refreshed (ISO-8601 instant), or null if never
 * @param lastError    why the last refresh failed (one line), or null when it succeeded
 * @param articles     stored articles that came from it
 * @param unread       of those, how many are unread
 */
public record Subscription(String url, String title, String site, FeedFetcher.Validators validators, int itemsStored,
                           String lastChecked, String lastError, int articles, int unread) {
}
