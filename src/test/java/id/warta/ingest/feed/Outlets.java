package id.warta.ingest.feed;

import java.nio.charset.StandardCharsets;

/**
 * The test feeds on a {@link FeedServer}: an ANTARA-style RSS 2.0 feed, a Tempo-style Atom feed and an RDF
 * feed, with pages for some items; the other items' pages are missing (404) or failing (500), so their own
 * text is what gets stored. Seven items in all.
 */
public final class Outlets {
    public static final String ANTARA = "/antara/rss/terkini.xml";
    public static final String TEMPO = "/tempo/dunia.atom";
    public static final String KABAR = "/kabar/rss.rdf";
    public static final int ITEMS = 7;

    private Outlets() {
    }

    public static void serve(FeedServer server) {
        server.feed(ANTARA, "antara.xml", "application/rss+xml; charset=UTF-8");
        server.feed(TEMPO, "tempo.atom", "application/atom+xml");
        server.feed(KABAR, "rdf.xml", "application/rdf+xml");
        server.page("/antara/berita/1001/patroli-selat-malaka", "pages/antara-1001.html");
        server.page("/antara/berita/1002/kerja-sama-pangan-vietnam", "pages/antara-1002.html");
        server.page("/tempo/read/2001/asean-gencatan-senjata", "pages/tempo-2001.html");
        server.respond("/tempo/read/2002/timor-leste-asean", 500, "text/html", "<h1>Galat server</h1>".getBytes(StandardCharsets.UTF_8));
        server.page("/tempo/", "pages/news-home.html");
        server.page("/sepi/", "pages/no-feed.html");
    }

    /** The ANTARA feed with one more item on top (a new ETag), and its page. */
    public static void antaraGainsAnItem(FeedServer server) {
        String feed = new String(server.resource("antara.xml"), StandardCharsets.UTF_8).replaceFirst("<item>", """
                <item>
                    <title>Presiden Terima Kunjungan Perdana Menteri Papua Nugini</title>
                    <link>%s/antara/berita/1004/pm-papua-nugini</link>
                    <guid isPermaLink="false">antara-1004</guid>
                    <pubDate>Tue, 19 Aug 2025 13:00:00 +0700</pubDate>
                    <description><![CDATA[Presiden menerima Perdana Menteri Papua Nugini di Istana Merdeka.]]></description>
                  </item>
                  <item>""".formatted(server.base()).replace("$", "\\$"));
        byte[] body = feed.getBytes(StandardCharsets.UTF_8);
        server.respond(ANTARA, 200, "application/rss+xml; charset=UTF-8", body, "\"antara-v2\"", "Tue, 19 Aug 2025 06:00:00 GMT");
        server.respond("/antara/berita/1004/pm-papua-nugini", 200, "text/html; charset=utf-8", """
                <!DOCTYPE html><html><head><title>Presiden Terima Kunjungan Perdana Menteri Papua Nugini</title>
                <meta property="article:published_time" content="2025-08-19T12:55:00+07:00"></head><body><article>
                <h1>Presiden Terima Kunjungan Perdana Menteri Papua Nugini</h1>
                <p>Jakarta (ANTARA) - Presiden menerima kunjungan Perdana Menteri Papua Nugini di Istana Merdeka, Jakarta, Selasa, untuk membahas perbatasan darat dan perdagangan lintas batas di Papua.</p>
                <p>Kedua pemimpin sepakat menambah pos lintas batas dan mempercepat pembangunan pasar di Skouw, Jayapura.</p>
                </article></body></html>""".getBytes(StandardCharsets.UTF_8));
    }
}
