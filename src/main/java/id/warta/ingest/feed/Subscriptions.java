package id.warta.ingest.feed;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.ImportBatch;
import id.warta.ingest.InputException;
import id.warta.ingest.PageFetcher;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The feeds a reader follows: the service the command line and the app call. Subscribe by a feed's
 * address or by a page that names one; list them with their article and unread counts and last errors;
 * rename; unsubscribe keeping or deleting their articles; refresh one or all (two feeds at a time, at most
 * two requests at once and one per host); exchange them as OPML; refresh on a schedule.
 * Thread-safe: the app's schedule and a refresh the reader asked for may run at once (the same feed is
 * never refreshed twice at the same time).
 */
public final class Subscriptions {
    private final FeedShelf shelf;
    private final FeedFetcher fetcher;
    private final RequestGate gate = new RequestGate();
    private final FeedRefresh refresh;
    private final FeedReader reader = new FeedReader();
    private final ConcurrentHashMap<String, ReentrantLock> refreshing = new ConcurrentHashMap<>();

    /** A subscription as added: the feed, and whether it is new (false: it was already followed). */
    public record Added(Subscription feed, boolean isNew) {
    }

    /** What an OPML import did: feeds added, feeds already followed, and one line per outline skipped. */
    public record Imported(int added, int already, List<String> skipped) {
    }

    public Subscriptions(FeedShelf shelf) {
        this(shelf, new FeedFetcher(), Clock.systemUTC());
    }

    /** With another fetcher (a shorter time limit) or clock: tests. */
    public Subscriptions(FeedShelf shelf, FeedFetcher fetcher, Clock clock) {
        this.shelf = shelf;
        this.fetcher = fetcher;
        this.refresh = new FeedRefresh(shelf, fetcher, new ImportBatch(1), new ArticlePipeline(), gate, clock);
    }

    /** Every subscription with its counts and last error, by title. */
    public List<Subscription> list() {
        return shelf.subscriptions();
    }

    public Optional<Subscription> find(String url) {
        return shelf.subscription(url.strip());
    }

    /**
     * Subscribes to the feed at {@code address}, or to the first feed the page at {@code address} names
     * ({@code <link rel="alternate">}). The feed is fetched and read first, so only a readable feed is added;
     * its items come with the next refresh. A one-line error names the address and the reason.
     */
    public Added add(String address) throws InputException {
        String url = address.strip();
        PageFetcher.checkedUri(url, url);
        Optional<Subscription> known = shelf.subscription(url);
        if (known.isPresent()) return new Added(known.get(), false);
        FeedFetcher.Fetched fetched = fetchWhole(url);
        try {
            return subscribe(url, reader.read(fetched.body(), fetched.charset(), url, fetched.url()));
        } catch (InputException notAFeed) {
            if (!fetched.isHtml()) throw notAFeed;
        }
        List<String> named = FeedDiscovery.feeds(fetched.body(), fetched.charset(), fetched.url());
        if (named.isEmpty()) {
            throw new InputException(url, "a web page that names no feed (no <link rel=\"alternate\"> of type RSS or Atom)");
        }
        String feedUrl = named.get(0);
        known = shelf.subscription(feedUrl);
        if (known.isPresent()) return new Added(known.get(), false);
        FeedFetcher.Fetched feed = fetchWhole(feedUrl);
        return subscribe(feedUrl, reader.read(feed.body(), feed.charset(), feedUrl, feed.url()));
    }

    private FeedFetcher.Fetched fetchWhole(String url) throws InputException {
        FeedFetcher.Answer answer = gate.send(url, () -> fetcher.fetch(url, FeedFetcher.Validators.NONE));
        if (answer instanceof FeedFetcher.Fetched fetched) return fetched;
        throw new InputException(url, "the server answered 304 (not modified) to a request that was not conditional");
    }

    private Added subscribe(String url, FeedDocument feed) {
        boolean added = shelf.subscribe(url, feed.title(), feed.site());
        return new Added(shelf.subscription(url).orElseThrow(), added);
    }

    /** Gives the feed the reader's own name; a blank name restores the feed's own title. */
    public boolean rename(String url, String title) {
        return shelf.rename(url.strip(), title == null || title.isBlank() ? null : title.strip());
    }

    /** Unsubscribes; its articles stay unless {@code deleteArticles} (then those no other feed brought go). */
    public boolean remove(String url, boolean deleteArticles) {
        return shelf.unsubscribe(url.strip(), deleteArticles);
    }

    /** Ids of the feed's articles, newest first, a page at a time (the app shows them with LibraryBrowsing.byIds). */
    public List<String> articleIds(String url, int offset, int limit) {
        return shelf.articleIds(url.strip(), offset, limit);
    }

    /** Refreshes one feed; empty when it is not followed. */
    public Optional<FeedResult> refresh(String url, RefreshProgress progress) {
        Optional<Subscription> feed = shelf.subscription(url.strip());
        if (feed.isEmpty()) return Optional.empty();
        FeedResult result = refreshOne(feed.get().url(), progress);
        progress.finished(result, 1, 1);
        return Optional.of(result);
    }

    /**
     * Refreshes every feed, two at a time; one feed's failure is its own result, the others go on. Returns
     * the results in list order. When the calling thread is interrupted, the refreshes stop after the item
     * in hand and the results so far are returned.
     */
    public List<FeedResult> refreshAll(RefreshProgress progress) {
        List<Subscription> feeds = shelf.subscriptions();
        if (feeds.isEmpty()) return List.of();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(RequestGate.AT_ONCE, feeds.size()), Subscriptions::worker);
        AtomicInteger finished = new AtomicInteger();
        try {
            List<Future<FeedResult>> running = new ArrayList<>();
            for (Subscription feed : feeds) {
                running.add(workers.submit(() -> {
                    FeedResult result = refreshOne(feed.url(), progress);
                    progress.finished(result, finished.incrementAndGet(), feeds.size());
                    return result;
                }));
            }
            return collect(running);
        } finally {
            workers.shutdownNow();
        }
    }

    private static List<FeedResult> collect(List<Future<FeedResult>> running) {
        List<FeedResult> results = new ArrayList<>();
        for (Future<FeedResult> f : running) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) throw error;
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "warta-feeds");
        t.setDaemon(true);
        return t;
    }

    /** One feed, never twice at once; a library failure (a full disk) is that feed's error. */
    private FeedResult refreshOne(String url, RefreshProgress progress) {
        ReentrantLock lock = refreshing.computeIfAbsent(url, u -> new ReentrantLock());
        lock.lock();
        try {
            progress.started(url);
            Optional<Subscription> feed = shelf.subscription(url);
            if (feed.isEmpty()) return FeedResult.failed(url, "no longer followed");
            return refresh.refresh(feed.get(), progress);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return FeedResult.failed(url, "the library: " + message);
        } finally {
            lock.unlock();
        }
    }

    /** Subscribes to every feed of an OPML file (nothing is fetched: the next refresh reads them). */
    public Imported importOpml(Path file) throws InputException {
        int added = 0;
        int already = 0;
        List<String> skipped = new ArrayList<>();
        for (Opml.Outline outline : Opml.read(file)) {
            String url = outline.xmlUrl();
            try {
                PageFetcher.checkedUri(url, url);
            } catch (InputException e) {
                skipped.add(e.getMessage());
                continue;
            }
            if (shelf.subscribe(url, outline.title(), outline.htmlUrl())) added++;
            else already++;
        }
        return new Imported(added, already, skipped);
    }

    /** Every subscription as OPML 2.0. */
    public void exportOpml(Writer out) throws IOException {
        Opml.write(shelf.subscriptions(), out);
    }

    /** Refreshes every feed now and then every {@code every} in the background, until the schedule is closed. */
    public RefreshSchedule schedule(Duration every, RefreshProgress progress) {
        return RefreshSchedule.start(this, every, progress);
    }
}
