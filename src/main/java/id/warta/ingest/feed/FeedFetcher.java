package id.warta.ingest.feed;

import id.warta.ingest.InputException;
import id.warta.ingest.PageFetcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a feed with a conditional GET: the validators of the last answer ({@code ETag}, {@code
 * Last-Modified}) go back as {@code If-None-Match} and {@code If-Modified-Since}, and a 304 answer costs
 * no body. Within the link fetcher's limits ({@link PageFetcher}): its time limit for the whole answer,
 * its redirect count (every hop checked to be http(s)), its size cap, and only content types a feed or a
 * page naming one can have.
 */
public final class FeedFetcher {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1";

    /** The validators of an earlier answer, sent back so an unchanged feed answers 304; null fields are not sent. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** What the server answered: the feed unchanged since the validators were given, or its bytes. */
    public sealed interface Answer permits NotModified, Fetched {
    }

    public record NotModified() implements Answer {
    }

    /**
     * @param url          where the feed was found, after redirects
     * @param body         its bytes
     * @param contentType  the Content-Type header ("" when absent)
     * @param validators   the answer's ETag and Last-Modified, for the next request
     */
    public record Fetched(String url, byte[] body, String contentType, Validators validators) implements Answer {
        public String charset() {
            Matcher m = CHARSET.matcher(contentType);
            return m.find() ? m.group(1) : null;
        }

        public boolean isHtml() {
            String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            return type.equals("text/html") || type.equals("application/xhtml+xml") || FeedXml.looksLikeHtml(body);
        }
    }

    private final Duration timeout;
    private HttpClient client;

    public FeedFetcher() {
        this(PageFetcher.TIMEOUT);
    }

    /** A fetcher with another time limit: tests of slow servers. */
    public FeedFetcher(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    public Answer fetch(String link, Validators validators) throws InputException {
        URI uri = PageFetcher.checkedUri(link, link);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; hop <= PageFetcher.MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> response = send(link, request(link, uri, validators, deadline), deadline);
            int status = response.statusCode();
            if (status == 304) return new NotModified();
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new InputException(link, "the server redirected (" + status + ") without a Location"));
                uri = PageFetcher.checkedUri(link, uri.resolve(location.strip()).toString());
                continue;
            }
            if (status != 200) throw new InputException(link, "the server answered " + status);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (response.body() == null) throw new InputException(link, refusal(contentType));
            return new Fetched(uri.toString(), response.body(), contentType, new Validators(
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null)));
        }
        throw new InputException(link, "too many redirects (more than " + PageFetcher.MAX_REDIRECTS + ")");
    }

    private HttpRequest request(String link, URI uri, Validators validators, long deadline) throws InputException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(remaining(link, deadline)).GET()
                .header("User-Agent", PageFetcher.USER_AGENT)
                .header("Accept", ACCEPT)
                .header("Accept-Language", "id-ID,id;q=0.9,en;q=0.8");
        if (validators.etag() != null) request.header("If-None-Match", validators.etag());
        if (validators.lastModified() != null) request.header("If-Modified-Since", validators.lastModified());
        return request.build();
    }

    /** The answer, its body read only for a 200 of a type a feed can have, within the size cap and the deadline. */
    private HttpResponse<byte[]> send(String link, HttpRequest request, long deadline) throws InputException {
        CompletableFuture<HttpResponse<byte[]>> answer = client().sendAsync(request, info ->
                info.statusCode() == 200 && readable(info.headers().firstValue("Content-Type").orElse(""))
                        ? new Capped(info.headers().firstValueAsLong("Content-Length").orElse(-1))
                        : new Refused());
        try {
            return answer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new InputException(link, "timed out after " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(link, "fetching was interrupted", e);
        } catch (ExecutionException e) {
            throw new InputException(link, describe(e.getCause()), e);
        }
    }

    /**
     * Feeds come as RSS, Atom, RDF or plain XML types; misconfigured servers send text/plain or
     * octet-stream; a page that names a feed is HTML. Images, audio, archives and the like are refused unread.
     */
    static boolean readable(String contentType) {
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("xml") || type.contains("rss") || type.contains("atom")
                || type.equals("text/html") || type.equals("text/plain") || type.equals("application/octet-stream");
    }

    private static String refusal(String contentType) {
        return "not a feed (content type " + contentType.split(";")[0].strip() + ")";
    }

    private Duration remaining(String link, long deadline) throws InputException {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) throw new InputException(link, "timed out after " + timeout.toSeconds() + " s");
        return Duration.ofNanos(nanos);
    }

    private String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) return "the feed is larger than " + PageFetcher.MAX_BYTES / (1024 * 1024) + " MB";
            if (t instanceof HttpTimeoutException) return "timed out after " + timeout.toSeconds() + " s";
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "cannot be fetched (unknown host)";
            }
            if (t instanceof java.net.ConnectException) return "cannot be fetched (the server refused the connection or cannot be reached)";
        }
        String message = e.getMessage();
        return "cannot be fetched (" + (message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").strip()) + ")";
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("over the size limit");
        }
    }

    /** Collects the body up to the size cap; past it (or when the header says so) the exchange is cancelled. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long declared;
        private Flow.Subscription subscription;

        Capped(long declared) {
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > PageFetcher.MAX_BYTES) {
                s.cancel();
                body.completeExceptionally(new TooLarge());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) return;
            for (ByteBuffer b : buffers) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            if (out.size() > PageFetcher.MAX_BYTES) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge());
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(out.toByteArray());
        }
    }

    /** A body not worth reading (a redirect's, an error page's, an image's): the exchange is cancelled at once. */
    private static final class Refused implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
            body.complete(null);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable t) {
            body.complete(null);
        }

        @Override
        public void onComplete() {
            body.complete(null);
        }
    }
}
