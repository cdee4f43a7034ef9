package id.warta.ingest.feed;

import id.warta.ingest.InputException;
import id.warta.model.Article;
import id.warta.store.FeedRows;
import id.warta.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed service over a real library and a local news site: subscribing, refreshing, the feeds' articles. */
class SubscriptionsTest {
    @TempDir
    Path dir;
    private FeedServer server;
    private Library library;
    private Subscriptions feeds;

    @BeforeEach
    void start() throws IOException {
        server = FeedServer.start();
        Outlets.serve(server);
        library = Library.open(dir.resolve("warta.db"));
        feeds = new Subscriptions(new FeedRows(library));
    }

    @AfterEach
    void stop() {
        library.close();
        server.close();
    }

    private void followAll() throws InputException {
        for (String path : List.of(Outlets.ANTARA, Outlets.TEMPO, Outlets.KABAR)) feeds.add(server.url(path));
    }

    private Map<String, Article> storedByUrl() {
        return library.list().stream().map(e -> library.find(e.id()).orElseThrow())
                .collect(Collectors.toMap(Article::url, Function.identity()));
    }

    @Test
    void aFeedIsAddedByItsAddressOrByAPageThatNamesIt() throws Exception {
        Subscriptions.Added byFeed = feeds.add(server.url(Outlets.ANTARA));
        assertTrue(byFeed.isNew());
        assertEquals("ANTARA News - Berita Terkini", byFeed.feed().title());
        assertEquals(server.url("/antara/"), byFeed.feed().site());

        Subscriptions.Added byPage = feeds.add(server.url("/tempo/"));
        assertTrue(byPage.isNew());
        assertEquals(server.url(Outlets.TEMPO), byPage.feed().url(), "the page's <link rel=alternate> names the feed");
        assertEquals("Tempo.co - Dunia", byPage.feed().title());

        assertFalse(feeds.add(server.url(Outlets.ANTARA) + "  ").isNew(), "following it again changes nothing");
        assertFalse(feeds.add(server.url("/tempo/")).isNew());
        InputException none = assertThrows(InputException.class, () -> feeds.add(server.url("/sepi/")));
        assertEquals(server.url("/sepi/") + ": a web page that names no feed (no <link rel=\"alternate\"> of type RSS or Atom)", none.getMessage());
        assertThrows(InputException.class, () -> feeds.add(server.url("/tidak-ada.xml")));
        assertEquals(2, feeds.list().size());
        assertEquals(0, library.count(), "adding reads the feed; its items come with the refresh");
        assertNull(feeds.list().get(0).lastChecked());
    }

    @Test
    void aRefreshStoresEachItemsPageOrElseItsOwnText() throws Exception {
        followAll();
        List<FeedResult> results = feeds.refreshAll(RefreshProgress.NONE);
        assertEquals(List.of(3, 2, 2), results.stream().map(FeedResult::added).toList(), results.toString());
        assertTrue(results.stream().noneMatch(FeedResult::failed), results.toString());
        Map<String, Article> stored = storedByUrl();
        assertEquals(Outlets.ITEMS, stored.size());

        // The page, through the ordinary link reader: its headline and date, the item's link as url.
        Article fromPage = stored.get(server.url("/antara/berita/1001/patroli-selat-malaka"));
        assertEquals("Indonesia dan Malaysia Sepakati Patroli Bersama di Selat Malaka", fromPage.headline());
        assertEquals("2025-08-18T10:12:00+07:00", fromPage.published(), "the page's own date wins");
        assertEquals("Jakarta", fromPage.dateline());
        assertTrue(fromPage.bodyText().contains("empat kapal dari masing-masing negara"), fromPage.bodyText());
        assertFalse(fromPage.quotes().isEmpty());
        // A page without a date takes the item's.
        assertEquals("2025-08-19T08:30:00+07:00", stored.get(server.url("/antara/berita/1002/kerja-sama-pangan-vietnam")).published());

        // Page missing (404): the item's content:encoded, without the photo's caption.
        Article fromItem = stored.get(server.url("/antara/berita/1003/gempa-maluku-tengah"));
        assertEquals("BMKG: Gempa Magnitudo 5,1 Guncang Maluku Tengah", fromItem.headline());
        assertEquals("2025-08-19T06:05:00+07:00", fromItem.published());
        assertEquals("Ambon", fromItem.dateline());
        assertTrue(fromItem.bodyText().startsWith("Badan Meteorologi"), fromItem.bodyText());
        assertFalse(fromItem.bodyText().contains("Peta guncangan"));
        assertEquals("Gempa ini tidak berpotensi tsunami", fromItem.quotes().get(0).text().replaceAll("[,.]$", ""));
        // Page failing (500): the Atom entry's HTML content, with its sub-heading.
        Article atom = stored.get(server.url("/tempo/read/2002/timor-leste-asean"));
        assertEquals("Persiapan Sekretariat", atom.sections().get(1).heading());
        assertEquals("2025-08-19T07:45:00+07:00", atom.published());
        // RDF: the description's paragraphs, the outlet's own zone.
        Article rdf = stored.get(server.url("/kabar/3001"));
        assertEquals(3, rdf.sections().get(0).paragraphs().size(), rdf.bodyText());
        assertEquals("2025-08-17T14:20:00+08:00", rdf.published());

        Subscription antara = feeds.find(server.url(Outlets.ANTARA)).orElseThrow();
        assertEquals(3, antara.articles());
        assertEquals(3, antara.unread());
        assertNotNull(antara.lastChecked());
        assertNull(antara.lastError());
        library.setRead(fromPage.id(), true);
        assertEquals(2, feeds.find(server.url(Outlets.ANTARA)).orElseThrow().unread());
        List<String> newestFirst = feeds.articleIds(server.url(Outlets.ANTARA), 0, 10);
        assertEquals(3, newestFirst.size());
        assertEquals(library.find(newestFirst.get(0)).orElseThrow().url(), server.url("/antara/berita/1002/kerja-sama-pangan-vietnam"));
    }

    @Test
    void aSecondRefreshIsConditionalAndAddsNothing() throws Exception {
        followAll();
        feeds.refreshAll(RefreshProgress.NONE);
        int requests = server.requests().size();
        List<FeedResult> again = feeds.refreshAll(RefreshProgress.NONE);
        assertEquals(List.of(0, 0, 0), again.stream().map(FeedResult::added).toList());
        assertEquals(List.of(3, 2, 2), again.stream().map(FeedResult::seen).toList());
        List<FeedServer.Request> second = server.requests().subList(requests, server.requests().size());
        assertEquals(3, second.size(), "only the three feeds were asked for: " + second);
        for (FeedServer.Request r : second) {
            assertNotNull(r.ifNoneMatch(), r.toString());
            assertEquals(304, r.status(), r.toString());
        }
        assertEquals(Outlets.ITEMS, library.count());
    }

    @Test
    void aNewItemIsTheOnlyOneFetched() throws Exception {
        followAll();
        feeds.refreshAll(RefreshProgress.NONE);
        Outlets.antaraGainsAnItem(server);
        int requests = server.requests().size();
        FeedResult antara = feeds.refresh(server.url(Outlets.ANTARA), RefreshProgress.NONE).orElseThrow();
        assertEquals(1, antara.added());
        assertEquals(3, antara.seen());
        List<String> asked = server.requests().subList(requests, server.requests().size()).stream().map(FeedServer.Request::path).toList();
        assertEquals(List.of(Outlets.ANTARA, "/antara/berita/1004/pm-papua-nugini"), asked);
        Article fresh = storedByUrl().get(server.url("/antara/berita/1004/pm-papua-nugini"));
        assertEquals("2025-08-19T12:55:00+07:00", fresh.published());
        assertEquals(Outlets.ITEMS + 1, library.count());
    }

    @Test
    void aBrokenFeedIsThatFeedsErrorAndTheOthersGoOn() throws Exception {
        String[][] broken = {
                {"/amp.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Politik & Hukum</title></channel></rss>"},
                {"/html.xml", "text/html", "<!DOCTYPE html><html><body><p>Maaf, halaman dipindahkan</p></body></html>"},
                {"/latin.xml", "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"},
        };
        for (String[] b : broken) {
            byte[] body = b[0].equals("/latin.xml") ? b[2].getBytes(StandardCharsets.ISO_8859_1) : b[2].getBytes(StandardCharsets.UTF_8);
            server.respond(b[0], 200, b[1], body);
        }
        feeds.add(server.url(Outlets.ANTARA));
        // Feeds that worked once, then broke: 404, 500, a redirect loop.
        for (String path : List.of("/gone.xml", "/error.xml", "/loop.xml", "/amp.xml", "/html.xml", "/latin.xml")) {
            server.feed(path, "rdf.xml", "application/rdf+xml");
            feeds.add(server.url(path));
        }
        feeds.refreshAll(RefreshProgress.NONE);
        int before = library.count();
        server.respond("/gone.xml", 404, "text/html", new byte[0]);
        server.respond("/error.xml", 500, "text/html", "<p>galat</p>".getBytes(StandardCharsets.UTF_8));
        server.handle("/loop.xml", x -> {
            x.getResponseHeaders().set("Location", "/loop.xml");
            FeedServer.send(x, 302, new byte[0]);
        });
        for (String[] b : broken) {
            byte[] body = b[0].equals("/latin.xml") ? b[2].getBytes(StandardCharsets.ISO_8859_1) : b[2].getBytes(StandardCharsets.UTF_8);
            server.respond(b[0], 200, b[1], body);
        }
        Outlets.antaraGainsAnItem(server);

        Map<String, FeedResult> results = feeds.refreshAll(RefreshProgress.NONE).stream()
                .collect(Collectors.toMap(FeedResult::url, Function.identity()));
        assertEquals(1, results.get(server.url(Outlets.ANTARA)).added(), "the good feed goes on");
        assertEquals("the server answered 404", results.get(server.url("/gone.xml")).error());
        assertEquals("the server answered 500", results.get(server.url("/error.xml")).error());
        assertEquals("too many redirects (more than 5)", results.get(server.url("/loop.xml")).error());
        assertTrue(results.get(server.url("/amp.xml")).error().startsWith("invalid XML on line 1 ("), results.toString());
        assertEquals("a web page (HTML), not a feed", results.get(server.url("/html.xml")).error());
        assertTrue(results.get(server.url("/latin.xml")).error().startsWith("invalid XML on line 1 ("), results.toString());
        assertEquals(before + 1, library.count(), "nothing stored is lost");
        Subscription gone = feeds.find(server.url("/gone.xml")).orElseThrow();
        assertEquals("the server answered 404", gone.lastError());
        assertEquals(2, gone.articles(), "a failing feed keeps its articles");

        server.feed("/gone.xml", "rdf.xml", "application/rdf+xml");
        FeedResult back = feeds.refresh(server.url("/gone.xml"), RefreshProgress.NONE).orElseThrow();
        assertNull(back.error());
        assertNull(feeds.find(server.url("/gone.xml")).orElseThrow().lastError(), "the error clears when the feed is back");
    }

    @Test
    void anItemWithNoTextWhosePageFailsIsTriedThreeTimesThenGivenUp() throws Exception {
        server.respond("/sparse.xml", 200, "application/rss+xml", """
                <rss version="2.0"><channel><title>Sepi</title><link>%s/</link><description>d</description>
                <item><title>Hanya judul</title><link>%s/hilang/1</link><guid>hilang-1</guid></item>
                </channel></rss>""".formatted(server.base(), server.base()).getBytes(StandardCharsets.UTF_8), "\"sepi\"", null);
        feeds.add(server.url("/sparse.xml"));
        for (int round = 1; round <= 4; round++) {
            FeedResult r = feeds.refresh(server.url("/sparse.xml"), RefreshProgress.NONE).orElseThrow();
            assertNull(r.error(), "an item's failure is not the feed's");
            if (round <= 3) {
                assertEquals(List.of(server.url("/hilang/1") + ": the server answered 404; the item has no text of its own"), r.itemFailures());
            } else {
                assertEquals(List.of(), r.itemFailures());
            }
        }
        assertEquals(3, server.requests("/hilang/1").size());
        // Once when added, then whole while the item is to be tried again, conditionally once it is given up.
        assertEquals(List.of(200, 200, 200, 200, 304), server.requests("/sparse.xml").stream().map(FeedServer.Request::status).toList());
        assertEquals(0, library.count());
    }

    @Test
    void removingAFeedKeepsItsArticlesOrDeletesThoseNoOtherFeedBrought() throws Exception {
        followAll();
        server.respond("/copy.xml", 200, "application/atom+xml", new String(server.resource("tempo.atom"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<entry>.*?</entry>\\s*(<entry>)", "$1").getBytes(StandardCharsets.UTF_8));
        feeds.add(server.url("/copy.xml"));
        feeds.refreshAll(RefreshProgress.NONE);
        assertEquals(Outlets.ITEMS, library.count());

        assertTrue(feeds.remove(server.url(Outlets.ANTARA), false));
        assertEquals(Outlets.ITEMS, library.count(), "removal keeps the articles");
        assertTrue(feeds.find(server.url(Outlets.ANTARA)).isEmpty());
        assertFalse(feeds.remove(server.url(Outlets.ANTARA), false));

        assertTrue(feeds.remove(server.url(Outlets.TEMPO), true));
        Map<String, Article> left = storedByUrl();
        assertEquals(Outlets.ITEMS - 1, left.size());
        assertFalse(left.containsKey(server.url("/tempo/read/2001/asean-gencatan-senjata")), "only the removed feed had it");
        assertTrue(left.containsKey(server.url("/tempo/read/2002/timor-leste-asean")), "the other feed still brings it");

        // Followed again, the feed is new: the article deleted with it comes back.
        feeds.add(server.url(Outlets.TEMPO));
        assertEquals(1, feeds.refresh(server.url(Outlets.TEMPO), RefreshProgress.NONE).orElseThrow().added());
    }

    @Test
    void anArticleTheReaderDeletedIsNotBroughtBack() throws Exception {
        followAll();
        feeds.refreshAll(RefreshProgress.NONE);
        Article gempa = storedByUrl().get(server.url("/antara/berita/1003/gempa-maluku-tengah"));
        assertTrue(library.delete(gempa.id()));
        Outlets.antaraGainsAnItem(server);
        FeedResult r = feeds.refresh(server.url(Outlets.ANTARA), RefreshProgress.NONE).orElseThrow();
        assertEquals(1, r.added());
        assertFalse(storedByUrl().containsKey(gempa.url()));
        assertEquals(3, feeds.find(server.url(Outlets.ANTARA)).orElseThrow().articles());
    }

    @Test
    void renamingKeepsTheNameAcrossRefreshes() throws Exception {
        feeds.add(server.url(Outlets.ANTARA));
        assertTrue(feeds.rename(server.url(Outlets.ANTARA), "  ANTARA terkini "));
        feeds.refreshAll(RefreshProgress.NONE);
        assertEquals("ANTARA terkini", feeds.list().get(0).title());
        assertTrue(feeds.rename(server.url(Outlets.ANTARA), ""));
        assertEquals("ANTARA News - Berita Terkini", feeds.list().get(0).title(), "a blank name gives the feed's own title back");
        assertFalse(feeds.rename(server.url("/tidak-diikuti.xml"), "x"));
    }

    @Test
    void progressIsToldPerItemAndPerFeed() throws Exception {
        followAll();
        List<String> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        feeds.refreshAll(new RefreshProgress() {
            @Override
            public void started(String feedUrl) {
                told.add("started " + feedUrl);
            }

            @Override
            public void item(String feedUrl, int done, int items) {
                told.add("item " + feedUrl + " " + done + "/" + items);
            }

            @Override
            public void finished(FeedResult result, int finished, int feeds) {
                told.add("finished " + finished + "/" + feeds);
            }
        });
        assertEquals(3, told.stream().filter(s -> s.startsWith("started")).count());
        assertTrue(told.contains("item " + server.url(Outlets.ANTARA) + " 3/3"), told.toString());
        assertTrue(told.contains("finished 3/3"), told.toString());
    }
}
