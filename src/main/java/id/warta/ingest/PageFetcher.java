package id.warta.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a news page over http or https, as a browser would but with limits: a time limit for
 * connecting and one for the whole answer, at most {@value #MAX_REDIRECTS} redirects (followed here, so
 * every hop is checked to be http(s)), at most {@value #MAX_BYTES} bytes, and HTML only.
 */
public final class PageFetcher {
    /** The link limits are public: the feed fetcher (ingest.feed) keeps to the same ones. */
    public static final int MAX_REDIRECTS = 5;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A current desktop browser's User-Agent: some outlets refuse or strip pages for unknown clients. */
    public static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0 Safari/537.36";
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    /** The page as fetched: where it ended up after redirects, its bytes, and the header's charset (or null). */
    public record Page(String url, byte[] body, String charset) {
    }

    private final Duration timeout;
    /** Made on the first fetch: a client starts a selector thread, and most readers never fetch. */
    private HttpClient client;

    public PageFetcher() {
        this(TIMEOUT);
    }

    PageFetcher(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    public Page fetch(String link) throws InputException {
        URI uri = checkedUri(link, link);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response = send(link, uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new InputException(link, "the server redirected (" + status + ") without a Location"));
                uri = checkedUri(link, uri.resolve(location.strip()).toString());
                continue;
            }
            if (status != 200) {
                closeQuietly(response.body());
                throw new InputException(link, "the server answered " + status);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (!isHtml(contentType)) {
                closeQuietly(response.body());
                throw new InputException(link, "not a web page (content type "
                        + (contentType.isBlank() ? "missing" : contentType.split(";")[0].strip()) + ", expected text/html)");
            }
            Optional<Long> length = response.headers().firstValue("Content-Length").map(PageFetcher::parseLong);
            if (length.isPresent() && length.get() > MAX_BYTES) {
                closeQuietly(response.body());
                throw new InputException(link, "the page is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            byte[] body = readCapped(link, response.body(), deadline);
            return new Page(uri.toString(), body, charsetOf(contentType));
        }
        throw new InputException(link, "too many redirects (more than " + MAX_REDIRECTS + ")");
    }

    private HttpResponse<InputStream> send(String link, URI uri, long deadline) throws InputException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(remaining(link, deadline)).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "id-ID,id;q=0.9,en;q=0.8")
                .build();
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new InputException(link, "timed out after " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new InputException(link, "cannot be fetched (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(link, "fetching was interrupted", e);
        }
    }

    /** Reads at most MAX_BYTES before the deadline; a stalled body is cut off by closing its stream. */
    private static byte[] readCapped(String link, InputStream in, long deadline) throws InputException {
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[16384];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    if (out.size() > MAX_BYTES) return null;
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            byte[] body = reading.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (body == null) throw new InputException(link, "the page is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            return body;
        } catch (TimeoutException e) {
            closeQuietly(in);
            reading.cancel(true);
            throw new InputException(link, "timed out while reading the page", e);
        } catch (ExecutionException e) {
            throw new InputException(link, "cannot be fetched (" + describe(e.getCause()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(link, "fetching was interrupted", e);
        }
    }

    private Duration remaining(String link, long deadline) throws InputException {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) throw new InputException(link, "timed out after " + timeout.toSeconds() + " s");
        return Duration.ofNanos(nanos);
    }

    /** Only absolute http(s) addresses with a host are fetched, on the first request and after every redirect. */
    public static URI checkedUri(String link, String target) throws InputException {
        URI uri;
        try {
            uri = URI.create(target.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException(link, "not a valid link");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(link, "only http and https links can be fetched" + (target.equals(link) ? "" : " (redirected to " + target + ")"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) throw new InputException(link, "the link has no host");
        return uri;
    }

    static boolean isHtml(String contentType) {
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    static String charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        if (e instanceof java.net.ConnectException) return "the server refused the connection or cannot be reached";
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing more to read from it either way.
        }
    }
}
