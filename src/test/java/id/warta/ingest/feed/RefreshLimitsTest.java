package id.warta.ingest.feed;

import id.warta.store.FeedRows;
import id.warta.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A refresh's limits: at most two requests at once and one per host; a feed that never finishes answering is
 * that feed's error; the schedule refreshes at start and then at its interval, and stops when closed.
 */
class RefreshLimitsTest {
    private static final int FEEDS_PER_HOST = 3;
    private static final int ITEMS = 4;

    @TempDir
    Path dir;
    private FeedServer first;
    private FeedServer second;
    private Library library;
    private Subscriptions feeds;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        first = FeedServer.start();
        second = FeedServer.startAsLocalhost();
        library = Library.open(dir.resolve("warta.db"));
        feeds = new Subscriptions(new FeedRows(library));
    }

    @AfterEach
    void stop() {
        release.countDown();
        library.close();
        first.close();
        second.close();
    }

    /** Feeds whose items' pages each take a moment to answer, so requests would overlap if allowed to. */
    private static void slowSite(FeedServer server, String name) {
        for (int f = 0; f < FEEDS_PER_HOST; f++) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < ITEMS; i++) {
                String path = "/" + name + "/" + f + "/" + i;
                items.append("<item><title>Berita ").append(name).append(' ').append(f).append('-').append(i)
                        .append("</title><link>").append(server.url(path)).append("</link></item>");
                String page = """
                        <!DOCTYPE html><html><head><title>Berita %1$s %2$d-%3$d</title></head><body><article><h1>Berita %1$s %2$d-%3$d</h1>
                        <p>Jakarta - Ini adalah berita nomor %3$d dari umpan %2$d di situs %1$s, ditulis untuk menguji batas permintaan ketika Warta memperbarui banyak umpan sekaligus.</p>
                        <p>Setiap halaman menjawab sedikit lambat sehingga permintaan akan bertumpuk bila tidak dibatasi.</p></article></body></html>"""
                        .formatted(name, f, i);
                server.handle(path, x -> {
                    try {
                        Thread.sleep(40);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    FeedServer.send(x, 200, page.getBytes(StandardCharsets.UTF_8));
                });
            }
            server.respond("/" + name + "/" + f + ".xml", 200, "application/rss+xml",
                    ("<rss version=\"2.0\"><channel><title>" + name + " " + f + "</title>" + items + "</channel></rss>")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void atMostTwoRequestsAtOnceAndOnePerHost() throws Exception {
        slowSite(first, "satu");
        slowSite(second, "dua");
        for (int f = 0; f < FEEDS_PER_HOST; f++) {
            feeds.add(first.url("/satu/" + f + ".xml"));
            feeds.add(second.url("/dua/" + f + ".xml"));
        }
        List<FeedResult> results = feeds.refreshAll(RefreshProgress.NONE);
        assertEquals(2 * FEEDS_PER_HOST * ITEMS, results.stream().mapToInt(FeedResult::added).sum(), results.toString());
        assertEquals(1, first.mostOpen(), "one request at a time to 127.0.0.1");
        assertEquals(1, second.mostOpen(), "one request at a time to localhost");
        assertTrue(FeedServer.mostOpenAnywhere() <= 2, "at most two at once: " + FeedServer.mostOpenAnywhere());
    }

    @Test
    void aFeedThatNeverEndsOrNeverAnswersIsThatFeedsError() throws Exception {
        first.feed("/baik.xml", "rdf.xml", "application/rdf+xml");
        first.feed("/lambat.xml", "rdf.xml", "application/rdf+xml");
        first.feed("/tanpa-akhir.xml", "rdf.xml", "application/rdf+xml");
        for (String path : List.of("/baik.xml", "/lambat.xml", "/tanpa-akhir.xml")) feeds.add(first.url(path));
        first.handle("/lambat.xml", x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.handle("/tanpa-akhir.xml", x -> {
            x.getResponseHeaders().set("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>lagi dan lagi</title></item>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = x.getResponseBody()) {
                out.write("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 100_000; i++) out.write(chunk);
            } catch (IOException e) {
                // the client hung up at its size cap
            }
        });
        // A short time limit for the feed that never answers; the good feed is warm by now, well within it.
        Subscriptions impatient = new Subscriptions(new FeedRows(library), new FeedFetcher(Duration.ofSeconds(3)), Clock.systemUTC());
        Map<String, FeedResult> results = impatient.refreshAll(RefreshProgress.NONE).stream()
                .collect(Collectors.toMap(FeedResult::url, Function.identity()));
        assertEquals(2, results.get(first.url("/baik.xml")).added());
        assertEquals("timed out after 3 s", results.get(first.url("/lambat.xml")).error());
        assertEquals("the feed is larger than 5 MB", results.get(first.url("/tanpa-akhir.xml")).error());
        assertEquals("timed out after 3 s", feeds.find(first.url("/lambat.xml")).orElseThrow().lastError());
    }

    @Test
    void theScheduleRefreshesAtOnceThenAtItsIntervalUntilClosed() throws Exception {
        first.feed("/baik.xml", "rdf.xml", "application/rdf+xml");
        feeds.add(first.url("/baik.xml"));
        int added = first.requests("/baik.xml").size();
        CountDownLatch rounds = new CountDownLatch(3);
        RefreshSchedule schedule = feeds.schedule(Duration.ofMillis(200), new RefreshProgress() {
            @Override
            public void finished(FeedResult result, int finished, int feeds) {
                rounds.countDown();
            }
        });
        try {
            assertTrue(rounds.await(20, TimeUnit.SECONDS), "three rounds");
        } finally {
            schedule.close();
        }
        assertEquals(2, library.count(), "the first round stored the items, the later ones nothing more");
        Thread.sleep(300); // a round already running when closed may still finish its feed
        int afterClose = first.requests("/baik.xml").size();
        Thread.sleep(800);
        assertEquals(afterClose, first.requests("/baik.xml").size(), "no round after close");
        assertTrue(afterClose - added >= 3, "requests: " + first.requests("/baik.xml"));
        assertEquals(304, first.requests("/baik.xml").get(added + 1).status(), "the later rounds are conditional");
    }
}
