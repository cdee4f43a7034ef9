/**
 * Feeds: following outlets' RSS 2.0, RSS 1.0 (RDF) and Atom feeds (issue 18, docs/feeds.md).
 *
 * <p>The home of what a feed is and how one is refreshed: reading a feed document ({@link
 * id.warta.ingest.feed.FeedReader}, with Rome), fetching it conditionally within the link fetcher's limits
 * ({@link id.warta.ingest.feed.FeedFetcher}), finding the feed a page names ({@link
 * id.warta.ingest.feed.FeedDiscovery}), OPML ({@link id.warta.ingest.feed.Opml}), and the refresh itself
 * ({@link id.warta.ingest.feed.FeedRefresh}): each new item's page goes through the ordinary link reader and
 * {@link id.warta.ingest.ArticlePipeline}, else the item's own text does. {@link
 * id.warta.ingest.feed.Subscriptions} is the service the command line and the app call.
 *
 * <p>Nothing here writes SQL: subscriptions and their items are kept by whatever implements {@link
 * id.warta.ingest.feed.FeedShelf} (the store's {@code FeedRows}).
 */
package id.warta.ingest.feed;
