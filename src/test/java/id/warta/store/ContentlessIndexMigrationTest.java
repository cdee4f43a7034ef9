package id.warta.store;

import id.warta.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schema step 4: a library whose index kept the text twice (schema 3: headline and body as written
 * and stemmed, with FTS5 content) is converted to the contentless index in place, keeping every
 * article and the stems it had, so search, snippets and deletes work without re-indexing.
 */
class ContentlessIndexMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaThreeLibraryIsConvertedAndStillSearches() throws Exception {
        Path file = dir.resolve("warta.db");
        Article full = Articles.full();
        Article plain = Articles.plain("Pemulihan Hubungan Dibahas di Jenewa", "Kedua pihak menyepakati perundingan lanjutan.");
        writeSchemaThreeLibrary(file, List.of(full, plain));

        try (Library library = Library.open(file)) {
            assertEquals(full, library.find(full.id()).orElseThrow(), "article kept whole");
            assertEquals(plain, library.find(plain.id()).orElseThrow());
            // found through the stems copied from the old index: the index version matched, so no rebuild ran
            assertEquals(List.of(plain.id()), library.search("memulihkan", 10).stream().map(SearchHit::id).toList());
            List<SearchHit> hits = library.search("berunding", 10);
            assertEquals(List.of(plain.id()), hits.stream().map(SearchHit::id).toList());
            assertEquals("Kedua pihak menyepakati «perundingan» lanjutan.", hits.get(0).snippet(),
                    "snippet cut from the stored paragraph, matched form marked");
            assertEquals(List.of(full.id()), library.search("Lavrov", 10).stream().map(SearchHit::id).toList());
            assertTrue(library.delete(plain.id()));
            assertTrue(library.search("memulihkan", 10).isEmpty(), "the trigger still removes a deleted article from the index");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = c.createStatement()) {
            assertEquals(Migrations.latest(), Migrations.version(c));
            assertEquals("ok", single(sql, "PRAGMA integrity_check"));
            assertEquals("1", single(sql, "SELECT count(*) FROM article_text"));
            assertEquals("0", single(sql, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'article_text_old%'"),
                    "the old index is gone");
            assertEquals("0", single(sql, "SELECT count(*) FROM sqlite_master WHERE name = 'article_text_content'"),
                    "no copy of the text in the index");
            try (ResultSet r = sql.executeQuery("SELECT headline_stem FROM article_text")) {
                assertTrue(r.next());
                assertEquals(null, r.getString(1), "contentless: the index returns no text");
                assertFalse(r.next());
            }
        }
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet r = sql.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    /** Rows as schema 3 held them: the store's row classes, and the index with its four columns. */
    private static void writeSchemaThreeLibrary(Path file, List<Article> articles) throws Exception {
        OldLibrary.write(file, 3, articles, (c, doc, a, states) -> {
            SearchIndex.Stems stems = SearchIndex.Stems.of(a);
            try (PreparedStatement fts = c.prepareStatement("""
                    INSERT INTO article_text (rowid, headline, body, headline_stem, body_stem) VALUES (?, ?, ?, ?, ?)""")) {
                fts.setLong(1, doc);
                fts.setString(2, a.headline());
                fts.setString(3, a.bodyText());
                fts.setString(4, stems.headline());
                fts.setString(5, stems.body());
                fts.executeUpdate();
            }
            try (PreparedStatement source = c.prepareStatement("UPDATE article SET source_key = ? WHERE doc = ?")) {
                source.setString(1, a.source() == null ? null : Folding.fold(a.source()));
                source.setLong(2, doc);
                source.executeUpdate();
            }
        }, c -> {
            try (PreparedStatement meta = c.prepareStatement("INSERT INTO meta (key, value) VALUES ('index_version', ?)")) {
                meta.setString(1, SearchIndex.VERSION);
                meta.executeUpdate();
            }
        });
    }
}
