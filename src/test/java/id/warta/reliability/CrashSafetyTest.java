package id.warta.reliability;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.InputReader;
import id.warta.model.Article;
import id.warta.store.Library;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 9, crash safety: {@code warta ingest} on 2,000 files in a child JVM, killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) at random moments, at least 10 times. After every
 * kill the library passes {@code PRAGMA integrity_check}, every stored article is whole (equal to
 * what the pipeline makes of its file: sections, paragraphs, quotes, mentions) and indexed, and
 * re-running the ingest ends with exactly 2,000 articles. Bounded: kills land in the first part of
 * the run, where re-reading the already stored files (duplicates) is cheap.
 */
@Tag("slow")
class CrashSafetyTest {
    private static final int FILES = 2_000;
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLoseNothingAndDamageNothing() throws Exception {
        long seed = Long.getLong("warta.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path folder = dir.resolve("berita");
        List<Path> files = GeneratedArticles.write(folder, FILES, seed);
        Map<String, Article> expected = expectedArticles(files);
        assertEquals(FILES, expected.size(), "generated articles must be distinct");
        int generation = 1;
        Path db = dir.resolve("warta-1.db");
        Path log = dir.resolve("ingest.log");

        int kills = 0;
        int rounds = 0;
        Set<String> checked = new HashSet<>();
        List<Integer> storedAtKill = new ArrayList<>();
        while (kills < KILLS) {
            if (++rounds > KILLS * 4) fail("ingest kept finishing before it could be killed: " + storedAtKill);
            // A fast machine can store all the files before the kills are done: go on in a new library,
            // so every kill still hits an ingest with writes ahead of it.
            if (Files.exists(db) && count(db) >= FILES) {
                db = dir.resolve("warta-" + (++generation) + ".db");
                checked.clear();
            }
            int before = Files.exists(db) ? count(db) : 0;
            Process ingest = WartaProcess.start(log, "ingest", "--db", db.toString(), folder.toString());
            // The first kill may land anywhere, even while the library is being created;
            // the others once this run has stored something new, so they hit the writes.
            if (kills == 0) Thread.sleep(random.nextInt(2_000));
            else waitForStored(db, before + 1 + random.nextInt(120), ingest);
            // The ingest commits a batch of 200 at least every second; a delay up to 0.4 s after the first
            // new commit lands in the middle of a write transaction as well as between them.
            Thread.sleep(random.nextInt(400));
            if (!ingest.isAlive()) continue;
            ingest.destroyForcibly();
            assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));
            if (ingest.exitValue() == 0) continue; // it finished between isAlive() and the kill
            assertEquals(137, ingest.exitValue(), "killed by SIGKILL");
            kills++;
            int stored = Files.exists(db) ? checkLibrary(db, expected, checked) : 0;
            storedAtKill.add(stored);
        }

        Process last = WartaProcess.start(log, "ingest", "--db", db.toString(), folder.toString());
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "final ingest did not finish");
        String summary = Files.readString(log).strip();
        assertEquals(0, last.exitValue(), summary);
        int finalCount = checkLibrary(db, expected, checked);
        System.out.printf("crash safety: seed %d, %d files, %d SIGKILLs survived in %d libraries, stored at each kill %s, "
                        + "final run \"%s\", %d articles, %d lost%n",
                seed, FILES, kills, generation, storedAtKill, summary, finalCount, FILES - finalCount);
        assertEquals(FILES, finalCount);
        assertEquals(FILES, checked.size());
    }

    private static Map<String, Article> expectedArticles(List<Path> files) throws Exception {
        InputReader reader = new InputReader();
        ArticlePipeline pipeline = new ArticlePipeline();
        Map<String, Article> out = new HashMap<>();
        for (Path f : files) {
            Article a = pipeline.build(reader.read(f.toString()));
            out.put(a.id(), a);
        }
        return out;
    }

    private static void waitForStored(Path db, int target, Process ingest) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (ingest.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(db) && count(db) >= target) return;
            Thread.sleep(20);
        }
    }

    /** Integrity, no half-stored article, every article new since the last check equal to its file's parse. */
    private static int checkLibrary(Path db, Map<String, Article> expected, Set<String> checked) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement sql = c.createStatement()) {
            assertEquals("ok", single(sql, "PRAGMA integrity_check"));
            if (!tableExists(sql)) return 0;
            assertEquals("0", single(sql, "SELECT count(*) FROM article a WHERE NOT EXISTS "
                    + "(SELECT 1 FROM section s WHERE s.doc = a.doc) OR NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.doc = a.doc) "
                    + "OR NOT EXISTS (SELECT 1 FROM reader_state r WHERE r.doc = a.doc) "
                    + "OR NOT EXISTS (SELECT 1 FROM article_text t WHERE t.rowid = a.doc)"), "article without its parts");
            assertEquals("0", single(sql, "SELECT count(*) FROM section s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM article a WHERE a.doc = s.doc)"), "orphan section");
            assertEquals("0", single(sql, "SELECT count(*) FROM mention m WHERE NOT EXISTS "
                    + "(SELECT 1 FROM article a WHERE a.doc = m.doc)"), "orphan mention");
            try (ResultSet rows = sql.executeQuery("SELECT id FROM article")) {
                while (rows.next()) ids.add(rows.getString(1));
            }
        }
        try (Library library = Library.open(db)) {
            for (String id : ids) {
                if (!checked.add(id)) continue;
                Article want = expected.get(id);
                assertTrue(want != null, "unknown article " + id);
                Article got = library.find(id).orElseThrow();
                assertEquals(want, got, "stored article differs from its file: " + id);
                assertEquals(want.mentions(), got.mentions(), "mentions of " + id);
            }
            assertEquals(ids.size(), library.count());
        }
        return ids.size();
    }

    private static boolean tableExists(Statement sql) throws SQLException {
        return !"0".equals(single(sql, "SELECT count(*) FROM sqlite_master WHERE name = 'article'"));
    }

    private static int count(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement sql = c.createStatement()) {
            sql.execute("PRAGMA busy_timeout = 5000");
            return tableExists(sql) ? Integer.parseInt(single(sql, "SELECT count(*) FROM article")) : 0;
        } catch (SQLException e) {
            return 0; // the library is still being created
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet r = sql.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }
}
