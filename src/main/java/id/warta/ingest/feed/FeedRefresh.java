package id.warta.ingest.feed;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.ArticleSink;
import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Draft;
import id.warta.ingest.layout.Outlet;
import id.warta.ingest.layout.Outlets;
import id.warta.ingest.ImportBatch;
import id.warta.ingest.InputException;
import id.warta.model.Article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One refresh of one feed. The feed is fetched conditionally; an unchanged feed (304) costs nothing more.
 * Each item not seen before is handled in turn:
 * <ol>
 *   <li>an item already handled, or whose address is already stored, is counted as seen;</li>
 *   <li>its page is imported as any link is ({@link ImportBatch}: the link reader with its limits and site
 *       rules, then the pipeline), and stored with the item's link as its {@code url} and the item's date
 *       when the page gives none;</li>
 *   <li>when the page cannot be fetched or holds no article, the item's own text is stored, if it has any;</li>
 *   <li>else the try is recorded, and the item tried again at the next refreshes, {@value #MAX_TRIES} tries in all
 *       (meanwhile the feed is fetched whole, not conditionally).</li>
 * </ol>
 * Each article is stored with its item record in one transaction, and the feed's validators are saved
 * only once every item is handled: a refresh killed half-way stores no half article, and the next one
 * fetches the whole feed again and adds no duplicate (the handled items are skipped).
 */
final class FeedRefresh {
    /** A page that failed three refreshes running (at least an hour apart by default) is given up. */
    static final int MAX_TRIES = 3;

    private final FeedShelf shelf;
    private final FeedFetcher fetcher;
    private final ImportBatch pages;
    private final ArticlePipeline pipeline;
    private final RequestGate gate;
    private final Clock clock;
    private final FeedReader reader = new FeedReader();

    FeedRefresh(FeedShelf shelf, FeedFetcher fetcher, ImportBatch pages, ArticlePipeline pipeline, RequestGate gate, Clock clock) {
        this.shelf = shelf;
        this.fetcher = fetcher;
        this.pages = pages;
        this.pipeline = pipeline;
        this.gate = gate;
        this.clock = clock;
    }

    /** Items counted as the refresh goes. */
    private static final class Tally {
        int added;
        int seen;
        boolean retrying;
        final List<String> failures = new ArrayList<>();
    }

    FeedResult refresh(Subscription feed, RefreshProgress progress) {
        String url = feed.url();
        FeedFetcher.Fetched fetched;
        FeedDocument document;
        try {
            FeedFetcher.Answer answer = gate.send(url, () -> fetcher.fetch(url, feed.validators()));
            if (answer instanceof FeedFetcher.NotModified) {
                shelf.checked(url, FeedShelf.Check.unchanged(clock.instant()));
                return new FeedResult(url, 0, feed.itemsStored(), null, List.of());
            }
            fetched = (FeedFetcher.Fetched) answer;
            document = reader.read(fetched.body(), fetched.charset(), url, fetched.url());
        } catch (InputException e) {
            String reason = reasonOf(url, e.getMessage());
            shelf.checked(url, FeedShelf.Check.failed(clock.instant(), reason));
            return FeedResult.failed(url, reason);
        }
        Tally tally = new Tally();
        List<FeedItem> items = document.items();
        for (int i = 0; i < items.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                // The validators stay as they were: the next refresh reads the whole feed and finishes the job.
                return new FeedResult(url, tally.added, tally.seen, "stopped before the end", tally.failures);
            }
            handle(url, items.get(i), tally);
            progress.item(url, i + 1, items.size());
        }
        // While an item is still to be tried again, the feed is fetched whole next time (no validators), or an
        // unchanged feed's 304 would leave the item untried for as long as the feed stays the same.
        FeedFetcher.Validators next = tally.retrying ? FeedFetcher.Validators.NONE : fetched.validators();
        shelf.checked(url, FeedShelf.Check.read(clock.instant(), document, next, tally.added + tally.seen));
        return new FeedResult(url, tally.added, tally.seen, null, tally.failures);
    }

    private void handle(String feedUrl, FeedItem item, Tally tally) {
        Optional<FeedShelf.ItemState> before = shelf.item(feedUrl, item.key());
        if (before.isPresent() && before.get().done()) {
            if (before.get().stored()) tally.seen++;
            return;
        }
        if (item.link() != null && shelf.storedAlready(feedUrl, item.key(), item.link())) {
            tally.seen++;
            return;
        }
        ItemSink sink = new ItemSink(feedUrl, item);
        String pageProblem = item.link() == null ? label(item) + ": the item has no link" : fromPage(item.link(), sink);
        String textProblem = sink.outcome == null ? fromItemText(sink) : null;
        if (sink.outcome == ArticleSink.Outcome.STORED) {
            tally.added++;
        } else if (sink.outcome == ArticleSink.Outcome.DUPLICATE) {
            tally.seen++;
        } else {
            String reason = pageProblem + "; " + textProblem;
            int tries = before.map(FeedShelf.ItemState::tries).orElse(0) + 1;
            shelf.failed(feedUrl, item.key(), reason, tries >= MAX_TRIES);
            if (tries < MAX_TRIES) tally.retrying = true;
            tally.failures.add(reason);
        }
    }

    /** Imports the item's page as any link; the one-line reason when it yields no article, else null. */
    private String fromPage(String link, ItemSink sink) {
        try {
            ImportBatch.Report report = gate.send(link, () -> pages.run(List.of(link), sink, null));
            if (!report.failures().isEmpty()) return report.failures().get(0).line();
            return sink.outcome == null ? link + ": no article" : null;
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    /** Stores the item's own text as its article; the reason when there is none, else null. */
    private String fromItemText(ItemSink sink) {
        FeedItem item = sink.item;
        List<Block> blocks = ItemContent.blocks(item.content());
        if (!ItemContent.hasText(blocks)) return "the item has no text of its own";
        Article article;
        try {
            // The item's link names the outlet's site, as a page's address does, so one outlet has one source.
            String site = Outlets.standard().byAddress(item.link()).map(Outlet::name).orElse(null);
            article = pipeline.build(new Draft(item.title(), site, null, item.published(), item.link(), null, blocks, null));
        } catch (RuntimeException e) {
            // One odd item costs that item only, as one odd file costs only itself in an import.
            return "the item's own text could not be read (" + e.getClass().getSimpleName() + ")";
        }
        if (article.bodyText().isBlank()) return "the item has no text of its own";
        sink.save(article);
        return null;
    }

    private static String label(FeedItem item) {
        return item.link() != null ? item.link() : item.title() != null ? "“" + item.title() + "”" : item.key();
    }

    /** The reason alone: the address is shown beside it. */
    static String reasonOf(String url, String message) {
        return message.startsWith(url + ": ") ? message.substring(url.length() + 2) : message;
    }

    /** Stores what the page (or the item's text) became as the item's article, with the item's link and date. */
    private final class ItemSink implements ArticleSink {
        final String feedUrl;
        final FeedItem item;
        Outcome outcome;

        ItemSink(String feedUrl, FeedItem item) {
            this.feedUrl = feedUrl;
            this.item = item;
        }

        @Override
        public Outcome save(Article article) {
            Article a = item.link() != null ? article.withUrl(item.link()) : article;
            if (a.published() == null && item.published() != null) a = withPublished(a, item.published());
            outcome = shelf.store(feedUrl, item.key(), a);
            return outcome;
        }
    }

    private static Article withPublished(Article a, String published) {
        return new Article(a.id(), a.headline(), a.source(), a.dateline(), published, a.url(), a.caption(), a.sections(),
                a.quotes(), a.people(), a.places(), a.organizations(), a.summary(), a.mentions());
    }
}
