package id.warta.ingest.feed;

import id.warta.store.Library;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: "if the app is killed mid-refresh, no half article is stored, and the next refresh adds no
 * duplicates". {@code warta feeds refresh} runs in a child JVM against a local site whose pages answer
 * slowly, and is killed with SIGKILL ({@link Process#destroyForcibly()}) at random moments after it has
 * stored some articles. After each kill the library is whole; a last refresh then ends with every item
 * stored exactly once.
 */
@Tag("slow")
class KilledRefreshTest {
    private static final int FEEDS = 2;
    private static final int ITEMS = 30;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void killedRefreshesLeaveNoHalfArticleAndNoDuplicate() throws Exception {
        long seed = Long.getLong("warta.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path db = dir.resolve("warta.db");
        try (FeedServer server = FeedServer.start()) {
            List<String> feeds = site(server);
            try (Library library = Library.open(db)) {
                Subscriptions subscriptions = new Subscriptions(new id.warta.store.FeedRows(library));
                for (String feed : feeds) subscriptions.add(feed);
            }
            List<Integer> storedAtKill = new ArrayList<>();
            for (int kill = 0; kill < KILLS; kill++) {
                int before = count(db);
                Process refresh = start(db, dir.resolve("refresh-" + kill + ".log"));
                int target = before + 1 + random.nextInt(8);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (count(db) < target && refresh.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
                Thread.sleep(random.nextInt(200));
                refresh.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                storedAtKill.add(count(db));
                assertWhole(db, "after kill " + (kill + 1) + " (seed " + seed + ")");
            }
            Process last = start(db, dir.resolve("last.log"));
            assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the last refresh ends");
            String log = Files.readString(dir.resolve("last.log"));
            assertEquals(0, last.exitValue(), log);
            assertWhole(db, "after the last refresh");
            assertEquals(FEEDS * ITEMS, count(db), "every item once; kills at " + storedAtKill + ", seed " + seed + "\n" + log);
            assertEquals(FEEDS * ITEMS, distinct(db, "SELECT count(DISTINCT url) FROM article"));
            System.out.println("killed refresh: seed " + seed + ", " + KILLS + " SIGKILLs at " + storedAtKill
                    + " articles stored, last run: " + log.strip().lines().reduce((a, b) -> b).orElse(""));
        }
    }

    /** FEEDS feeds of ITEMS items each, whose pages take 30–60 ms to answer. */
    private static List<String> site(FeedServer server) {
        List<String> feeds = new ArrayList<>();
        for (int f = 0; f < FEEDS; f++) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < ITEMS; i++) {
                String path = "/berita/" + f + "/" + i;
                items.append("<item><title>Kabar ").append(f).append('-').append(i).append("</title><link>")
                        .append(server.url(path)).append("</link><guid>kabar-").append(f).append('-').append(i)
                        .append("</guid><pubDate>Tue, 19 Aug 2025 08:").append(10 + i).append(":00 +0700</pubDate></item>");
                byte[] page = """
                        <!DOCTYPE html><html><head><title>Kabar %1$d-%2$d</title></head><body><article><h1>Kabar %1$d-%2$d</h1>
                        <p>Surabaya - Pemerintah kota menggelar rapat ke-%2$d tentang pelabuhan nomor %1$d, membahas antrean truk, jadwal kapal dan tarif bongkar muat yang dikeluhkan pengusaha.</p>
                        <p>"Kami ingin antrean di gerbang pelabuhan berkurang separuh pada akhir tahun," kata kepala dinas perhubungan dalam rapat ke-%2$d itu.</p>
                        <p>Rapat berikutnya dijadwalkan pekan depan dengan mengundang perwakilan asosiasi pengemudi.</p>
                        </article></body></html>""".formatted(f, i).getBytes(StandardCharsets.UTF_8);
                server.handle(path, x -> {
                    try {
                        Thread.sleep(30 + (path.hashCode() & 31));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    FeedServer.send(x, 200, page);
                });
            }
            String feed = "/umpan/" + f + ".xml";
            server.respond(feed, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel><title>Umpan " + f
                    + "</title><link>" + server.base() + "</link><description>d</description>" + items + "</channel></rss>")
                    .getBytes(StandardCharsets.UTF_8), "\"umpan-" + f + "\"", null);
            feeds.add(server.url(feed));
        }
        return feeds;
    }

    private static Process start(Path db, Path log) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "id.warta.Main", "feeds", "refresh", "--db", db.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int count(Path db) throws SQLException {
        return distinct(db, "SELECT count(*) FROM article");
    }

    private static int distinct(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet r = s.executeQuery(sql)) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /** Integrity, no article without its body, reader state or index row, no item pointing nowhere, no repeated address. */
    private static void assertWhole(Path db, String when) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1), when);
            }
            for (String orphan : List.of(
                    "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.doc = a.doc)",
                    "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM reader_state s WHERE s.doc = a.doc)",
                    "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_text t WHERE t.rowid = a.doc)",
                    "SELECT count(*) FROM feed_item i WHERE i.doc IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article a WHERE a.doc = i.doc)",
                    "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM feed_item i WHERE i.doc = a.doc)",
                    "SELECT count(*) - count(DISTINCT url) FROM article")) {
                try (ResultSet r = s.executeQuery(orphan)) {
                    r.next();
                    assertEquals(0, r.getInt(1), when + ": " + orphan);
                }
            }
        }
    }
}
