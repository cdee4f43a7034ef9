package id.warta.bench;

import id.warta.ingest.feed.FeedResult;
import id.warta.ingest.feed.FeedServer;
import id.warta.ingest.feed.RefreshProgress;
import id.warta.ingest.feed.Subscriptions;
import id.warta.store.FeedRows;
import id.warta.store.Library;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 18's benchmark: refresh 50 feeds of 50 items each from loopback servers into a library of 100,000
 * articles, and print the time and the CPU per item. The feeds are spread over 10 hosts (127.0.0.1 …
 * 127.0.0.10, five feeds each, as outlets have several); each item's page is a generated news page of
 * ~60 KB with a site's chrome (the bench's StoryPrinter), so every item goes the whole way: fetch, read the
 * page, lay out, entities, quotes, summaries, store. A second refresh then measures the conditional round
 * (every feed answers 304).
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *      id.warta.bench.FeedRefreshBench LIBRARY_100K.db [FEEDS] [ITEMS]
 * </pre>
 * LIBRARY_100K.db must hold 100,000 articles (build one with {@code id.warta.store.SearchBenchmark 100000 FILE},
 * docs/benchmarks.md); it is copied, never changed. The copy and the pages go to a temporary folder, deleted after.
 */
public final class FeedRefreshBench {
    private static final long SEED = 20260118L;
    private static final int HOSTS = 10;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FeedRefreshBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FeedRefreshBench LIBRARY_100K.db [FEEDS] [ITEMS]");
            System.exit(2);
        }
        Path base = Path.of(args[0]);
        int feeds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Path work = Files.createTempDirectory("warta-feed-bench");
        List<FeedServer> servers = new ArrayList<>();
        try {
            for (int h = 1; h <= HOSTS; h++) servers.add(FeedServer.startOn("127.0.0." + h));
            List<String> feedUrls = site(servers, work, feeds, items);
            Path db = work.resolve("library.db");
            long copying = System.nanoTime();
            Files.copy(base, db, StandardCopyOption.COPY_ATTRIBUTES);
            print("copied %s (%,d MB) in %.1f s", base, Files.size(db) >> 20, (System.nanoTime() - copying) / 1e9);
            try (Library library = Library.open(db)) {
                int before = library.count();
                if (before < 100_000) print("NOTE: the library holds %,d articles, not 100,000", before);
                Subscriptions subscriptions = new Subscriptions(new FeedRows(library));
                for (String url : feedUrls) subscriptions.add(url);
                round("first refresh", subscriptions, feeds * items, before);
                round("second refresh (conditional)", subscriptions, feeds * items, library.count());
                print("library: %,d articles before, %,d after", before, library.count());
            }
        } finally {
            for (FeedServer s : servers) s.close();
            Corpus.delete(work);
        }
    }

    private static void round(String what, Subscriptions subscriptions, int items, int before) {
        CpuTally refreshThreads = new CpuTally();
        double load = loadAverage();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        List<FeedResult> results = subscriptions.refreshAll(refreshThreads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double processCpu = (processCpuNanos() - cpu) / 1e9;
        int added = results.stream().mapToInt(FeedResult::added).sum();
        int seen = results.stream().mapToInt(FeedResult::seen).sum();
        long failed = results.stream().filter(FeedResult::failed).count();
        int failures = results.stream().mapToInt(r -> r.itemFailures().size()).sum();
        print("%s: %d feeds, %,d items: %d new, %d already stored, %d feeds failed, %d items failed", what,
                results.size(), items, added, seen, failed, failures);
        print("  %.1f s = %.1f ms per item (%.1f items/s); refresh threads' CPU %.1f s = %.1f ms per item; "
                        + "process CPU %.1f s = %.1f ms per item (with the loopback servers, JIT, GC); load average %.1f before, %.1f after",
                seconds, seconds * 1000 / items, items / seconds, refreshThreads.seconds(), refreshThreads.seconds() * 1000 / items,
                processCpu, processCpu * 1000 / items, load, loadAverage());
        results.stream().filter(FeedResult::failed).limit(3).forEach(r -> print("  failed: %s: %s", r.url(), r.error()));
        results.stream().flatMap(r -> r.itemFailures().stream()).limit(3).forEach(f -> print("  item failed: %s", f));
    }

    /** The feeds and their pages: feed f on host f % HOSTS; pages written to disk and read per request. */
    private static List<String> site(List<FeedServer> servers, Path work, int feeds, int items) throws IOException {
        StoryGenerator generator = new StoryGenerator(SEED);
        Random chrome = new Random(SEED + 1);
        List<String> recent = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        Path pages = Files.createDirectories(work.resolve("pages"));
        for (int f = 0; f < feeds; f++) {
            FeedServer server = servers.get(f % servers.size());
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Umpan ")
                    .append(f).append("</title><link>").append(server.base()).append("/</link><description>Berita</description>\n");
            for (int i = 0; i < items; i++) {
                Story story = generator.next(f * items + i);
                recent.add(story.headline());
                if (recent.size() > 300) recent.remove(0);
                String path = "/berita/" + f + "/" + i;
                Path file = pages.resolve(f + "-" + i + ".html");
                Files.writeString(file, StoryPrinter.page(story, recent, Corpus.PAGE_BYTES - 10_000 + chrome.nextInt(20_000), chrome));
                server.handle(path, x -> {
                    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    FeedServer.send(x, 200, Files.readAllBytes(file));
                });
                xml.append("<item><title>").append(escape(story.headline())).append("</title><link>").append(server.url(path))
                        .append("</link><guid isPermaLink=\"false\">bench-").append(f).append('-').append(i).append("</guid><pubDate>")
                        .append(RFC_822.format(story.published())).append("</pubDate><description>")
                        .append(escape(story.sections().get(0).paragraphs().get(0))).append("</description></item>\n");
            }
            xml.append("</channel></rss>");
            String feed = "/umpan/" + f + ".xml";
            server.respond(feed, 200, "application/rss+xml; charset=utf-8", xml.toString().getBytes(StandardCharsets.UTF_8),
                    "\"umpan-" + f + "\"", "Tue, 19 Aug 2025 04:00:00 GMT");
            urls.add(server.url(feed));
        }
        return urls;
    }

    /** CPU time of the refresh's worker threads, from each feed's start to its end. */
    private static final class CpuTally implements RefreshProgress {
        private final ConcurrentHashMap<Long, Long> startedAt = new ConcurrentHashMap<>();
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public void started(String feedUrl) {
            startedAt.put(Thread.currentThread().getId(), THREADS.getCurrentThreadCpuTime());
        }

        @Override
        public void finished(FeedResult result, int finished, int feeds) {
            Long start = startedAt.remove(Thread.currentThread().getId());
            if (start != null) nanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }

        double seconds() {
            return nanos.get() / 1e9;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
