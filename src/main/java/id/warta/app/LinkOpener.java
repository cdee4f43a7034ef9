package id.warta.app;

import javafx.application.HostServices;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Opens an article's original link in the system browser, only when the reader clicks it and only
 * for http(s): a saved article may carry any string as its URL (javascript:, file:), and nothing
 * from an article may run or be fetched just by being shown.
 */
final class LinkOpener {
    private static volatile HostServices host;

    private LinkOpener() {
    }

    /** Called once by the application, which alone can hand out the platform's browser. */
    static void use(HostServices services) {
        host = services;
    }

    static boolean isOpenable(String url) {
        if (url == null) return false;
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void open(String url) {
        HostServices services = host;
        if (services != null && isOpenable(url)) services.showDocument(url.strip());
    }

    /** The host name shown on the link (www.antaranews.com), or the link itself when it has none. */
    static String label(String url) {
        try {
            String h = new URI(url.strip()).getHost();
            return h == null ? url : h;
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
