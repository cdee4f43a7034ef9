package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.ingest.feed.FeedServer;
import id.warta.ingest.feed.Outlets;
import id.warta.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static id.warta.cli.LibraryCommandsTest.warta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line contract of issue 18, run against a local news site with feeds of every format. */
class FeedsCommandTest {
    @TempDir
    Path dir;
    private FeedServer server;
    private String db;

    @BeforeEach
    void start() throws IOException {
        server = FeedServer.start();
        Outlets.serve(server);
        db = dir.resolve("warta.db").toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }

    private int stored() {
        try (Library library = Library.open(Path.of(db))) {
            return library.count();
        }
    }

    private void followAll() {
        for (String url : List.of(server.url(Outlets.ANTARA), server.url("/tempo/"), server.url(Outlets.KABAR))) {
            LibraryCommandsTest.Run add = warta("feeds", "add", "--db", db, url);
            assertEquals(0, add.exit(), add.err());
        }
    }

    @Test
    void addingByFeedAndByPage() {
        LibraryCommandsTest.Run byFeed = warta("feeds", "add", "--db", db, server.url(Outlets.ANTARA));
        assertEquals(0, byFeed.exit(), byFeed.err());
        assertEquals("Subscribed: ANTARA News - Berita Terkini <" + server.url(Outlets.ANTARA) + ">", byFeed.out().strip());
        LibraryCommandsTest.Run byPage = warta("feeds", "add", "--db", db, server.url("/tempo/"));
        assertEquals(0, byPage.exit(), byPage.err());
        assertEquals("Subscribed: Tempo.co - Dunia <" + server.url(Outlets.TEMPO) + ">", byPage.out().strip());
        assertEquals("Already subscribed: Tempo.co - Dunia <" + server.url(Outlets.TEMPO) + ">",
                warta("feeds", "add", "--db", db, server.url(Outlets.TEMPO)).out().strip());
        LibraryCommandsTest.Run none = warta("feeds", "add", "--db", db, server.url("/sepi/"));
        assertEquals(1, none.exit());
        assertEquals(server.url("/sepi/") + ": a web page that names no feed (no <link rel=\"alternate\"> of type RSS or Atom)",
                none.err().strip());
    }

    @Test
    void listGivesEachFeedsArticlesLastCheckAndLastError() throws Exception {
        followAll();
        JsonNode before = Json.MAPPER.readTree(warta("feeds", "list", "--db", db, "--json").out());
        assertEquals(3, before.size());
        for (JsonNode feed : before) {
            assertEquals(List.of("url", "title", "articles", "lastChecked", "lastError"), fieldNames(feed));
            assertTrue(feed.get("lastChecked").isNull());
        }
        warta("feeds", "refresh", "--db", db);
        JsonNode after = Json.MAPPER.readTree(warta("feeds", "list", "--db", db, "--json").out());
        JsonNode antara = after.get(0);
        assertEquals(server.url(Outlets.ANTARA), antara.get("url").asText());
        assertEquals("ANTARA News - Berita Terkini", antara.get("title").asText());
        assertEquals(3, antara.get("articles").asInt());
        assertTrue(antara.get("lastChecked").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), antara.toString());
        assertTrue(antara.get("lastError").isNull());
        String text = warta("feeds", "list", "--db", db).out();
        assertTrue(text.contains(server.url(Outlets.ANTARA) + "  ANTARA News - Berita Terkini  3 articles (3 unread)  checked "), text);
    }

    @Test
    void aSecondRefreshIsConditionalAndANewItemArrives() {
        followAll();
        LibraryCommandsTest.Run first = warta("feeds", "refresh", "--db", db);
        assertEquals(0, first.exit(), first.err());
        assertEquals(Outlets.ITEMS + " new, 0 already stored, 0 feeds failed", lastLine(first.out()));
        assertTrue(first.out().contains(server.url(Outlets.ANTARA) + ": 3 new, 0 already stored"), first.out());

        int requests = server.requests().size();
        LibraryCommandsTest.Run second = warta("feeds", "refresh", "--db", db);
        assertEquals(0, second.exit(), second.err());
        assertEquals("0 new, " + Outlets.ITEMS + " already stored, 0 feeds failed", lastLine(second.out()));
        List<FeedServer.Request> asked = server.requests().subList(requests, server.requests().size());
        assertEquals(List.of(304, 304, 304), asked.stream().map(FeedServer.Request::status).toList(), asked.toString());

        Outlets.antaraGainsAnItem(server);
        LibraryCommandsTest.Run third = warta("feeds", "refresh", "--db", db);
        assertEquals("1 new, " + Outlets.ITEMS + " already stored, 0 feeds failed", lastLine(third.out()));
        assertEquals(Outlets.ITEMS + 1, stored());
    }

    @Test
    void aFailingFeedIsNamedWithItsErrorAndTheOthersAreStored() throws Exception {
        followAll();
        server.respond("/rusak.xml", 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Politik & Hukum</title></channel></rss>".getBytes(StandardCharsets.UTF_8));
        server.feed("/hilang.xml", "rdf.xml", "application/rdf+xml");
        assertEquals(0, warta("feeds", "add", "--db", db, server.url("/hilang.xml")).exit());
        server.respond("/hilang.xml", 404, "text/html", new byte[0]);
        server.feed("/rusak.xml", "rdf.xml", "application/rdf+xml");
        assertEquals(0, warta("feeds", "add", "--db", db, server.url("/rusak.xml")).exit());
        server.respond("/rusak.xml", 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Politik & Hukum</title></channel></rss>".getBytes(StandardCharsets.UTF_8));

        LibraryCommandsTest.Run run = warta("feeds", "refresh", "--db", db, "--json");
        assertEquals(1, run.exit(), "exit 1 when a feed failed");
        assertEquals(Outlets.ITEMS + " new, 0 already stored, 2 feeds failed", lastLine(run.err()), "with --json the summary goes to stderr");
        JsonNode results = Json.MAPPER.readTree(run.out());
        assertEquals(5, results.size());
        for (JsonNode r : results) assertEquals(List.of("url", "new", "seen", "error"), fieldNames(r));
        JsonNode gone = null;
        for (JsonNode r : results) if (r.get("url").asText().equals(server.url("/hilang.xml"))) gone = r;
        assertEquals("the server answered 404", gone.get("error").asText());
        assertEquals(Outlets.ITEMS, stored(), "the other feeds are stored");

        String list = warta("feeds", "list", "--db", db).out();
        assertTrue(list.contains("error: the server answered 404"), list);
        assertTrue(list.contains("error: invalid XML on line 1 ("), list);
        LibraryCommandsTest.Run text = warta("feeds", "refresh", "--db", db);
        assertEquals(1, text.exit());
        assertTrue(text.out().contains(server.url("/hilang.xml") + ": failed: the server answered 404"), text.out());
        assertEquals("0 new, " + Outlets.ITEMS + " already stored, 2 feeds failed", lastLine(text.out()));
    }

    @Test
    void opmlRoundTrip() throws Exception {
        followAll();
        LibraryCommandsTest.Run exported = warta("feeds", "export", "--db", db);
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), exported.out());
        Path opml = Files.writeString(dir.resolve("langganan.opml"), exported.out());
        String other = dir.resolve("lain.db").toString();
        LibraryCommandsTest.Run imported = warta("feeds", "import", "--db", other, opml.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertEquals("3 feeds added, 0 already followed, 0 skipped", imported.out().strip());
        String again = warta("feeds", "export", "--db", other).out();
        assertEquals(withoutDate(exported.out()), withoutDate(again));
        assertEquals(warta("feeds", "list", "--db", db, "--json").out(), warta("feeds", "list", "--db", other, "--json").out());
        LibraryCommandsTest.Run bad = warta("feeds", "import", "--db", other, dir.resolve("tidak-ada.opml").toString());
        assertEquals(1, bad.exit());
        assertEquals(dir.resolve("tidak-ada.opml") + ": no such file", bad.err().strip());
    }

    private static String withoutDate(String opml) {
        return opml.replaceAll("<dateCreated>.*</dateCreated>", "");
    }

    @Test
    void removalKeepsTheArticles() throws Exception {
        followAll();
        warta("feeds", "refresh", "--db", db);
        LibraryCommandsTest.Run removed = warta("feeds", "remove", "--db", db, server.url(Outlets.ANTARA));
        assertEquals(0, removed.exit(), removed.err());
        assertEquals("Unsubscribed: ANTARA News - Berita Terkini <" + server.url(Outlets.ANTARA) + ">; 3 articles kept in the library",
                removed.out().strip());
        assertEquals(Outlets.ITEMS, stored());
        assertEquals(2, Json.MAPPER.readTree(warta("feeds", "list", "--db", db, "--json").out()).size());
        LibraryCommandsTest.Run unknown = warta("feeds", "remove", "--db", db, server.url(Outlets.ANTARA));
        assertEquals(1, unknown.exit());
        assertEquals(server.url(Outlets.ANTARA) + ": not a feed you follow (see warta feeds list)", unknown.err().strip());
        LibraryCommandsTest.Run deleting = warta("feeds", "remove", "--db", db, "--delete-articles", server.url(Outlets.TEMPO));
        assertEquals(0, deleting.exit(), deleting.err());
        assertEquals(Outlets.ITEMS - 2, stored());
    }

    @Test
    void aFeedFileGivenToIngestStoresNothingAndSaysHowToSubscribe() throws Exception {
        Path feed = dir.resolve("terkini.xml");
        Files.write(feed, server.resource("antara.xml"));
        Path atom = dir.resolve("dunia.atom");
        Files.write(atom, server.resource("tempo.atom"));
        for (Path file : List.of(feed, atom)) {
            LibraryCommandsTest.Run run = warta("ingest", "--db", db, file.toString());
            assertEquals(1, run.exit());
            assertEquals(file + ": a news feed (RSS or Atom), not an article; to follow it, subscribe to its address: warta feeds add URL",
                    run.err().strip());
            assertEquals("0 stored, 0 duplicates, 1 failed", run.out().strip());
        }
        assertEquals(0, stored());
    }
}
