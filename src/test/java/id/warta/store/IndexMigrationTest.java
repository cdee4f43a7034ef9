package id.warta.store;

import id.warta.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexMigrationTest {
    @TempDir
    Path dir;

    /** A library written by the first schema (no stemmed index) is upgraded and its index rebuilt. */
    @Test
    void aFirstSchemaLibraryIsUpgradedAndReindexed() throws Exception {
        Path file = dir.resolve("old.db");
        Article seedLike = Articles.plain("Putin Tunjukkan Minat Pulihkan Hubungan", "Pertemuan di Anchorage.");
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = db.createStatement()) {
            Migrations.apply(db, file.toString(), 1);
            sql.execute("INSERT INTO article (doc, id, headline, summary, added_at) VALUES (1, '"
                    + seedLike.id() + "', 'Putin Tunjukkan Minat Pulihkan Hubungan', '', '2025-01-01T00:00:00Z')");
            sql.execute("INSERT INTO section (doc, idx, heading, summary) VALUES (1, 0, NULL, '')");
            sql.execute("INSERT INTO paragraph (doc, section, idx, text) VALUES (1, 0, 0, 'Pertemuan di Anchorage.')");
            sql.execute("INSERT INTO reader_state (doc) VALUES (1)");
            sql.execute("INSERT INTO article_text (rowid, headline, body) VALUES (1, 'Putin Tunjukkan Minat Pulihkan Hubungan', 'Pertemuan di Anchorage.')");
        }
        try (Library library = Library.open(file)) {
            assertEquals(seedLike, library.find(seedLike.id()).orElseThrow());
            assertEquals(1, library.search("memulihkan", 10).size(), "stemmed index built from the stored article");
            assertEquals(1, library.search("bertemu anchorage", 10).size());
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = db.createStatement()) {
            var rows = sql.executeQuery("PRAGMA user_version");
            rows.next();
            assertEquals(Migrations.latest(), rows.getInt(1));
            rows = sql.executeQuery("SELECT count(*) FROM article_text");
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void wordsAreCutAsTheIndexCutsThem() {
        var words = IndexWords.words("Kafé di Zaporizhzhia, pasca-Perang 2022! Café\u0301");
        assertEquals(java.util.List.of("kafe", "di", "zaporizhzhia", "pasca", "perang", "2022", "cafe"), words);
        assertTrue(IndexWords.spans("").isEmpty());
    }
}
