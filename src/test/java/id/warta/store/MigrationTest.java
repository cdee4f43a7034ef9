package id.warta.store;

import id.warta.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, migrations: a library written by the first schema version is upgraded in place with
 * nothing lost. The fixture is made the way the first Warta made it: schema step 1 only, through
 * {@link Migrations}, with rows written by the store's row classes (whose tables step 2 left as
 * they were) and the version-1 search index (headline and body, no stems, no source_key).
 */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aFirstVersionLibraryIsUpgradedInPlaceWithNothingLost() throws Exception {
        Path file = dir.resolve("warta.db");
        Article full = Articles.full();
        Article plain = Articles.plain("Berita Lama Tanpa Sumber", "Paragraf dari versi pertama Warta.");
        writeFirstVersionLibrary(file, List.of(full, plain));
        long sizeBefore = Files.size(file);

        try (Library library = Library.open(file)) {
            assertEquals(full, library.find(full.id()).orElseThrow());
            assertEquals(full.mentions(), library.find(full.id()).orElseThrow().mentions());
            assertEquals(plain, library.find(plain.id()).orElseThrow());
            assertEquals(2, library.count());
            ArticleEntry entry = library.list().stream().filter(e -> e.id().equals(full.id())).findFirst().orElseThrow();
            assertTrue(entry.starred() && entry.read(), "reader state kept");
            assertEquals("yes", library.meta("kept_by_user").orElseThrow());
            // The upgraded index finds words, stems and the new source: filter.
            assertEquals(List.of(full.id()), ids(library.search("Lavrov", 10)));
            assertEquals(List.of(full.id()), ids(library.search("source:antara", 10)));
            assertEquals(List.of(plain.id()), ids(library.search("pertama", 10)));
            assertEquals(List.of("Sergey Lavrov"), library.names("Lavr", null, 5).stream().map(NameCount::name).toList());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = c.createStatement()) {
            assertEquals(Migrations.latest(), Migrations.version(c));
            try (ResultSet r = sql.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("warta.db"), files.map(p -> p.getFileName().toString()).toList(),
                    "upgraded in place: no copy, no leftover");
        }
        System.out.printf("migration: schema 1 -> %d, %d articles, %d bytes before%n", Migrations.latest(), 2, sizeBefore);
    }

    @Test
    void anInterruptedUpgradeIsRunAgainNextTime() throws Exception {
        Path file = dir.resolve("warta.db");
        Article full = Articles.full();
        writeFirstVersionLibrary(file, List.of(full));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, file.toString(), 1); // nothing to do: already at 1
            assertEquals(1, Migrations.version(c));
        }
        try (Library library = Library.open(file)) {
            assertEquals(full, library.find(full.id()).orElseThrow());
        }
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static void writeFirstVersionLibrary(Path file, List<Article> articles) throws Exception {
        OldLibrary.write(file, 1, articles, (c, doc, a, states) -> {
            try (PreparedStatement fts = c.prepareStatement(
                    "INSERT INTO article_text (rowid, headline, body) VALUES (?, ?, ?)")) {
                fts.setLong(1, doc);
                fts.setString(2, a.headline());
                fts.setString(3, a.bodyText());
                fts.executeUpdate();
            }
            if (a.source() != null) {
                states.setRead(doc, true);
                states.setStarred(doc, true);
            }
        }, c -> {
            try (Statement sql = c.createStatement()) {
                sql.execute("INSERT INTO meta (key, value) VALUES ('index_version', '1'), ('kept_by_user', 'yes')");
            }
        });
    }
}
