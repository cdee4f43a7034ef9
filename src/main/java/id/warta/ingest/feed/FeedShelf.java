package id.warta.ingest.feed;

import id.warta.ingest.ArticleSink;
import id.warta.model.Article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where subscriptions and what became of their items are kept; the store implements it (as
 * {@link ArticleSink} for articles). Feeds are named by their address. Every method is one transaction.
 */
public interface FeedShelf {
    /** What an earlier refresh did with an item. */
    record ItemState(boolean done, int tries, boolean stored) {
    }

    /**
     * The outcome of one refresh of a feed, for its row: an error, an unchanged feed, or a full answer with
     * the feed's title and site, its validators, and how many of its items are in the library.
     */
    record Check(Instant at, String error, boolean unchanged, String title, String site,
                 FeedFetcher.Validators validators, int itemsStored) {
        public static Check failed(Instant at, String error) {
            return new Check(at, error, false, null, null, null, 0);
        }

        public static Check unchanged(Instant at) {
            return new Check(at, null, true, null, null, null, 0);
        }

        public static Check read(Instant at, FeedDocument feed, FeedFetcher.Validators validators, int itemsStored) {
            return new Check(at, null, false, feed.title(), feed.site(), validators, itemsStored);
        }
    }

    /** Every subscription, by title. */
    List<Subscription> subscriptions();

    Optional<Subscription> subscription(String url);

    /** Adds a subscription; false (and nothing changed) when the address is already followed. */
    boolean subscribe(String url, String title, String site);

    /** Gives the feed the reader's own name (null or blank: its own title again); false when there is no such feed. */
    boolean rename(String url, String title);

    /**
     * Ends a subscription. With {@code deleteArticles}, its articles go too, except those another
     * subscription also brought; otherwise they stay in the library. False when there was no such feed.
     */
    boolean unsubscribe(String url, boolean deleteArticles);

    /** What happened to the item {@code key} of the feed before, if it was ever seen. */
    Optional<ItemState> item(String feedUrl, String key);

    /** When an article with address {@code link} is stored, counts it as the item's and returns true. */
    boolean storedAlready(String feedUrl, String key, String link);

    /**
     * Stores the article and records it as the item's, in one transaction: a refresh killed half-way leaves
     * either both or neither. A duplicate (same text or address) is not stored again but still recorded.
     */
    ArticleSink.Outcome store(String feedUrl, String key, Article article);

    /** Records a try that yielded no article; {@code done} when no more tries will be made. */
    void failed(String feedUrl, String key, String reason, boolean done);

    void checked(String feedUrl, Check check);

    /** Ids of the feed's stored articles, newest first: {@code limit} of them from {@code offset}. */
    List<String> articleIds(String feedUrl, int offset, int limit);
}
