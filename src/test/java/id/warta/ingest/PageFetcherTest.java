package id.warta.ingest;

import id.warta.ingest.layout.Draft;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links, fetched from a local server only: redirects, content types, size cap, time limit, charsets. */
class PageFetcherTest {
    private static final String ARTICLE = """
            <!DOCTYPE html><html><head><title>Menlu Bertemu Mitra ASEAN di Jakarta - Warta Uji</title>
            <meta property="og:site_name" content="Warta Uji">
            <meta property="article:published_time" content="2025-08-18T10:15:00+07:00"></head>
            <body><h1>Menlu Bertemu Mitra ASEAN di Jakarta</h1><div class="story">
            <p>JAKARTA - Menteri Luar Negeri bertemu para mitra ASEAN untuk membahas keamanan kawasan, perdagangan, dan café diplomasi di Laut China Selatan.</p>
            <p>"Kita ingin kawasan yang damai dan stabil," kata Menlu kepada wartawan, Senin. Pertemuan itu berlangsung tertutup selama dua jam.</p>
            <p>Para menteri sepakat melanjutkan pembicaraan bulan depan di Kuala Lumpur, Malaysia, sebelum KTT berikutnya digelar.</p>
            </div></body></html>""";

    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/article", x -> {
            userAgent.set(x.getRequestHeaders().getFirst("User-Agent"));
            send(x, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/latin", x -> send(x, 200, "text/html; charset=windows-1252",
                ARTICLE.getBytes(Charset.forName("windows-1252"))));
        server.createContext("/meta-latin", x -> send(x, 200, "text/html",
                ARTICLE.replace("<head>", "<head><meta charset=\"iso-8859-1\">").getBytes(Charset.forName("windows-1252"))));
        server.createContext("/hop1", x -> redirect(x, 302, "/hop2"));
        server.createContext("/hop2", x -> redirect(x, 301, base + "/article"));
        server.createContext("/loop", x -> redirect(x, 302, "/loop"));
        server.createContext("/to-ftp", x -> redirect(x, 302, "ftp://example.org/file"));
        server.createContext("/json", x -> send(x, 200, "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", x -> send(x, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge", x -> {
            byte[] chunk = "<p>isi berita yang sangat panjang sekali</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0); // chunked: no Content-Length, the cap must hold while reading
            try (OutputStream out = x.getResponseBody()) {
                for (int written = 0; written <= PageFetcher.MAX_BYTES + chunk.length; written += chunk.length) out.write(chunk);
            } catch (IOException e) {
                // the client hung up after the cap, as it should
            }
        });
        server.createContext("/huge-declared", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, PageFetcher.MAX_BYTES + 1L);
            x.close();
        });
        server.createContext("/slow", x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(x, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void fetchesAPageWithABrowserUserAgentAndReadsIt() throws Exception {
        Draft draft = new InputReader(new PageFetcher()).read(base + "/article");
        assertEquals("Menlu Bertemu Mitra ASEAN di Jakarta", draft.headline());
        assertEquals("2025-08-18T10:15:00+07:00", draft.published());
        assertEquals(base + "/article", draft.url());
        assertEquals("Warta Uji", draft.source());
        assertTrue(draft.blocks().get(0).text().contains("café diplomasi"), draft.blocks().get(0).text());
        assertTrue(userAgent.get().startsWith("Mozilla/5.0"), userAgent.get());
    }

    @Test
    void followsRedirectsAndKeepsTheFinalAddress() throws Exception {
        PageFetcher.Page page = new PageFetcher().fetch(base + "/hop1");
        assertEquals(base + "/article", page.url());
        Draft draft = new InputReader(new PageFetcher()).read(base + "/hop1");
        assertEquals(base + "/article", draft.url());
    }

    @Test
    void stopsAfterFiveRedirects() {
        InputException e = assertThrows(InputException.class, () -> new PageFetcher().fetch(base + "/loop"));
        assertEquals(base + "/loop: too many redirects (more than 5)", e.getMessage());
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        InputException e = assertThrows(InputException.class, () -> new PageFetcher().fetch(base + "/to-ftp"));
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    @Test
    void refusesAnythingButHtml() {
        InputException e = assertThrows(InputException.class, () -> new PageFetcher().fetch(base + "/json"));
        assertEquals(base + "/json: not a web page (content type application/json, expected text/html)", e.getMessage());
    }

    @Test
    void reportsHttpErrors() {
        InputException e = assertThrows(InputException.class, () -> new PageFetcher().fetch(base + "/missing"));
        assertEquals(base + "/missing: the server answered 404", e.getMessage());
    }

    @Test
    void capsTheBodyAtFiveMegabytes() {
        InputException streamed = assertThrows(InputException.class, () -> new PageFetcher().fetch(base + "/huge"));
        assertEquals(base + "/huge: the page is larger than 5 MB", streamed.getMessage());
        InputException declared = assertThrows(InputException.class, () -> new PageFetcher().fetch(base + "/huge-declared"));
        assertEquals(base + "/huge-declared: the page is larger than 5 MB", declared.getMessage());
    }

    @Test
    void givesUpOnASlowServer() {
        long start = System.nanoTime();
        InputException e = assertThrows(InputException.class,
                () -> new PageFetcher(Duration.ofMillis(700)).fetch(base + "/slow"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(ms < 15_000, "gave up after " + ms + " ms, not before the server answered (30 s)");
    }

    @Test
    void takesTheCharsetFromTheHeaderOrElseTheMetaTag() throws Exception {
        InputReader reader = new InputReader(new PageFetcher());
        assertTrue(reader.read(base + "/latin").blocks().get(0).text().contains("café"));
        assertTrue(reader.read(base + "/meta-latin").blocks().get(0).text().contains("café"));
    }

    @Test
    void anImportTakesLinksBesideFilesAndReportsBadOnesInOneLine() {
        java.util.List<id.warta.model.Article> saved = new java.util.ArrayList<>();
        ImportBatch.Report report = new ImportBatch().run(java.util.List.of(base + "/hop1", base + "/json"), article -> {
            saved.add(article);
            return ArticleSink.Outcome.STORED;
        }, null);
        assertEquals(1, report.stored());
        assertEquals("Menlu Bertemu Mitra ASEAN di Jakarta", saved.get(0).headline());
        assertEquals(base + "/article", saved.get(0).url());
        assertEquals(java.util.List.of(base + "/json: not a web page (content type application/json, expected text/html)"),
                report.failures().stream().map(ImportBatch.Failure::line).toList());
    }

    @Test
    void explainsARefusedConnection() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String link = "http://127.0.0.1:" + closedPort + "/berita";
        InputException e = assertThrows(InputException.class, () -> new PageFetcher().fetch(link));
        assertEquals(link + ": cannot be fetched (the server refused the connection or cannot be reached)", e.getMessage());
    }

    @Test
    void refusesOtherSchemesBeforeFetching() {
        InputException e = assertThrows(InputException.class, () -> new InputReader().read("ftp://example.org/berita.html"));
        assertEquals("ftp://example.org/berita.html: only http and https links can be fetched", e.getMessage());
    }

    private static void redirect(HttpExchange x, int status, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }
}
