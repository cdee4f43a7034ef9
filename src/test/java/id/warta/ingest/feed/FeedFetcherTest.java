package id.warta.ingest.feed;

import id.warta.ingest.InputException;
import id.warta.ingest.PageFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed fetcher against a local server: conditional GET, and every way a feed's address can fail. */
class FeedFetcherTest {
    private FeedServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final FeedFetcher fetcher = new FeedFetcher();
    /** Only for the server that never answers: a loaded build machine can take a few seconds over a good answer. */
    private final FeedFetcher impatient = new FeedFetcher(Duration.ofSeconds(2));

    @BeforeEach
    void start() throws IOException {
        server = FeedServer.start();
        server.feed("/rss", "antara.xml", "application/rss+xml; charset=utf-8");
        server.respond("/only-date", 200, "text/xml", "<rss/>".getBytes(StandardCharsets.UTF_8), null, "Tue, 19 Aug 2025 04:00:00 GMT");
        server.respond("/missing", 404, "text/html", "<p>tidak ada</p>".getBytes(StandardCharsets.UTF_8));
        server.respond("/broken", 500, "text/html", "<p>galat</p>".getBytes(StandardCharsets.UTF_8));
        server.respond("/photo", 200, "image/jpeg", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        server.handle("/loop", x -> {
            x.getResponseHeaders().set("Location", "/loop");
            FeedServer.send(x, 302, new byte[0]);
        });
        server.handle("/moved", x -> {
            x.getResponseHeaders().set("Location", server.url("/rss"));
            FeedServer.send(x, 301, new byte[0]);
        });
        server.handle("/endless", x -> {
            x.getResponseHeaders().set("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, 0); // chunked, no length: the cap must hold while reading
            byte[] chunk = "<item><title>lagi</title></item>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = x.getResponseBody()) {
                for (long sent = 0; sent < 50L * PageFetcher.MAX_BYTES; sent += chunk.length) out.write(chunk);
            } catch (IOException e) {
                // the client hung up at the cap, as it should
            }
        });
        server.handle("/slow", x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FeedServer.send(x, 200, "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void aSecondRequestWithTheValidatorsIsAnswered304() throws Exception {
        FeedFetcher.Fetched first = assertInstanceOf(FeedFetcher.Fetched.class, fetcher.fetch(server.url("/rss"), FeedFetcher.Validators.NONE));
        assertEquals("utf-8", first.charset());
        assertTrue(first.validators().etag().startsWith("\""), first.validators().toString());
        assertEquals("Tue, 19 Aug 2025 04:00:00 GMT", first.validators().lastModified());
        assertInstanceOf(FeedFetcher.NotModified.class, fetcher.fetch(server.url("/rss"), first.validators()));
        FeedServer.Request second = server.requests("/rss").get(1);
        assertEquals(first.validators().etag(), second.ifNoneMatch());
        assertEquals("Tue, 19 Aug 2025 04:00:00 GMT", second.ifModifiedSince());
        assertEquals(304, second.status());
        // Last-Modified alone is enough where a server sends no ETag.
        FeedFetcher.Fetched dated = (FeedFetcher.Fetched) fetcher.fetch(server.url("/only-date"), FeedFetcher.Validators.NONE);
        assertInstanceOf(FeedFetcher.NotModified.class, fetcher.fetch(server.url("/only-date"), dated.validators()));
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressKept() throws Exception {
        FeedFetcher.Fetched moved = (FeedFetcher.Fetched) fetcher.fetch(server.url("/moved"), FeedFetcher.Validators.NONE);
        assertEquals(server.url("/rss"), moved.url());
    }

    @Test
    void eachFailureIsOneLineNamingTheFeed() {
        assertEquals(server.url("/missing") + ": the server answered 404", failure("/missing"));
        assertEquals(server.url("/broken") + ": the server answered 500", failure("/broken"));
        assertEquals(server.url("/loop") + ": too many redirects (more than 5)", failure("/loop"));
        assertEquals(server.url("/photo") + ": not a feed (content type image/jpeg)", failure("/photo"));
        assertEquals(server.url("/endless") + ": the feed is larger than 5 MB", failure("/endless"));
        long start = System.nanoTime();
        InputException slow = assertThrows(InputException.class, () -> impatient.fetch(server.url("/slow"), FeedFetcher.Validators.NONE));
        assertEquals(server.url("/slow") + ": timed out after 2 s", slow.getMessage());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "the time limit holds");
        InputException refused = assertThrows(InputException.class, () -> fetcher.fetch("http://127.0.0.1:1/rss", FeedFetcher.Validators.NONE));
        assertTrue(refused.getMessage().startsWith("http://127.0.0.1:1/rss: cannot be fetched ("), refused.getMessage());
        InputException scheme = assertThrows(InputException.class, () -> fetcher.fetch("file:///etc/passwd", FeedFetcher.Validators.NONE));
        assertEquals("file:///etc/passwd: only http and https links can be fetched", scheme.getMessage());
    }

    private String failure(String path) {
        return assertThrows(InputException.class, () -> fetcher.fetch(server.url(path), FeedFetcher.Validators.NONE)).getMessage();
    }
}
