package id.warta.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local news site for the feed tests (loopback only, the JDK's HttpServer): feeds with ETag and
 * Last-Modified that answer 304 to a matching conditional GET, article pages, and any failure a test
 * installs. Routes can be replaced while it runs (a feed gaining an item). It records every request.
 */
public final class FeedServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince, int status) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Requests open on all servers of this JVM (each test class runs in its own). */
    private static final AtomicInteger OPEN_ANYWHERE = new AtomicInteger();
    private static final AtomicInteger MOST_OPEN_ANYWHERE = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final String host;

    private FeedServer(String host) throws IOException {
        this(host, InetAddress.getLoopbackAddress());
    }

    private FeedServer(String host, InetAddress address) throws IOException {
        if (!address.isLoopbackAddress()) throw new IllegalArgumentException(address + " is not a loopback address");
        this.host = host;
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** A server at http://127.0.0.1:PORT. */
    public static FeedServer start() throws IOException {
        return new FeedServer("127.0.0.1");
    }

    /** A server on the same loopback address named {@code localhost}: another host, as far as clients count. */
    public static FeedServer startAsLocalhost() throws IOException {
        return new FeedServer("localhost");
    }

    /** A server on another loopback address (127.0.0.2, 127.0.0.3 …): one more host for the benchmark's outlets. */
    public static FeedServer startOn(String loopbackAddress) throws IOException {
        return new FeedServer(loopbackAddress, InetAddress.getByName(loopbackAddress));
    }

    public String base() {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Serves a test resource (with {{BASE}} replaced by this server's address) as a feed with validators. */
    public void feed(String path, String resource, String contentType) {
        byte[] body = resource(resource);
        String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 8) + "\"";
        respond(path, 200, contentType, body, etag, "Tue, 19 Aug 2025 04:00:00 GMT");
    }

    /** Serves a test resource as an HTML page. */
    public void page(String path, String resource) {
        respond(path, 200, "text/html; charset=utf-8", resource(resource), null, null);
    }

    public void respond(String path, int status, String contentType, byte[] body) {
        respond(path, status, contentType, body, null, null);
    }

    /** A fixed answer; with validators, a matching conditional GET gets 304 and no body. */
    public void respond(String path, int status, String contentType, byte[] body, String etag, String lastModified) {
        routes.put(path, x -> {
            String ifNoneMatch = x.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = x.getRequestHeaders().getFirst("If-Modified-Since");
            boolean unchanged = etag != null ? etag.equals(ifNoneMatch) : lastModified != null && lastModified.equals(ifModifiedSince);
            if (etag != null) x.getResponseHeaders().set("ETag", etag);
            if (lastModified != null) x.getResponseHeaders().set("Last-Modified", lastModified);
            if (unchanged) {
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            if (contentType != null) x.getResponseHeaders().set("Content-Type", contentType);
            send(x, status, body);
        });
    }

    public void handle(String path, HttpHandler handler) {
        routes.put(path, handler);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The most requests this server had open at one moment. */
    public int mostOpen() {
        return mostOpen.get();
    }

    /** The most requests open at one moment on all the servers of this JVM together. */
    public static int mostOpenAnywhere() {
        return MOST_OPEN_ANYWHERE.get();
    }

    private void dispatch(HttpExchange x) throws IOException {
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        MOST_OPEN_ANYWHERE.accumulateAndGet(OPEN_ANYWHERE.incrementAndGet(), Math::max);
        String path = x.getRequestURI().getPath();
        try {
            HttpHandler route = routes.get(path);
            if (route == null) send(x, 404, "<html><body><h1>404 Tidak ditemukan</h1></body></html>".getBytes(StandardCharsets.UTF_8));
            else route.handle(x);
        } finally {
            open.decrementAndGet();
            OPEN_ANYWHERE.decrementAndGet();
            requests.add(new Request(path, x.getRequestHeaders().getFirst("If-None-Match"),
                    x.getRequestHeaders().getFirst("If-Modified-Since"), x.getResponseCode()));
        }
    }

    public static void send(HttpExchange x, int status, byte[] body) throws IOException {
        if (!x.getResponseHeaders().containsKey("Content-Type")) x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client hung up (it may refuse the body): nothing more to send
        }
    }

    /** The resource under src/test/resources/feeds/, with {{BASE}} replaced by this server's address. */
    public byte[] resource(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource feeds/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", base()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
