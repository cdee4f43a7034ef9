package id.warta.ingest.feed;

import id.warta.ingest.InputException;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * How many requests a refresh may have open: at most {@value #AT_ONCE} at once, and one per host, so
 * following feeds never hammers an outlet (issue 18). Every feed fetch and every item's page fetch
 * passes through here. A request that is redirected to another host is still counted against the first.
 */
final class RequestGate {
    static final int AT_ONCE = 2;

    /** One request. */
    interface Request<T> {
        T send() throws InputException;
    }

    private final Semaphore all = new Semaphore(AT_ONCE, true);
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

    <T> T send(String link, Request<T> request) throws InputException {
        Semaphore host = hosts.computeIfAbsent(hostOf(link), h -> new Semaphore(1, true));
        // Always the host first, then the shared permit: one order, so two refreshes never wait on each other.
        acquire(host, link);
        try {
            acquire(all, link);
            try {
                return request.send();
            } finally {
                all.release();
            }
        } finally {
            host.release();
        }
    }

    private static void acquire(Semaphore permits, String link) throws InputException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(link, "fetching was interrupted", e);
        }
    }

    static String hostOf(String link) {
        try {
            String host = URI.create(link.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
